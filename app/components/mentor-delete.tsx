'use client';

import { useState } from 'react';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import { problemMessage, send } from './mentor-client.ts';
import { forgetReview } from './my-reviews.tsx';

/** The owner deletes the review: file, versions, report, links and comments are removed from the database. */
export function MentorDelete({ reviewId, messages }: { reviewId: string; messages: MentorMessages }) {
  const t = messages.danger;
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(t.confirm)) return;
    try {
      await send(`/api/reviews/${reviewId}`, 'DELETE');
      forgetReview(reviewId);
      window.location.assign('/');
    } catch (problem) {
      setError(problemMessage(problem, messages.error));
    }
  };
  return (
    <section className="mentor-box mentor-danger" aria-labelledby="mentor-delete-title">
      <h2 id="mentor-delete-title">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      <button type="button" className="button mentor-button-danger" onClick={() => void remove()}>{t.delete}</button>
      {error && <p role="alert" className="mentor-error">{error}</p>}
    </section>
  );
}
