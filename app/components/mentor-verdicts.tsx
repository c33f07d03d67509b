'use client';

import { useState } from 'react';
import { format } from '@/lib/i18n/language.ts';
import { MENTOR_LIMITS, type VerdictBody } from '@/lib/mentor/api.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import type { Verdict } from '@/lib/mentor/schema.ts';
import { useTextSubmit } from './mentor-client.ts';
import { Byline } from './mentor-threads.tsx';

/**
 * Every verdict mentors wrote, newest last. A sign-off counts for the version it was given on:
 * on any other version it reads "signed off version N", not "signed off".
 */
export function VerdictList({ verdicts, shown, messages, formatTime }: { verdicts: Verdict[]; shown: number; messages: MentorMessages; formatTime: (iso: string) => string }) {
  const t = messages.verdict;
  if (verdicts.length === 0) return <p className="muted">{t.empty}</p>;
  return (
    <ol className="mentor-verdicts">
      {verdicts.map((v) => (
        <li key={`${v.author.name}-${v.at}`} className={v.signedOff && v.version === shown ? 'is-signed-off' : undefined}>
          <span className={`badge ${v.signedOff && v.version === shown ? 'mentor-badge-signed' : 'mentor-badge-open'}`}>
            {v.signedOff ? (v.version === shown ? t.signedOff : format(t.signedOffOn, { version: v.version })) : t.notSignedOff}
          </span>
          <Byline author={v.author} at={v.at} messages={messages} formatTime={formatTime} />
          <p className="mentor-comment-body">{v.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** The mentor's overall verdict and sign-off, for the version the page shows. */
export function VerdictForm({ version, onSubmit, messages }: { version: number; onSubmit: (verdict: VerdictBody) => Promise<void>; messages: MentorMessages }) {
  const t = messages.verdict;
  const [signedOff, setSignedOff] = useState(false);
  const { body, setBody, submit, ready } = useTextSubmit((text) => onSubmit({ body: text, signedOff, version }));
  return (
    <form className="mentor-verdict-form" onSubmit={submit}>
      <label>
        <span className="term">{t.body}</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} placeholder={t.bodyPlaceholder} rows={3} maxLength={MENTOR_LIMITS.bodyChars} />
      </label>
      <label className="mentor-check">
        <input type="checkbox" checked={signedOff} onChange={(e) => setSignedOff(e.target.checked)} /> {format(t.signOff, { version })}
      </label>
      <button type="submit" className="button button-primary mentor-small" disabled={!ready}>{t.submit}</button>
    </form>
  );
}
