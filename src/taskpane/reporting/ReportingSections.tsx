/**
 * The pane's two reporting sections, "Tách theo đơn vị" and "Tổng hợp báo cáo", as accordion items with
 * their state (useReporting): one chunk loaded after a scan found tables, so none of it is in the pane's
 * first load; the state outlives a collapsed section.
 */
import { AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/lang';
import type { StoredSettings } from '../../workbookPort/storedSettings';
import type { WorkbookPort } from '../../workbookPort/workbookPort';
import type { Strings } from '../i18n/strings';
import type { ReportingHost } from '../state/useTracker';
import { MergePanel } from './MergePanel';
import { REPORTING_STRINGS } from './reportingStrings';
import { SplitPanel } from './SplitPanel';
import { useReporting } from './useReporting';

export function ReportingSections({
  port,
  host,
  lang,
  settings,
  t,
  busy,
}: {
  port: WorkbookPort;
  host: ReportingHost;
  lang: Lang;
  settings: StoredSettings;
  t: Strings;
  busy: boolean;
}) {
  const reporting = useReporting(port, host, lang, settings);
  const r = REPORTING_STRINGS[lang];
  return (
    <>
      <AccordionItem value="split">
        <AccordionHeader>{r.split.title}</AccordionHeader>
        <AccordionPanel>
          <SplitPanel reporting={reporting} t={t} lang={lang} busy={busy} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="merge">
        <AccordionHeader>{r.merge.title}</AccordionHeader>
        <AccordionPanel>
          <MergePanel reporting={reporting} t={t} lang={lang} busy={busy} />
        </AccordionPanel>
      </AccordionItem>
    </>
  );
}
