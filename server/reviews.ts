import { getPool, pageImageIsolated, reviewIsolated } from './isolation/index.ts';
import type { Report, Role } from '../lib/report/schema.ts';
import { ReviewId, type ReviewStage } from '../lib/api/reviews.ts';
import { database } from './store/db.ts';
import { latestOriginal } from './mentor/versions.ts';
import { findReview, insertReview, newReviewId, type Original, type StoredReview } from './store/reviews.ts';

/** What a user handed in: a file as uploaded, or pasted text. */
export type Upload =
  | { kind: 'file'; bytes: Uint8Array; fileName: string; mediaType: string }
  | { kind: 'text'; text: string };

export interface CreateReviewOptions {
  role?: Role;
  /** Called as each step starts, so the browser can show where the review is. */
  onStage?: (stage: Exclude<ReviewStage, 'uploading'>) => void;
}

/**
 * Reads and reviews an upload in a child process (a hostile file can crash or stall only that
 * child): the report and the original as it is stored. Throws IngestError when the upload cannot
 * be read, BusyError or WorkerUnavailableError when the pool cannot take it.
 */
export async function readAndReview(upload: Upload, options: CreateReviewOptions = {}): Promise<{ report: Report; original: Original }> {
  const { onStage } = options;
  onStage?.('reading');
  const input = upload.kind === 'file' ? { bytes: upload.bytes, fileName: upload.fileName } : { text: upload.text };
  const report = await reviewIsolated(input, options.role, () => onStage?.('reviewing'));
  const { document } = report;
  const original: Original = upload.kind === 'file'
    ? { sourceType: document.source.type, fileName: upload.fileName, mediaType: upload.mediaType, bytes: upload.bytes }
    : { sourceType: 'text', fileName: null, mediaType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(upload.text) };
  return { report, original };
}

/** The one path from an upload to a stored review: read it, review it, store the original and the report; nothing is stored when it fails. */
export async function createReview(upload: Upload, options: CreateReviewOptions = {}): Promise<{ id: string; report: Report }> {
  const { report, original } = await readAndReview(upload, options);
  options.onStage?.('saving');
  const id = newReviewId();
  await insertReview(await database(), { id, original, report });
  return { id, report };
}

/**
 * Opens the database and starts the review processes ahead of the first upload. Called when
 * someone opens the upload page; failures surface on the upload itself.
 */
export function warmUp(): void {
  void Promise.all([database(), getPool('review').whenReady()]).catch(() => undefined);
}

export async function getReview(id: string): Promise<StoredReview | null> {
  return findReview(await database(), id);
}

/**
 * A PNG of one page of a stored PDF, or null when the review, the PDF or the page does not exist.
 * Drawn in a child process: a page of millions of shapes or a giant image stalls only that child,
 * until its time limit.
 */
export async function renderPdfPage(id: string, pageNumber: number): Promise<Uint8Array | null> {
  // The report shows the latest version; asking the database first means a deleted review's pages are never served.
  const latest = ReviewId.safeParse(id).success ? await latestOriginal(await database(), id) : null;
  if (!latest || latest.original.sourceType !== 'pdf') return null;
  return pageImageIsolated(`${id}/${latest.version}/${pageNumber}`, latest.original.bytes, pageNumber);
}
