'use client';

import { useState } from 'react';
import { MENTOR_LIMITS, type VerdictBody } from '@/lib/mentor/api.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import type { Verdict } from '@/lib/mentor/schema.ts';
import { useTextSubmit } from './mentor-client.ts';
import { Byline } from './mentor-threads.tsx';

/** Every verdict mentors wrote, newest last, with its sign-off state. */
export function VerdictList({ verdicts, messages, formatTime }: { verdicts: Verdict[]; messages: MentorMessages; formatTime: (iso: string) => string }) {
  const t = messages.verdict;
  if (verdicts.length === 0) return <p className="muted">{t.empty}</p>;
  return (
    <ol className="mentor-verdicts">
      {verdicts.map((v) => (
        <li key={`${v.author.name}-${v.at}`} className={v.signedOff ? 'is-signed-off' : undefined}>
          <span className={`badge ${v.signedOff ? 'mentor-badge-signed' : 'mentor-badge-open'}`}>{v.signedOff ? t.signedOff : t.notSignedOff}</span>
          <Byline author={v.author} at={v.at} messages={messages} formatTime={formatTime} />
          <p className="mentor-comment-body">{v.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** The mentor's overall verdict and sign-off. */
export function VerdictForm({ onSubmit, messages }: { onSubmit: (verdict: VerdictBody) => Promise<void>; messages: MentorMessages }) {
  const t = messages.verdict;
  const [signedOff, setSignedOff] = useState(false);
  const { body, setBody, submit, ready } = useTextSubmit((text) => onSubmit({ body: text, signedOff }));
  return (
    <form className="mentor-verdict-form" onSubmit={submit}>
      <label>
        <span className="term">{t.body}</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} placeholder={t.bodyPlaceholder} rows={3} maxLength={MENTOR_LIMITS.bodyChars} />
      </label>
      <label className="mentor-check">
        <input type="checkbox" checked={signedOff} onChange={(e) => setSignedOff(e.target.checked)} /> {t.signOff}
      </label>
      <button type="submit" className="button button-primary mentor-small" disabled={!ready}>{t.submit}</button>
    </form>
  );
}
