'use client';

import { useState, type FormEvent } from 'react';
import { format } from '@/lib/i18n/language.ts';
import { CreateMentorLinkResponse, MENTOR_LIMITS, type MentorLinkView } from '@/lib/mentor/api.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import { problemMessage, send } from './mentor-client.ts';

const EXPIRY_DAYS = [7, 30, 90];

/** The owner's mentor links: create one per mentor (named, optionally expiring), copy, revoke. */
export function MentorShare({ reviewId, links, onChange, messages, formatTime }: {
  reviewId: string;
  links: MentorLinkView[];
  onChange: () => Promise<void>;
  messages: MentorMessages;
  formatTime: (iso: string) => string;
}) {
  const t = messages.share;
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/reviews/${reviewId}/mentors`;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = CreateMentorLinkResponse.parse(await send(base, 'POST', { name, ...(days ? { expiresInDays: Number(days) } : {}) }));
      setCreated(new URL(answer.url, window.location.origin).toString());
      setCopied(false);
      setName('');
      await onChange();
    } catch (problem) {
      setError(problemMessage(problem, messages.error));
    }
  };
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard?.writeText(created).then(() => setCopied(true), () => undefined);
  };
  const revoke = async (id: string) => {
    setError(null);
    try {
      await send(`${base}/links/${id}`, 'DELETE');
    } catch (problem) {
      setError(problemMessage(problem, messages.error));
      return;
    }
    await onChange();
  };
  const status = (link: MentorLinkView) =>
    link.revokedAt ? t.revoked : link.expiresAt && Date.parse(link.expiresAt) <= Date.now() ? t.expired : t.active;

  return (
    <section className="mentor-box" aria-labelledby="mentor-share-title">
      <h2 id="mentor-share-title">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <form className="mentor-share-form" onSubmit={create}>
        <label>
          <span className="term">{t.name}</span>
          <input id="mentor-share-name" value={name} onChange={(e) => setName(e.target.value)} placeholder={t.namePlaceholder} maxLength={MENTOR_LIMITS.nameChars} required />
        </label>
        <label>
          <span className="term">{t.expires}</span>
          <select value={days} onChange={(e) => setDays(e.target.value)}>
            <option value="">{t.never}</option>
            {EXPIRY_DAYS.map((d) => <option key={d} value={d}>{format(t.days, { days: d })}</option>)}
          </select>
        </label>
        <button type="submit" className="button button-primary mentor-small" disabled={!name.trim()}>{t.create}</button>
      </form>
      {error && <p role="alert" className="mentor-error">{error}</p>}
      {created && (
        <div className="mentor-created" role="status">
          <p>{t.created}</p>
          <p className="mentor-link-row">
            <input readOnly value={created} aria-label={t.created} onFocus={(e) => e.target.select()} className="mentor-link-url" />
            <button type="button" className="button button-secondary mentor-small" onClick={() => void copy()}>{copied ? t.copied : t.copy}</button>
          </p>
        </div>
      )}
      {links.length === 0 ? <p className="muted">{t.empty}</p> : (
        <ul className="mentor-links">
          {links.map((link) => (
            <li key={link.id}>
              <strong>{link.name}</strong>
              <span className="muted"> · {formatTime(link.createdAt)}{link.expiresAt && ` → ${formatTime(link.expiresAt)}`} · </span>
              <span className={`badge ${link.revokedAt ? 'mentor-badge-open' : 'mentor-badge-signed'}`}>{status(link)}</span>
              {!link.revokedAt && (
                <button type="button" className="link-button" onClick={() => void revoke(link.id)} aria-label={`${t.revoke} ${link.name}`}>{t.revoke}</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
