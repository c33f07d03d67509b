'use client';

import { useState, type FormEvent } from 'react';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import { MENTOR_LIMITS, type DecisionChoice } from '@/lib/mentor/api.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import type { Decision } from '@/lib/mentor/schema.ts';
import { Severity, type Finding } from '@/lib/report/schema.ts';
import { Byline } from './mentor-threads.tsx';

/** What each mentor decided on one finding, with who and when. */
export function DecisionList({ decisions, messages, ui, formatTime }: {
  decisions: Decision[];
  messages: MentorMessages;
  ui: Messages;
  formatTime: (iso: string) => string;
}) {
  const t = messages.decisions;
  if (decisions.length === 0) return null;
  return (
    <ul className="mentor-decisions">
      {decisions.map((d) => (
        <li key={`${d.author.name}-${d.at}`} className={`mentor-decision mentor-decision-${d.action}`}>
          <span className="mentor-decision-text">
            {d.action === 'agree' && format(t.agreed, { name: d.author.name })}
            {d.action === 'dismiss' && format(t.dismissed, { name: d.author.name, reason: d.reason ?? '' })}
            {d.action === 'severity' && d.severity && format(t.changedSeverity, { name: d.author.name, severity: ui.severity[d.severity] })}
          </span>
          <Byline author={d.author} at={d.at} messages={messages} formatTime={formatTime} />
        </li>
      ))}
    </ul>
  );
}

/** A mentor's buttons on one finding: agree, dismiss with a reason, or set another severity. */
export function DecisionControls({ finding, mine, onDecide, messages, ui }: {
  finding: Finding;
  mine: Decision | undefined;
  /** Rejects when refused; the page shows why. */
  onDecide: (decision: DecisionChoice) => Promise<void>;
  messages: MentorMessages;
  ui: Messages;
}) {
  const t = messages.decisions;
  const [mode, setMode] = useState<'none' | 'dismiss'>('none');
  const [reason, setReason] = useState('');
  const [severity, setSeverity] = useState<Severity>(mine?.severity ?? finding.severity);
  const decide = (choice: DecisionChoice) => onDecide(choice).then(() => true, () => false);
  const dismiss = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    // A refused dismissal keeps its reason for another try.
    if (!(await decide({ findingId: finding.id, action: 'dismiss', reason }))) return;
    setMode('none');
    setReason('');
  };
  return (
    <div className="mentor-decide" role="group" aria-label={t.heading}>
      <div className="mentor-actions">
        <button type="button" className="button button-secondary mentor-small" aria-pressed={mine?.action === 'agree'}
          onClick={() => void decide({ findingId: finding.id, action: 'agree' })}>{t.agree}</button>
        <button type="button" className="button button-secondary mentor-small" aria-pressed={mine?.action === 'dismiss'} aria-expanded={mode === 'dismiss'}
          onClick={() => setMode(mode === 'dismiss' ? 'none' : 'dismiss')}>{t.dismiss}</button>
        <label className="mentor-severity">
          <span>{t.severity}</span>
          <select value={severity} onChange={(e) => setSeverity(Severity.parse(e.target.value))}>
            {Severity.options.map((s) => <option key={s} value={s}>{ui.severity[s]}</option>)}
          </select>
        </label>
        <button type="button" className="button button-secondary mentor-small" aria-pressed={mine?.action === 'severity'}
          disabled={severity === finding.severity && mine?.action !== 'severity'}
          onClick={() => void decide({ findingId: finding.id, action: 'severity', severity })}>{t.setSeverity}</button>
      </div>
      {mode === 'dismiss' && (
        <form className="mentor-dismiss" onSubmit={dismiss}>
          <label>
            <span className="term">{t.reason}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t.reasonPlaceholder} rows={2} maxLength={MENTOR_LIMITS.reasonChars} autoFocus />
          </label>
          <button type="submit" className="button button-primary mentor-small" disabled={!reason.trim()}>{t.save}</button>
        </form>
      )}
    </div>
  );
}
