import { z } from 'zod';
import { Report, Role } from '../report/schema.ts';

/**
 * What the upload form and `POST /api/reviews` accept. The route handler and the browser
 * validate with the same schemas; the server enforces the limits again on the raw body.
 */
export const UPLOAD_LIMITS = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Longest pasted text accepted, in characters. */
  maxTextChars: 200_000,
} as const;

export const UPLOAD_TYPES = [
  { extension: '.pdf', mediaType: 'application/pdf' },
  { extension: '.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extension: '.txt', mediaType: 'text/plain' },
  { extension: '.md', mediaType: 'text/markdown' },
  // Photos and scans of a resume, read by OCR.
  { extension: '.png', mediaType: 'image/png' },
  { extension: '.jpg', mediaType: 'image/jpeg' },
  { extension: '.jpeg', mediaType: 'image/jpeg' },
] as const;

/** The `accept` attribute of the file input. */
export const UPLOAD_ACCEPT = UPLOAD_TYPES.flatMap((type) => [type.extension, type.mediaType]).join(',');

/** True when a file's name or media type is one we read; the parser then checks the bytes themselves. */
export function isAcceptedUpload(fileName: string, mediaType: string): boolean {
  const lower = fileName.toLowerCase();
  return UPLOAD_TYPES.some((type) => lower.endsWith(type.extension))
    || (lower.lastIndexOf('.') <= 0 && UPLOAD_TYPES.some((type) => type.mediaType === mediaType));
}

/** An empty string from a form's "no role" option means: infer the role from the resume. */
export const RoleField = z.preprocess((value) => (value === '' || value === null ? undefined : value), Role.optional());

export const CreateReviewText = z.object({
  text: z.string().trim().min(1).max(UPLOAD_LIMITS.maxTextChars),
  role: RoleField,
});
export type CreateReviewText = z.infer<typeof CreateReviewText>;

export const ReviewId = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

export const CreateReviewResponse = z.object({ id: ReviewId, url: z.string(), report: Report });
export type CreateReviewResponse = z.infer<typeof CreateReviewResponse>;

export const ApiErrorCode = z.enum([
  'bad-request',
  'too-large',
  'unsupported-type',
  'empty',
  'encrypted',
  'no-text-layer',
  'corrupt',
  'timeout',
  'not-found',
  'rate-limited',
  'busy',
  'unavailable',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

/** Every API error has this shape; `message` is in the request's language. */
export const ApiError = z.object({ error: z.object({ code: ApiErrorCode, message: z.string() }) });
export type ApiError = z.infer<typeof ApiError>;

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  'bad-request': 400,
  'too-large': 413,
  'unsupported-type': 415,
  empty: 422,
  encrypted: 422,
  'no-text-layer': 422,
  corrupt: 422,
  timeout: 422,
  'not-found': 404,
  'rate-limited': 429,
  busy: 503,
  unavailable: 503,
  internal: 500,
};

/** The steps a review goes through, reported to the browser while it waits. */
export const ReviewStage = z.enum(['uploading', 'reading', 'reviewing', 'saving']);
export type ReviewStage = z.infer<typeof ReviewStage>;

/**
 * With `Accept: application/x-ndjson`, `POST /api/reviews` streams one JSON object per line:
 * stages as they start, then either the result or an error (with the status it would have had).
 */
export const ReviewProgressEvent = z.union([
  z.object({ stage: ReviewStage }),
  z.object({ result: z.object({ id: ReviewId, url: z.string() }) }),
  z.object({ status: z.number().int(), error: ApiError.shape.error }),
]);
export type ReviewProgressEvent = z.infer<typeof ReviewProgressEvent>;

export const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

export function reviewUrl(id: string): string {
  return `/r/${id}`;
}
