/**
 * As-of date, due-soon window and the lead → leader mapping, stored in the workbook. Agency and leader
 * names are shown whole: the agency wraps, the leader is a text box that grows with its text.
 */
import { Button, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ScannedFile } from '../../core/report/schema';
import { leaderSuggestions } from '../../core/scan/leaderSuggestions';
import type { StoredSettings } from '../../workbookPort/storedSettings';
import type { Strings } from '../i18n/strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.3fr)', gap: '4px', alignItems: 'center' },
  lead: { overflowWrap: 'anywhere' },
  leader: { width: '100%' },
  leaderText: { overflowY: 'hidden' },
});

/** A leader's name in a box as tall as its text (on one line while it fits), never cut. */
function LeaderInput({
  value,
  label,
  placeholder,
  onChange,
}: {
  value: string;
  label: string;
  placeholder: string;
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value, width]);
  // The same text takes more lines in a narrower pane.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <Textarea
      size="small"
      rows={1}
      resize="none"
      className={styles.leader}
      textarea={{ ref: box, className: styles.leaderText }}
      aria-label={label}
      title={value || undefined}
      placeholder={placeholder}
      value={value}
      // A name is one line of text: a line break typed or pasted is a space.
      onChange={(_, d) => onChange(d.value.replace(/\s*[\r\n]+\s*/g, ' '))}
    />
  );
}

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
                <span className={styles.lead} title={lead}>
                  {lead}
                </span>
                <LeaderInput
                  label={`${lead} → ${t.leaderPlaceholder}`}
                  placeholder={t.leaderPlaceholder}
                  value={leader}
                  onChange={(v) => setLeaders((rows) => rows.map((r, j) => (j === i ? [r[0], v] : r)))}
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
