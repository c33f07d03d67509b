import type { Queryable } from '../store/db.ts';
import { findVersionOriginal, loadMentorLoop, type Actor } from '../mentor/index.ts';
import type { ExportFormat } from '../../lib/export/schema.ts';
import { exportIsolated } from '../isolation/index.ts';
import type { ExportResult, ExportReviewOptions } from './index.ts';

/**
 * Exports a stored review as its owner or one of its mentors sees it: the latest version's report
 * with every decision, comment and verdict. Null when the review does not exist. Made in a child
 * process (an annotated original costs in proportion to the uploaded PDF).
 */
export async function exportStoredReview(
  db: Queryable,
  actor: Actor,
  format: ExportFormat,
  options: Omit<ExportReviewOptions, 'original'> = {},
): Promise<ExportResult | null> {
  const loop = await loadMentorLoop(db, actor);
  if (!loop) return null;
  const original = format === 'annotated-pdf' ? await findVersionOriginal(db, actor.reviewId, loop.version) : null;
  return exportIsolated({ report: loop.report, mentor: loop.feedback, format, options: { ...options, original: original?.bytes } });
}

/** An attachment header that keeps a Chinese file name intact (RFC 6266 / 5987) with an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
