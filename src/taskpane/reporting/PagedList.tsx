/** A long list shown a page at a time (the merge's lists may run to thousands), with previous/next. */
import { Button, Text, makeStyles } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { ReportingStrings } from './reportingStrings';

export const PAGE_SIZE = 25;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '4px', margin: '4px 0' },
  pager: { display: 'flex', gap: '4px', alignItems: 'center' },
});

export function PagedList<T>({
  items,
  render,
  t,
  testId,
}: {
  items: readonly T[];
  render: (item: T, index: number) => ReactNode;
  t: ReportingStrings;
  testId?: string;
}) {
  const styles = useStyles();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const at = Math.min(page, pages - 1);
  const from = at * PAGE_SIZE;
  const shown = items.slice(from, from + PAGE_SIZE);
  return (
    <div data-testid={testId}>
      <div className={styles.list}>{shown.map((item, i) => render(item, from + i))}</div>
      {pages > 1 && (
        <div className={styles.pager}>
          <Button size="small" disabled={at === 0} onClick={() => setPage(at - 1)}>
            {t.merge.previous}
          </Button>
          <Text size={200}>{t.merge.page(from + 1, from + shown.length, items.length)}</Text>
          <Button size="small" disabled={at === pages - 1} onClick={() => setPage(at + 1)} data-testid="page-next">
            {t.merge.next}
          </Button>
        </div>
      )}
    </div>
  );
}

/** A folded list of one line per item, with its title and count in the fold; nothing when empty. */
export function FoldedList<T>({
  title,
  items,
  line,
  t,
  testId,
}: {
  title: string;
  items: readonly T[];
  line: (item: T) => string;
  t: ReportingStrings;
  testId?: string;
}) {
  if (items.length === 0) return null;
  return (
    <details data-testid={testId}>
      <summary>{title}</summary>
      <PagedList
        items={items}
        t={t}
        render={(item, i) => (
          <Text size={200} key={i}>
            {line(item)}
          </Text>
        )}
      />
    </details>
  );
}
