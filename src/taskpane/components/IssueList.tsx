/** Problems grouped by severity, with counts and filters; a virtual list so thousands stay fast. */
import { Badge, Button, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { List, type RowComponentProps } from 'react-window';
import type { Finding, Severity } from '../../core/report/schema';
import { issueMessage } from '../../core/i18n/issueMessages';
import { severityLabel } from '../../core/i18n/labels';
import type { Lang } from '../../core/i18n/lang';
import type { Strings } from '../i18n/strings';

/** A finding with its sheet; its message is rendered here, in the pane's current language. */
export interface SheetIssue extends Finding {
  /** The sheet as scanned (what the pane addresses it by). */
  sheet: string;
  /** Its name now, when it was renamed since the scan. */
  sheetLabel?: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLORS: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
const ROW_HEIGHT = 64;

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '4px', flexWrap: 'wrap', marginBottom: '6px' },
  row: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    width: '100%',
    boxSizing: 'border-box',
    padding: '4px 2px',
    textAlign: 'left',
    justifyContent: 'flex-start',
    minHeight: `${ROW_HEIGHT - 4}px`,
    fontWeight: 'normal',
  },
  text: { display: 'flex', flexDirection: 'column', overflow: 'hidden', gap: '2px' },
  message: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    fontSize: tokens.fontSizeBase200,
  },
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
        <Badge color={COLORS[issue.severity]} appearance="filled" size="small">
          {severityLabel(lang, issue.severity)}
        </Badge>
        <span className={styles.text}>
          <Text
            size={200}
            weight="semibold"
          >{`${issue.sheetLabel ?? issue.sheet} · ${t.issueAt(cell, issue.no)}`}</Text>
          <span className={styles.message}>{message}</span>
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
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const i of issues) c[i.severity]++;
    return c;
  }, [issues]);
  const items = useMemo(
    () =>
      issues
        .filter((i) => shown.has(i.severity))
        .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)),
    [issues, shown],
  );
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
      {items.length === 0 ? (
        <Text>{t.noIssues}</Text>
      ) : (
        <List<RowProps>
          role="list"
          aria-label={t.issueListLabel}
          rowComponent={IssueRow}
          rowCount={items.length}
          rowHeight={ROW_HEIGHT}
          rowProps={{ items, t, lang, onSelect }}
          defaultHeight={Math.min(items.length, 6) * ROW_HEIGHT}
          style={{ height: Math.min(items.length, 6) * ROW_HEIGHT }}
        />
      )}
    </div>
  );
}
