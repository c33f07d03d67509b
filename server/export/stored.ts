import type { Queryable } from '../store/db.ts';
import { findVersionOriginal, loadMentorLoop, type Actor } from '../mentor/index.ts';
import { findVersion } from '../mentor/versions.ts';
import type { ExportFormat } from '../../lib/export/schema.ts';
import { exportIsolated } from '../isolation/index.ts';
import type { ExportResult, ExportReviewOptions } from './index.ts';

/**
 * Exports a stored review as its owner or one of its mentors sees it: one version's report (the
 * latest unless `version` names another) with every decision, comment and verdict given by then.
 * Null when the review or the version does not exist. Made in a child process (an annotated
 * original costs in proportion to the uploaded PDF).
 */
export async function exportStoredReview(
  db: Queryable,
  actor: Actor,
  format: ExportFormat,
  options: Omit<ExportReviewOptions, 'original'> & { version?: number } = {},
): Promise<ExportResult | null> {
  const { version, ...rest } = options;
  const loop = await loadMentorLoop(db, actor, version);
  if (!loop) return null;
  // The export applies the decisions itself, so it starts from the report as reviewed.
  const stored = await findVersion(db, actor.reviewId, loop.version);
  if (!stored) return null;
  const original = format === 'annotated-pdf' ? await findVersionOriginal(db, actor.reviewId, loop.version) : null;
  return exportIsolated({ report: stored.report, mentor: loop.feedback, format, options: { ...rest, original: original?.bytes } });
}

/** An attachment header that keeps a Chinese file name intact (RFC 6266 / 5987) with an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
