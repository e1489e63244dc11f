/** The task pane: toolbar, status, overview, tables with their mapping, issues, legend and settings. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { Suspense, lazy, useMemo } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_KINDS } from '../../core/plans/highlightPlan';
import { userFieldsOf } from '../../core/scan/corrections';
import type { WorkbookPort } from '../../workbookPort/workbookPort';
import { nextLang, type Lang } from '../../core/i18n/lang';
import { severityCounts } from '../../core/report/severityCounts';
import { useTracker } from '../state/useTracker';
import type { SheetIssue } from './IssueList';

// What the first screen does not show loads on demand: the issue list and table cards appear after a
// scan, what a summary wrote after it, the settings when their section is opened (each its own chunk;
// see "Production bundle").
const IssueList = lazy(() =>
  import(/* webpackChunkName: "taskpane-issues" */ './IssueList').then((m) => ({ default: m.IssueList })),
);
const TableCard = lazy(() =>
  import(/* webpackChunkName: "taskpane-tables" */ './TableCard').then((m) => ({ default: m.TableCard })),
);
const SummaryNotice = lazy(() =>
  import(/* webpackChunkName: "taskpane-summary" */ './SummaryNotice').then((m) => ({ default: m.SummaryNotice })),
);
const ReportingSections = lazy(() =>
  import(/* webpackChunkName: "taskpane-reporting-ui" */ '../reporting/ReportingSections').then((m) => ({
    default: m.ReportingSections,
  })),
);
const SettingsPanel = lazy(() =>
  import(/* webpackChunkName: "taskpane-settings" */ './SettingsPanel').then((m) => ({ default: m.SettingsPanel })),
);

const useStyles = makeStyles({
  corrections: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  root: {
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  toolbar: { flexWrap: 'wrap', padding: 0 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    marginRight: '4px',
    verticalAlign: 'middle',
  },
});

export function App({
  port,
  lang,
  theme,
  onLanguageChange,
}: {
  port: WorkbookPort;
  lang: Lang;
  theme: Theme;
  onLanguageChange?: (lang: Lang) => void;
}) {
  const styles = useStyles();
  const tracker = useTracker(port, lang);
  const { state } = tracker;
  const { t, report, busy } = state;
  const issues = useMemo<SheetIssue[]>(
    () =>
      report
        ? report.tables.flatMap((tb) => {
            // Shown by the sheet's current name (renamed since the scan), addressed by the scanned one.
            const sheetLabel = state.sheetNames[tb.sheet] ?? tb.sheet;
            return tb.issues.map((i) => ({ ...i, sheet: tb.sheet, sheetLabel }));
          })
        : [],
    [report, state.sheetNames],
  );
  const totals = useMemo(
    () => ({ tasks: report?.tables.reduce((n, tb) => n + tb.counts.tasks, 0) ?? 0, ...severityCounts(issues) }),
    [report, issues],
  );
  const hasTables = (report?.tables.length ?? 0) > 0;

  return (
    <FluentProvider theme={theme} lang={state.lang}>
      <main className={styles.root} aria-busy={busy} data-pane-root>
        <div className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.appTitle}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              tracker.switchLanguage();
              onLanguageChange?.(nextLang(state.lang));
            }}
            aria-label={`${t.languageLabel}: ${t.language}`}
            data-testid="language"
          >
            {t.language}
          </Button>
        </div>
        <Toolbar className={styles.toolbar} aria-label={t.appTitle}>
          <ToolbarButton appearance="primary" onClick={tracker.scan} disabled={busy} data-testid="scan">
            {report ? t.rescan : t.scan}
          </ToolbarButton>
          <ToolbarButton onClick={tracker.highlight} disabled={busy || !hasTables} data-testid="highlight">
            {t.highlight}
          </ToolbarButton>
          <ToolbarButton
            onClick={tracker.clearHighlights}
            // Offered while the workbook holds the add-in's highlights (or the host cannot say).
            disabled={busy || state.marked === false}
            data-testid="clear"
          >
            {t.clearHighlight}
          </ToolbarButton>
          <ToolbarButton onClick={tracker.summarise} disabled={busy || !hasTables} data-testid="summarise">
            {t.summarise}
          </ToolbarButton>
        </Toolbar>
        <div className={styles.corrections}>
          <Button size="small" onClick={tracker.useSelection} disabled={busy} data-testid="use-selection">
            {t.useSelection}
          </Button>
          {state.undo.length > 0 && (
            <Button size="small" appearance="subtle" onClick={tracker.undo} disabled={busy} data-testid="undo">
              {t.undoWhat[state.undo[0]!]}
            </Button>
          )}
        </div>

        {busy && (
          <div role="status" aria-live="polite">
            <ProgressBar
              value={state.progress && state.progress.total ? state.progress.done / state.progress.total : undefined}
            />
            <Text size={200}>
              {state.progress ? t.reading(state.progress.sheet, state.progress.done, state.progress.total) : t.working}
            </Text>
          </div>
        )}
        {state.stale && !busy && (
          <MessageBar intent="warning" data-testid="stale">
            <MessageBarBody>{t.stale}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={tracker.scan}>
                {t.staleAction}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent={state.notice.kind} data-testid="notice">
            <MessageBarBody>
              {state.notice.text}
              {state.notice.detail && (
                <details>
                  <summary>{t.errorDetail}</summary>
                  <Text size={200}>{state.notice.detail}</Text>
                </details>
              )}
            </MessageBarBody>
            <MessageBarActions>
              {state.notice.retry && (
                <Button size="small" onClick={tracker.retry} disabled={busy} data-testid="retry">
                  {t.retry}
                </Button>
              )}
              <Button size="small" appearance="transparent" onClick={tracker.dismiss}>
                {t.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}

        {state.written && (
          <Suspense fallback={null}>
            <SummaryNotice
              written={state.written}
              t={t}
              busy={busy}
              onOpen={tracker.openSheet}
              onDismiss={tracker.dismissWritten}
            />
          </Suspense>
        )}

        {!report && <Text>{t.notScanned}</Text>}
        {report && !hasTables && <Text data-testid="no-tables">{t.noTables}</Text>}
        {hasTables && (
          <Text weight="semibold" data-testid="totals">
            {t.counts(totals.tasks, totals.error, totals.warning, totals.info)}
          </Text>
        )}

        {state.highlights && (
          <section aria-label={t.legend} className={styles.legend} data-testid="legend">
            {HIGHLIGHT_KINDS.map((k) => (
              <Text key={k} size={200}>
                <span className={styles.swatch} style={{ background: HIGHLIGHT_COLORS[k] }} aria-hidden />
                {t.highlightCount(k, state.highlights![k])}
              </Text>
            ))}
          </section>
        )}

        <Accordion multiple collapsible defaultOpenItems={['issues', 'tables']}>
          {hasTables && (
            <AccordionItem value="issues">
              <AccordionHeader>{t.issues(totals.error + totals.warning, totals.info)}</AccordionHeader>
              <AccordionPanel>
                <Suspense fallback={null}>
                  <IssueList issues={issues} t={t} lang={state.lang} onSelect={(i) => tracker.select(i.sheet, i)} />
                </Suspense>
              </AccordionPanel>
            </AccordionItem>
          )}
          {hasTables && (
            <AccordionItem value="tables">
              <AccordionHeader>{t.tables(report!.tables.length)}</AccordionHeader>
              <AccordionPanel>
                <Suspense fallback={null}>
                  {report!.tables.map((tb) => {
                    const userFields = userFieldsOf(tb, state.placed);
                    return (
                      <TableCard
                        key={`${tb.sheet}!${tb.range}`}
                        table={tb}
                        sheetLabel={state.sheetNames[tb.sheet] ?? tb.sheet}
                        t={t}
                        lang={state.lang}
                        busy={busy}
                        userFields={userFields}
                        onMap={(field, column) => tracker.setMapping(tb, field, column)}
                        onMoveHeader={(row) => tracker.moveHeader(tb, row)}
                        onDismiss={() => tracker.dismissAsNotAppendix(tb)}
                        rowText={tracker.rowText}
                        onAddTracking={(plan) => tracker.addTracking(tb, plan)}
                      />
                    );
                  })}
                </Suspense>
              </AccordionPanel>
            </AccordionItem>
          )}
          {hasTables && (
            <Suspense fallback={null}>
              <ReportingSections
                port={port}
                host={tracker.host}
                lang={state.lang}
                settings={state.settings}
                t={t}
                busy={busy}
              />
            </Suspense>
          )}
          <AccordionItem value="settings">
            <AccordionHeader>{t.settings}</AccordionHeader>
            <AccordionPanel>
              <Suspense fallback={null}>
                <SettingsPanel
                  settings={state.settings}
                  report={report}
                  t={t}
                  busy={busy}
                  onSave={(s) => tracker.applySettings(s)}
                />
              </Suspense>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
