import { review } from '../../lib/review/index.ts';
import { parseIsolated } from '../isolation/index.ts';
import type { Upload } from '../reviews.ts';
import type { Original } from '../store/reviews.ts';
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
  // Parsing runs in a child process, as for a first upload: a hostile file can only crash that child.
  const document = await parseIsolated(upload.kind === 'file' ? { bytes: upload.bytes, fileName: upload.fileName } : { text: upload.text });
  const report = review(document, { role: first.report.role.given ? first.report.role.target ?? undefined : undefined });
  const original: Original = upload.kind === 'file'
    ? { sourceType: document.source.type, fileName: upload.fileName, mediaType: upload.mediaType, bytes: upload.bytes }
    : { sourceType: 'text', fileName: null, mediaType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(upload.text) };
  return addVersion(db, reviewId, { original, report });
}
