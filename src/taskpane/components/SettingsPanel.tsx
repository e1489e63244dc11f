/** As-of date, due-soon window and the lead → leader mapping, stored in the workbook. */
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ScannedFile } from '../../core/report/schema';
import { leaderSuggestions } from '../../core/scan/leaderSuggestions';
import type { StoredSettings } from '../../workbookPort/storedSettings';
import type { Strings } from '../i18n/strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '4px', alignItems: 'center' },
});

export function SettingsPanel({
  settings,
  report,
  t,
  busy,
  onSave,
}: {
  settings: StoredSettings;
  report: ScannedFile | null;
  t: Strings;
  busy: boolean;
  onSave: (s: StoredSettings) => void;
}) {
  const styles = useStyles();
  const [asOf, setAsOf] = useState(settings.asOf ?? '');
  const [days, setDays] = useState(String(settings.dueSoonDays));
  const initial = useMemo(() => leaderSuggestions(report, settings.leaderByLead), [report, settings.leaderByLead]);
  const [leaders, setLeaders] = useState<[string, string][]>(initial);
  useEffect(() => setLeaders(initial), [initial]);
  useEffect(() => {
    setAsOf(settings.asOf ?? '');
    setDays(String(settings.dueSoonDays));
  }, [settings.asOf, settings.dueSoonDays]);
  const dayCount = Number(days);
  const valid =
    Number.isInteger(dayCount) && dayCount >= 0 && dayCount <= 365 && (asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(asOf));
  const save = () =>
    onSave({
      ...settings,
      asOf: asOf || null,
      dueSoonDays: dayCount,
      leaderByLead: Object.fromEntries(leaders.filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()])),
    });
  return (
    <div className={styles.form}>
      <Field label={t.asOf} hint={asOf ? undefined : t.asOfToday}>
        <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="as-of" />
      </Field>
      <Field label={t.dueSoonDays} validationState={valid ? 'none' : 'error'}>
        <Input
          type="number"
          min={0}
          max={365}
          value={days}
          onChange={(_, d) => setDays(d.value)}
          data-testid="due-soon-days"
        />
      </Field>
      {leaders.length > 0 && (
        <Field label={t.leaderMapping}>
          <div className={styles.pair}>
            {leaders.map(([lead, leader], i) => (
              <div key={lead} style={{ display: 'contents' }}>
                <span>{lead}</span>
                <Input
                  size="small"
                  aria-label={`${lead} → ${t.leaderPlaceholder}`}
                  placeholder={t.leaderPlaceholder}
                  value={leader}
                  onChange={(_, d) => setLeaders((rows) => rows.map((r, j) => (j === i ? [r[0], d.value] : r)))}
                />
              </div>
            ))}
          </div>
        </Field>
      )}
      <Button appearance="primary" onClick={save} disabled={busy || !valid}>
        {t.save}
      </Button>
    </div>
  );
}
