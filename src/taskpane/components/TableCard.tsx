/** One recognised table: where it is, its title and date, task count, and its column mapping (editable). */
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Dropdown,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CANONICAL_FIELDS, type Field, type MappingReason, type ScannedTable } from '../../core/report/schema';
import { fieldLabel, mappingReasonText } from '../../core/i18n/labels';
import { needsConfirmation } from '../../core/recognize/mapColumns';
import { writtenDateText } from '../../core/isoDate';
import { parseRangeAddress } from '../../core/a1';
import type { Lang } from '../../core/i18n/lang';
import { trackingColumnsPlan, type TrackingColumnsPlan } from '../../core/plans/trackingColumnsPlan';
import type { Strings } from '../i18n/strings';

/** How many rows of a table the header row picker offers (a header is near the top). */
const HEADER_PICKER_ROWS = 12;

const useStyles = makeStyles({
  card: { marginBottom: '8px' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(90px, 1fr) minmax(120px, 2fr)',
    gap: '4px 8px',
    alignItems: 'center',
  },
  meta: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: '120px', maxWidth: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'center' },
  reasons: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3, marginTop: '-2px' },
});

export function TableCard({
  table,
  sheetLabel,
  t,
  lang,
  userFields,
  onMap,
  onMoveHeader,
  onDismiss,
  rowText,
  onAddTracking,
  busy,
}: {
  table: ScannedTable;
  /** The sheet's current name, when it was renamed since the scan. */
  sheetLabel?: string;
  t: Strings;
  lang: Lang;
  userFields: Set<Field>;
  onMap: (field: Field, column: string | null) => void;
  /** A 1-based sheet row, or null for "no header row". */
  onMoveHeader: (row: number | null) => void;
  onDismiss: () => void;
  /** The text of a sheet row within columns left..right (0-based), for the row picker. */
  rowText: (sheet: string, row: number, left: number, right: number) => string;
  /** The engine's plan for this table's tracking columns (made here, where the button is decided). */
  onAddTracking: (plan: TrackingColumnsPlan) => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const headerCells = table.headerCells ?? [];
  const optionText = (col: string) => `${col}: ${headerCells.find((h) => h.column === col)?.text ?? ''}`.slice(0, 60);
  const tracking = trackingColumnsPlan(table, lang);
  const lacksTracking = tracking !== null;
  const box = parseRangeAddress(table.range);
  const rows: number[] = [];
  if (box) for (let r = box.top + 1; r <= Math.min(box.bottom + 1, box.top + HEADER_PICKER_ROWS); r++) rows.push(r);
  const noHeader = table.headerHeight === 0;
  const rowOption = (r: number) => t.headerRowOption(r, box ? rowText(table.sheet, r, box.left, box.right) : '');
  const reasons: Partial<Record<Field, string>> = {};
  for (const [field, list] of Object.entries(table.reasons ?? {}) as [Field, MappingReason[] | undefined][]) {
    const header = table.headers?.[field] ?? '';
    const text = (list ?? []).map((r) => mappingReasonText(lang, r, header)).join(' · ');
    if (text) reasons[field] = text;
  }
  return (
    <Card className={styles.card} data-testid="table-card">
      <CardHeader
        header={<Text weight="semibold">{table.title ?? t.tableLine(sheetLabel ?? table.sheet, table.range)}</Text>}
        description={
          <Text size={200} className={styles.meta}>
            {`${t.tableLine(sheetLabel ?? table.sheet, table.range)} · ${t.documentDate}: ${table.documentDate ? writtenDateText(table.documentDate, table.documentDatePrecision, t.yearWord) : '—'} · ${t.taskCount(table.counts.tasks)}`}
          </Text>
        }
      />
      <div className={styles.actions}>
        <Text size={200}>{t.headerRow}</Text>
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={t.headerRowFor(table.range)}
          value={noHeader ? t.noHeaderRow : rowOption(table.headerRow)}
          selectedOptions={[noHeader ? '0' : String(table.headerRow)]}
          disabled={busy}
          onOptionSelect={(_, data) => {
            const row = Number(data.optionValue);
            onMoveHeader(row > 0 ? row : null);
          }}
        >
          <Option value="0">{t.noHeaderRow}</Option>
          {rows.map((r) => (
            <Option key={r} value={String(r)} text={rowOption(r)}>
              {rowOption(r)}
            </Option>
          ))}
        </Dropdown>
        <Button size="small" onClick={onDismiss} disabled={busy} data-testid="not-appendix">
          {t.notAppendix}
        </Button>
      </div>
      {table.foundBy === 'user' && (
        <Text size={200} className={styles.meta} data-testid="found-by-user">
          {t.foundByUser}
        </Text>
      )}
      {table.foundBy === 'body' && (
        <Text size={200} className={styles.meta} data-testid="found-by-body">
          {t.foundByBody}
        </Text>
      )}
      <Text weight="semibold" size={200}>
        {t.mapping}
      </Text>
      <div className={styles.grid}>
        {CANONICAL_FIELDS.map((field) => {
          const col = table.columns[field];
          const conf = table.confidence?.[field];
          const label = fieldLabel(lang, field);
          return (
            <div key={field} style={{ display: 'contents' }}>
              <Text size={200}>
                {label}{' '}
                {(col !== undefined || userFields.has(field)) && (
                  <Badge
                    size="small"
                    appearance="tint"
                    color={userFields.has(field) ? 'brand' : conf !== undefined && conf < 0.8 ? 'warning' : 'success'}
                  >
                    {userFields.has(field) ? t.userSet : t.confidence(Math.round((conf ?? 1) * 100))}
                  </Badge>
                )}
                {col !== undefined && !userFields.has(field) && needsConfirmation(conf, table.reasons?.[field]) && (
                  <Badge size="small" appearance="filled" color="warning">
                    {t.pleaseConfirm}
                  </Badge>
                )}
              </Text>
              <Dropdown
                className={styles.dropdown}
                size="small"
                aria-label={t.mappingFor(label)}
                value={col ? optionText(col) : t.notMapped}
                selectedOptions={[col ?? '']}
                disabled={busy}
                onOptionSelect={(_, data) => onMap(field, data.optionValue ? data.optionValue : null)}
              >
                <Option value="">{t.notMapped}</Option>
                {headerCells.map((h) => (
                  <Option key={h.column} value={h.column} text={optionText(h.column)}>
                    {optionText(h.column)}
                  </Option>
                ))}
              </Dropdown>
              {col !== undefined && reasons[field] && (
                <Text size={100} className={styles.reasons} data-testid={`reasons-${field}`}>
                  {reasons[field]}
                </Text>
              )}
            </div>
          );
        })}
      </div>
      {lacksTracking && (
        <Button size="small" onClick={() => tracking && onAddTracking(tracking)} disabled={busy}>
          {t.addTracking}
        </Button>
      )}
    </Card>
  );
}
