/**
 * "Tổng hợp báo cáo": the picker of the returned files, then what the merge plan says — per file (agency,
 * split file or not, tasks, matched), the matches to review (confirm, re-point with a searchable list of
 * the master's tasks, or "không khớp"), the changes cell by cell (old → new, from which agency; those
 * that need confirmation unticked until the person ticks them), the lists of what could not be merged,
 * and "Áp dụng". "Hoàn tác tổng hợp" takes back what the last apply wrote.
 */
import {
  Button,
  Checkbox,
  Combobox,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { isoToDmy } from '../../core/isoDate';
import type { CellChange, MatchReview, MergeValue } from '../../core/merge/mergePlan';
import type { ScannedFile } from '../../core/report/schema';
import { taskRefId, type TaskRef } from '../../core/split/taskRef';
import { REPORTING_STRINGS, type ReportingStrings } from './reportingStrings';
import { FoldedList, PagedList } from './PagedList';
import { isTicked, type MergeReview, type ReportingPanelProps } from './useReporting';

/** A task's text in a list line: its first words. */
const SHORT = 60;
/** Options the searchable list shows at once. */
const OPTIONS_SHOWN = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'center' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  combo: { minWidth: '0', width: '100%' },
});

export function short(text: string): string {
  return text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text;
}

function valueText(v: MergeValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return isoToDmy(v.date);
  return String(v);
}

interface TaskOption {
  id: string;
  ref: TaskRef;
  text: string;
}

function taskOptions(report: ScannedFile, t: ReportingStrings): TaskOption[] {
  return report.tables.flatMap((tb, ti) =>
    tb.tasks.map((task, i) => ({
      id: taskRefId({ table: ti, task: i }),
      ref: { table: ti, task: i },
      text: t.merge.taskOption(tb.sheet, task.no, short(task.task)),
    })),
  );
}

function ReviewItem({
  review,
  options,
  t,
  busy,
  onRepoint,
}: {
  review: MatchReview;
  options: TaskOption[];
  t: ReportingStrings;
  busy: boolean;
  onRepoint: (master: TaskRef | null) => void;
}) {
  const styles = useStyles();
  // What the person types to search (null: not searching, the box shows the current match).
  const [query, setQuery] = useState<string | null>(null);
  const w = t.merge;
  const { match, returned, master } = review;
  const q = (query ?? '').trim().toLocaleLowerCase('vi');
  const shown = (q ? options.filter((o) => o.text.toLocaleLowerCase('vi').includes(q)) : options).slice(
    0,
    OPTIONS_SHOWN,
  );
  return (
    <div className={styles.item} data-testid="merge-review">
      <Text size={200}>{w.returnedTask(returned.agency, returned.no, short(returned.task))}</Text>
      <Text size={200} className={styles.warn}>
        {w.reviewWhy(match.weak, match.ambiguous, match.duplicate, match.keyLost)} ·{' '}
        {Math.round(match.confidence * 100)}%
      </Text>
      <Combobox
        className={styles.combo}
        aria-label={w.matchedTo}
        placeholder={w.search}
        freeform
        value={query ?? (master ? w.taskOption(master.sheet, master.no, short(master.task)) : '')}
        onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
        onOptionSelect={(_, d) => {
          const o = options.find((x) => x.id === d.optionValue);
          setQuery(null);
          if (o) onRepoint(o.ref);
        }}
        disabled={busy}
        data-testid="merge-repoint"
      >
        {shown.map((o) => (
          <Option key={o.id} value={o.id} text={o.text}>
            {o.text}
          </Option>
        ))}
      </Combobox>
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() => onRepoint(match.master)}
          disabled={busy || !match.master}
          data-testid="merge-confirm"
        >
          {w.confirm}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onRepoint(null)}
          disabled={busy}
          data-testid="merge-nomatch"
        >
          {w.noMatch}
        </Button>
      </div>
    </div>
  );
}

function ChangeRow({
  change,
  review,
  t,
  busy,
  onTick,
}: {
  change: CellChange;
  review: MergeReview;
  t: ReportingStrings;
  busy: boolean;
  onTick: (on: boolean) => void;
}) {
  const styles = useStyles();
  const w = t.merge;
  const from = change.from.map((f) => f.agency).join(', ');
  return (
    <div
      className={styles.item}
      data-testid="merge-change"
      data-sheet={change.sheet}
      data-address={change.address}
      data-field={change.field}
    >
      <Checkbox
        checked={isTicked(review, change)}
        onChange={(_, d) => onTick(d.checked === true)}
        disabled={busy}
        label={`${change.address} · ${w.change(change.no, short(change.taskText), w.fields[change.field])}`}
        aria-label={w.tickChange(change.address)}
      />
      <Text size={200}>{w.oldNew(valueText(change.old), valueText(change.new), from)}</Text>
      {change.needsConfirmation && (
        <Text size={200} className={styles.warn}>
          {change.confirm.map((c) => w.needs[c]).join(' · ')}
        </Text>
      )}
    </div>
  );
}

export function MergePanel({ reporting, t: pane, lang, busy }: ReportingPanelProps) {
  const t = REPORTING_STRINGS[lang];
  const styles = useStyles();
  const w = t.merge;
  const { merge } = reporting;
  const options = useMemo(() => (merge ? taskOptions(merge.master.report, t) : []), [merge?.master.report, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const plan = merge?.run.plan;
  const ticked = plan && merge ? plan.changes.filter((c) => isTicked(merge, c)).length : 0;
  // The browser's own file input shows its label in the browser's language, not the pane's: hidden,
  // and opened by a button in the pane's words.
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root} data-testid="merge-panel">
      <Text size={200}>{w.intro}</Text>
      <input
        ref={picker}
        hidden
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        aria-label={w.pickLabel}
        disabled={busy}
        data-testid="merge-files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void reporting.pickReturned(files);
        }}
      />
      <div className={styles.row}>
        <Button onClick={() => picker.current?.click()} disabled={busy} data-testid="merge-pick">
          {w.pick}
        </Button>
      </div>
      {reporting.applied && !merge && (
        <div className={styles.row}>
          <Button onClick={reporting.undoMerge} disabled={busy} data-testid="merge-undo">
            {w.undo}
          </Button>
        </div>
      )}
      {merge && plan && (
        <>
          {merge.failed.length > 0 && (
            <MessageBar intent="warning" data-testid="merge-failed">
              <MessageBarBody>
                {w.fileFailed}
                {merge.failed.map((f) => (
                  <div key={f.name}>{f.text}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <Text weight="semibold">{w.files(plan.files.length)}</Text>
          {plan.files.map((f, i) => (
            <Text size={200} key={`${f.name}-${i}`} data-testid="merge-file">
              {f.name}: {w.file(f.agency, f.split, f.tasks, f.matched)}
            </Text>
          ))}
          {plan.review.length > 0 && (
            <>
              <Text weight="semibold">{w.review(plan.review.length)}</Text>
              <PagedList
                items={plan.review}
                t={t}
                render={(r) => (
                  <ReviewItem
                    key={`${r.match.file}:${r.match.returned}`}
                    review={r}
                    options={options}
                    t={t}
                    busy={busy}
                    onRepoint={(m) => reporting.repoint(r, m)}
                  />
                )}
              />
            </>
          )}
          <Text weight="semibold" data-testid="merge-changes-title">
            {w.changes(plan.changes.length, ticked)}
          </Text>
          <PagedList
            items={plan.changes}
            t={t}
            testId="merge-changes"
            render={(c) => (
              <ChangeRow
                key={`${c.sheet}!${c.address}`}
                change={c}
                review={merge}
                t={t}
                busy={busy}
                onTick={(on) => reporting.tick(c, on)}
              />
            )}
          />
          <FoldedList
            testId="merge-unmatched"
            title={w.unmatched(plan.unmatched.length)}
            items={plan.unmatched}
            line={(u) => w.returnedTask(u.agency, u.no, short(u.task))}
            t={t}
          />
          {plan.unreported.length > 0 && (
            <details data-testid="merge-unreported">
              <summary>{w.unreported(plan.unreported.length)}</summary>
              {plan.unreported.map((u) => (
                <FoldedList
                  key={u.agency.key}
                  title={w.unreportedAgency(u.agency.label, u.tasks.length)}
                  items={u.tasks}
                  line={(x) => w.taskOption(x.sheet, x.no, short(x.task))}
                  t={t}
                />
              ))}
            </details>
          )}
          <FoldedList
            testId="merge-conflicts"
            title={w.conflicts(plan.conflicts.length)}
            items={plan.conflicts}
            line={(c) =>
              w.conflict(c.task.no, short(c.task.task), c.reports.map((r) => `${r.agency}: ${r.value}`).join('; '))
            }
            t={t}
          />
          <FoldedList
            testId="merge-bad-dates"
            title={w.badDates(plan.badDates.length)}
            items={plan.badDates}
            line={(b) => w.badDate(b.agency, b.no, b.text)}
            t={t}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={reporting.applyMerge}
              disabled={busy || ticked === 0}
              data-testid="merge-apply"
            >
              {w.apply(ticked)}
            </Button>
            <Button appearance="subtle" onClick={reporting.closeMerge} disabled={busy}>
              {pane.dismiss}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
