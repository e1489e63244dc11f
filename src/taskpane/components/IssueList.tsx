/**
 * Problems grouped by severity, with counts and filters. A virtual list (only the rows in view are in
 * the page, so thousands stay fast) whose rows are as tall as their text, measured as they render:
 * the severity badge on one line, the message whole, wrapped. The list reaches the bottom of the pane.
 */
import { Badge, Button, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { List, useDynamicRowHeight, type RowComponentProps } from 'react-window';
import type { Finding, Severity } from '../../core/report/schema';
import { SEVERITIES, severityCounts } from '../../core/report/severityCounts';
import { issueMessage } from '../../core/i18n/issueMessages';
import { severityLabel } from '../../core/i18n/labels';
import type { Lang } from '../../core/i18n/lang';
import type { Strings } from '../i18n/strings';
import { useFillHeight } from './useFillHeight';

/** A finding with its sheet; its message is rendered here, in the pane's current language. */
export interface SheetIssue extends Finding {
  /** The sheet as scanned (what the pane addresses it by). */
  sheet: string;
  /** Its name now, when it was renamed since the scan. */
  sheetLabel?: string;
}

const COLORS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
/** A row not measured yet is taken to be this tall (a place line and a two-line message). */
export const ROW_ESTIMATE = 60;
/** No row is shorter than this (one place line and one message line). */
const ROW_MIN = 36;
/** The list is never shorter than this, however little of the pane is left below it. */
export const LIST_MIN_HEIGHT = 200;

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '4px', flexWrap: 'wrap', marginBottom: '6px' },
  row: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    width: '100%',
    maxWidth: 'none',
    minWidth: 0,
    boxSizing: 'border-box',
    padding: '6px 2px',
    textAlign: 'left',
    justifyContent: 'flex-start',
    fontWeight: 'normal',
  },
  // Never wrapped or shrunk, whatever the length of the text beside it.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  text: { display: 'flex', flexDirection: 'column', flex: '1 1 0', minWidth: 0, gap: '2px' },
  place: { overflowWrap: 'anywhere' },
  // The whole message, wrapped between words (a word longer than the line breaks inside it).
  message: { whiteSpace: 'normal', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
});

interface RowProps {
  items: SheetIssue[];
  t: Strings;
  lang: Lang;
  onSelect: (issue: SheetIssue) => void;
}

function IssueRow({ index, style, items, t, lang, onSelect, ariaAttributes }: RowComponentProps<RowProps>) {
  const styles = useStyles();
  const issue = items[index]!;
  const cell = `${issue.column ?? ''}${issue.row}`;
  const message = issueMessage(issue, lang);
  return (
    <div style={style} {...ariaAttributes}>
      <Button
        appearance="subtle"
        className={styles.row}
        onClick={() => onSelect(issue)}
        title={message}
        data-testid="issue"
      >
        <Badge
          color={COLORS[issue.severity]}
          appearance="filled"
          size="small"
          className={styles.badge}
          data-testid="issue-badge"
        >
          {severityLabel(lang, issue.severity)}
        </Badge>
        <span className={styles.text}>
          <Text
            size={200}
            weight="semibold"
            className={styles.place}
          >{`${issue.sheetLabel ?? issue.sheet} · ${t.issueAt(cell, issue.no)}`}</Text>
          <span className={styles.message} data-testid="issue-message">
            {message}
          </span>
        </span>
      </Button>
    </div>
  );
}

export function IssueList({
  issues,
  t,
  lang,
  onSelect,
}: {
  issues: SheetIssue[];
  t: Strings;
  lang: Lang;
  onSelect: (i: SheetIssue) => void;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState<Set<Severity>>(new Set(['error', 'warning']));
  const counts = useMemo(() => severityCounts(issues), [issues]);
  const items = useMemo(
    () =>
      issues
        .filter((i) => shown.has(i.severity))
        .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)),
    [issues, shown],
  );
  // Heights measured for one list of rows do not hold for another (filters, language).
  const rowHeight = useDynamicRowHeight({
    defaultRowHeight: ROW_ESTIMATE,
    key: `${lang}|${[...shown].sort().join(',')}|${issues.length}`,
  });
  const box = useRef<HTMLDivElement>(null);
  const room = useFillHeight(box, LIST_MIN_HEIGHT);
  // As tall as the rows where they fit (no empty space under a short list), else all the room there is.
  let content = 0;
  if (items.length * ROW_MIN < room)
    for (let i = 0; i < items.length; i++) content += rowHeight.getRowHeight(i) ?? rowHeight.getAverageRowHeight();
  const height = items.length * ROW_MIN < room ? Math.min(room, Math.ceil(content)) : room;
  const toggle = (s: Severity) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  return (
    <div>
      <div className={styles.filters} role="group" aria-label={t.severityFilter}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown.has(s)}
            onClick={() => toggle(s)}
            data-testid={`filter-${s}`}
          >
            {`${severityLabel(lang, s)} (${counts[s]})`}
          </ToggleButton>
        ))}
      </div>
      <div ref={box} data-testid="issue-list">
        {items.length === 0 ? (
          <Text>{t.noIssues}</Text>
        ) : (
          <List<RowProps>
            role="list"
            aria-label={t.issueListLabel}
            rowComponent={IssueRow}
            rowCount={items.length}
            rowHeight={rowHeight}
            rowProps={{ items, t, lang, onSelect }}
            defaultHeight={height}
            style={{ height }}
          />
        )}
      </div>
    </div>
  );
}
