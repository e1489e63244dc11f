/**
 * "Tách theo đơn vị": the lead agencies of the scan (the split plan's, with their task counts, all
 * ticked at first), the tasks with no lead listed for the clerk, the choice of one .zip or one .xlsx
 * per agency, and the button that makes and downloads them.
 */
import { Button, Checkbox, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { REPORTING_STRINGS } from './reportingStrings';
import { FoldedList } from './PagedList';
import type { ReportingPanelProps, SplitFormat } from './useReporting';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'center' },
  agencies: { display: 'flex', flexDirection: 'column', maxHeight: '320px', overflowY: 'auto' },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function SplitPanel({ reporting, t: pane, lang, busy }: ReportingPanelProps) {
  const t = REPORTING_STRINGS[lang];
  const styles = useStyles();
  const w = t.split;
  const { split } = reporting;
  if (!split)
    return (
      <div className={styles.root}>
        <Text size={200}>{w.intro}</Text>
        <div className={styles.row}>
          <Button onClick={reporting.openSplit} disabled={busy} data-testid="split-open">
            {w.prepare}
          </Button>
        </div>
      </div>
    );
  const chosen = new Set(split.chosen);
  return (
    <div className={styles.root} data-testid="split-panel">
      <Text weight="semibold">{w.agencies(split.plan.agencies.length)}</Text>
      <div className={styles.row}>
        <Button size="small" appearance="subtle" onClick={() => reporting.chooseAll(true)}>
          {w.all}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => reporting.chooseAll(false)}>
          {w.none}
        </Button>
      </div>
      <div className={styles.agencies}>
        {split.plan.agencies.map((a) => (
          <div key={a.key} data-testid="split-agency">
            <Checkbox
              checked={chosen.has(a.key)}
              onChange={(_, d) => reporting.chooseAgency(a.key, d.checked === true)}
              label={w.agency(a.label, a.tasks)}
            />
          </div>
        ))}
      </div>
      <FoldedList
        testId="split-unassigned"
        title={w.unassigned(split.plan.unassigned.length)}
        items={split.plan.unassigned}
        line={(u) => t.merge.taskOption(u.sheet, u.no, u.task)}
        t={t}
      />
      <RadioGroup
        value={split.format}
        onChange={(_, d) => reporting.setFormat(d.value as SplitFormat)}
        aria-label={w.format}
      >
        <Radio value="zip" label={w.zip} data-testid="split-zip" />
        <Radio value="separate" label={w.separate} data-testid="split-separate" />
        {reporting.canOpen && <Radio value="open" label={w.open} data-testid="split-in-excel" />}
      </RadioGroup>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={reporting.downloadSplit}
          disabled={busy || split.chosen.length === 0}
          data-testid="split-download"
        >
          {w.download(split.chosen.length)}
        </Button>
        <Button appearance="subtle" onClick={reporting.closeSplit}>
          {pane.dismiss}
        </Button>
      </div>
    </div>
  );
}
