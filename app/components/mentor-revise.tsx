'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { UPLOAD_ACCEPT } from '@/lib/api/reviews.ts';
import { format } from '@/lib/i18n/language.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import { problemMessage, send } from './mentor-client.ts';

/** The owner uploads a revised resume (file or pasted text) as the review's next version. */
export function MentorRevise({ reviewId, onDone, messages }: { reviewId: string; onDone: () => Promise<void>; messages: MentorMessages }) {
  const t = messages.revise;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    setStatus(t.working);
    try {
      const { version } = await send<{ version: number }>(`/api/reviews/${reviewId}/mentors/versions`, 'POST', new FormData(form));
      setStatus(format(t.done, { version }));
      form.reset();
      setFileName(null);
      await onDone();
      // The report above is rendered on the server from the latest version.
      router.refresh();
    } catch (problem) {
      setStatus(null);
      setError(problemMessage(problem, messages.error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="mentor-box" aria-labelledby="mentor-revise-title">
      <h2 id="mentor-revise-title">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <form onSubmit={submit} className="mentor-revise-form">
        {/* The browser's own file button reads "Choose File" whatever the page's language: ours says it in the UI's. */}
        <div className="mentor-file">
          <span className="term" id="mentor-revise-file-label">{t.file}</span>
          <label htmlFor="mentor-revise-file" className="button button-secondary mentor-small">{t.choose}</label>
          <input id="mentor-revise-file" className="visually-hidden-input" type="file" name="file" accept={UPLOAD_ACCEPT}
            aria-labelledby="mentor-revise-file-label" onChange={(e) => setFileName(e.target.files?.[0]?.name ?? null)} />
          <span className="muted">{fileName ?? t.noFile}</span>
        </div>
        <label>
          <span className="term">{t.text}</span>
          <textarea name="text" rows={4} />
        </label>
        <button type="submit" className="button button-primary mentor-small" disabled={busy}>{busy ? t.working : t.submit}</button>
      </form>
      {status && <p role="status">{status}</p>}
      {error && <p role="alert" className="mentor-error">{error}</p>}
    </section>
  );
}
