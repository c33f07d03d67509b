import { pdfjsAssetOptions } from '../lib/ingest/pdfjs-assets.ts';
import { getParsePool, parseIsolated } from './isolation/index.ts';
import { review } from '../lib/review/index.ts';
import type { ResumeDocument } from '../lib/document/schema.ts';
import type { Report, Role } from '../lib/report/schema.ts';
import { ReviewId, type ReviewStage } from '../lib/api/reviews.ts';
import { deepFreeze } from './deep-freeze.ts';
import { uprightImage } from './ocr/image.ts';
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
 * Reviews of cached documents: the parse cache hands out one frozen document per input, and a review
 * is a pure function of the document and the role, so the same file uploaded again is reviewed once.
 * Entries go when the parse cache lets their document go.
 */
const reviewed = new WeakMap<ResumeDocument, Map<string, Report>>();

function reviewOnce(document: ResumeDocument, role: Role | undefined): Report {
  if (!Object.isFrozen(document)) return review(document, { role });
  let byRole = reviewed.get(document);
  if (!byRole) {
    byRole = new Map();
    reviewed.set(document, byRole);
  }
  const known = byRole.get(role ?? '');
  if (known) return known;
  const report = deepFreeze(review(document, { role }));
  byRole.set(role ?? '', report);
  return report;
}

/**
 * Reads an upload in a child process (a hostile file can crash or stall only that child) and
 * reviews it: the report and the original as it is stored. Throws IngestError when the upload cannot
 * be read, BusyError or ParserUnavailableError when the parser pool cannot take it.
 */
export async function readAndReview(upload: Upload, options: CreateReviewOptions = {}): Promise<{ report: Report; original: Original }> {
  const { onStage } = options;
  onStage?.('reading');
  const document = await parseIsolated(upload.kind === 'file' ? { bytes: upload.bytes, fileName: upload.fileName } : { text: upload.text });
  onStage?.('reviewing');
  const report = reviewOnce(document, options.role);
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
 * Opens the database and starts the parser processes ahead of the first upload (they take seconds
 * to start). Called when someone opens the upload page; failures surface on the upload itself.
 */
export function warmUp(): void {
  void Promise.all([database(), getParsePool().whenReady()]).catch(() => undefined);
}

export async function getReview(id: string): Promise<StoredReview | null> {
  return findReview(await database(), id);
}

/** Page images are drawn at this many pixels per PDF point. */
const PAGE_IMAGE_SCALE = 2;
/** An uploaded photo is shown at most this many pixels across (an A4 page at PAGE_IMAGE_SCALE). */
const IMAGE_PAGE_WIDTH = 1240;

const pageImages = new Map<string, Uint8Array>();
const PAGE_IMAGE_CACHE_SIZE = 48;

/**
 * A PNG of one page of a stored PDF, or null when the review, the PDF or the page does not exist.
 * The upload already passed parsing, so it is a PDF pdf.js can open.
 */
export async function renderPdfPage(id: string, pageNumber: number): Promise<Uint8Array | null> {
  // The report shows the latest version; asking the database first means a deleted review's pages are never served.
  const latest = ReviewId.safeParse(id).success ? await latestOriginal(await database(), id) : null;
  if (!latest || (latest.original.sourceType !== 'pdf' && latest.original.sourceType !== 'image')) return null;
  const { original } = latest;
  const key = `${id}/${latest.version}/${pageNumber}`;
  const cached = pageImages.get(key);
  if (cached) return cached;
  if (original.sourceType === 'image') {
    // A photo or scan is its one page, shown upright as OCR read it.
    if (pageNumber !== 1) return null;
    const image = await uprightImage(original.bytes, IMAGE_PAGE_WIDTH);
    if (pageImages.size >= PAGE_IMAGE_CACHE_SIZE) pageImages.delete(pageImages.keys().next().value!);
    pageImages.set(key, image);
    return image;
  }
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: original.bytes, ...pdfjsAssetOptions() });
  try {
    const info = await parser.getInfo();
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > info.total) return null;
    const shot = await parser.getScreenshot({ partial: [pageNumber], scale: PAGE_IMAGE_SCALE, imageDataUrl: false, imageBuffer: true });
    const image = shot.pages[0]?.data;
    if (!image) return null;
    if (pageImages.size >= PAGE_IMAGE_CACHE_SIZE) pageImages.delete(pageImages.keys().next().value!);
    pageImages.set(key, image);
    return image;
  } finally {
    await parser.destroy();
  }
}
