'use client';

import { useEffect, useState } from 'react';
import { z } from 'zod';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';

/** What this browser remembers of a review it created: enough to list it, nothing of the resume's text. */
const RememberedReview = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  score: z.number(),
  versions: z.number().int().positive(),
  createdAt: z.string(),
});
type RememberedReview = z.infer<typeof RememberedReview>;

const STORAGE_KEY = 'liangdian.my-reviews';

function readRemembered(): RememberedReview[] {
  try {
    const parsed = z.array(RememberedReview).safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function writeRemembered(reviews: RememberedReview[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(reviews));
  } catch {
    // Storage full or switched off: the list is a convenience, the review itself is on the server.
  }
}

/** Keeps this review in the device's list, with its latest score and number of versions. */
export function useRememberReview(review: RememberedReview): void {
  const { id, fileName, score, versions, createdAt } = review;
  useEffect(() => {
    writeRemembered([{ id, fileName, score, versions, createdAt }, ...readRemembered().filter((r) => r.id !== id)]);
  }, [id, fileName, score, versions, createdAt]);
}

/** Drops a review from the device's list (it was deleted). */
export function forgetReview(id: string): void {
  writeRemembered(readRemembered().filter((r) => r.id !== id));
}

/** The reviews created in this browser, newest first, each with its score and number of versions. */
export function MyReviews({ messages, language }: { messages: Messages; language: 'zh' | 'en' }) {
  const t = messages.myReviews;
  const [reviews, setReviews] = useState<RememberedReview[] | null>(null);
  useEffect(() => setReviews(readRemembered().sort((a, b) => b.createdAt.localeCompare(a.createdAt))), []);
  if (reviews === null) return null;
  const date = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel my-reviews" aria-labelledby="my-reviews-title">
      <h2 id="my-reviews-title" className="panel-title">{t.heading}</h2>
      <p className="muted">{t.intro}</p>
      {reviews.length === 0 ? <p className="muted">{t.empty}</p> : (
        <ol className="my-reviews-list">
          {reviews.map((review) => (
            <li key={review.id}>
              <a href={`/r/${review.id}`}>{review.fileName ?? t.untitled}</a>
              <span className="muted"> · {date.format(new Date(review.createdAt))} · {format(t.score, { score: Math.round(review.score) })} · {format(t.versions, { count: review.versions })}</span>
              <button type="button" className="link-button" aria-label={`${t.forget}: ${review.fileName ?? t.untitled}`}
                onClick={() => { forgetReview(review.id); setReviews(reviews.filter((r) => r.id !== review.id)); }}>{t.forget}</button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
