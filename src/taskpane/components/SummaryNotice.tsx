/**
 * What "Tổng hợp" wrote: each sheet with what it holds (as the host reported it: PivotTables, the
 * chart) and a button that opens it; what the host could not add follows, as a secondary note.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SheetRef } from '../../workbookPort/workbookPort';
import type { Strings } from '../i18n/strings';
import type { SummaryWritten } from '../state/useTracker';

const useStyles = makeStyles({
  list: {
    margin: '4px 0',
    paddingLeft: '0',
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  item: { display: 'flex', gap: '8px', alignItems: 'flex-start', justifyContent: 'space-between' },
  what: { overflowWrap: 'anywhere' },
  open: { flexShrink: 0 },
  secondary: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** What the summary sheet holds, in the order it holds it. */
function summaryParts(w: SummaryWritten, t: Strings): string[] {
  const parts = [t.writtenByLead, t.writtenByLeader];
  if (w.tables > 1) parts.push(t.writtenPerTable(w.tables));
  if (w.pivotTables > 0) parts.push(t.writtenPivots(w.pivotTables));
  if (w.chart) parts.push(t.writtenChart);
  else if (w.missing.includes('charts')) parts.push(t.writtenChartData);
  return parts;
}

export function SummaryNotice({
  written,
  t,
  busy,
  onOpen,
  onDismiss,
}: {
  written: SummaryWritten;
  t: Strings;
  busy: boolean;
  onOpen: (sheet: SheetRef) => void;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const sheets = [
    { sheet: written.tasksSheet, what: t.writtenTasks(written.tasks) },
    { sheet: written.summarySheet, what: summaryParts(written, t).join(', ') },
  ];
  return (
    <MessageBar intent="success" layout="multiline" data-testid="summary-written">
      <MessageBarBody>
        <MessageBarTitle>{t.written}</MessageBarTitle>
        <ul className={styles.list}>
          {sheets.map(({ sheet, what }) => (
            <li key={sheet.id} className={styles.item} data-testid="written-sheet">
              <span className={styles.what}>
                <strong>{`“${sheet.name}”`}</strong>
                {`: ${what}`}
              </span>
              <Button
                size="small"
                className={styles.open}
                onClick={() => onOpen(sheet)}
                disabled={busy}
                aria-label={t.openSheetNamed(sheet.name)}
                data-testid="open-sheet"
              >
                {t.openSheet}
              </Button>
            </li>
          ))}
        </ul>
        {written.missing.length > 0 && (
          <Text size={200} className={styles.secondary} data-testid="written-lacks">
            {t.hostLacks(written.missing.map((m) => t.missing[m]).join(', '))}
          </Text>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
