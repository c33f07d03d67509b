import { readAndReview, type Upload } from '../reviews.ts';
import type { Database } from '../store/db.ts';
import { MentorError } from './links.ts';
import { addVersion, findVersion } from './versions.ts';

/**
 * Reads and reviews a revised resume, for the same target role as the first version, and stores
 * it as the review's next version. Throws IngestError when the upload cannot be read (BusyError when
 * the parser pool is full); nothing is stored then.
 */
export async function reviseReview(db: Database, reviewId: string, upload: Upload): Promise<number> {
  const first = await findVersion(db, reviewId, 1);
  if (!first) throw new MentorError('not-found', 'no such review');
  const { report, original } = await readAndReview(upload, { role: first.report.role.given ? first.report.role.target ?? undefined : undefined });
  return addVersion(db, reviewId, { original, report });
}
