import { type ApiErrorCode, CreateReviewText, RoleField, UPLOAD_LIMITS, isAcceptedUpload } from '../lib/api/reviews.ts';
import { messages } from '../lib/ingest/messages.ts';
import type { Localized, Role } from '../lib/report/schema.ts';
import type { Upload } from './reviews.ts';

/** Room for multipart boundaries and the other form fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
/** JSON escapes the text: up to 4 bytes a character, plus the other fields. */
const JSON_TEXT_BYTES = UPLOAD_LIMITS.maxTextChars * 4 + 1024;

/** A request body that cannot be taken, with the API error code that says why (and, where the code's own message would mislead, a message of its own). */
export class BodyProblem extends Error {
  constructor(readonly code: ApiErrorCode = 'bad-request', readonly localized?: Localized) {
    super(code);
    this.name = 'BodyProblem';
  }
}

/** Text over the text limit: told as such, not as the file size limit. */
const textTooLong = () => new BodyProblem('too-large', messages.textTooLong(UPLOAD_LIMITS.maxTextChars));

/**
 * The body's bytes, refused with `tooLarge` as soon as they pass `limit`, whatever Content-Length
 * claims (a chunked body declares none), and when fewer arrive than declared (cut on the way:
 * Next's proxy keeps only the first part of a large body).
 */
export async function readLimited(request: Request, limit: number, tooLarge: () => BodyProblem = () => new BodyProblem('too-large')): Promise<Buffer<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
    total += next.value.byteLength;
    if (total > limit) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  if (request.headers.has('content-length') && declared > total) throw tooLarge();
  return Buffer.concat(chunks);
}

/**
 * A resume as sent: multipart `file` (or `text`) with an optional `role`, or JSON `{ text, role? }`.
 * Used for a first upload and for a revision alike, with the same limits.
 */
export async function readUpload(request: Request): Promise<{ upload: Upload; role: Role | undefined }> {
  const contentType = request.headers.get('content-type') ?? '';
  const isForm = contentType.startsWith('multipart/form-data');
  const isJson = contentType.startsWith('application/json');
  if (!isForm && !isJson) throw new BodyProblem(contentType ? 'unsupported-type' : 'bad-request');
  const body = isForm ? await readLimited(request, UPLOAD_LIMITS.maxFileBytes + FORM_OVERHEAD_BYTES) : await readLimited(request, JSON_TEXT_BYTES, textTooLong);

  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new BodyProblem();
    }
    return fromText(json);
  }

  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => {
    throw new BodyProblem();
  });
  const file = form.get('file');
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return fromText({ text: form.get('text'), role: form.get('role') });
  const role = RoleField.safeParse(form.get('role'));
  if (!role.success) throw new BodyProblem();
  if (file.size > UPLOAD_LIMITS.maxFileBytes) throw new BodyProblem('too-large');
  if (!isAcceptedUpload(file.name, file.type)) throw new BodyProblem('unsupported-type');
  if (file.size === 0) throw new BodyProblem('empty');
  return { upload: { kind: 'file', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mediaType: file.type }, role: role.data };
}

function fromText(input: unknown): { upload: Upload; role: Role | undefined } {
  const parsed = CreateReviewText.safeParse(input);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path[0] === 'text');
    throw tooLong ? textTooLong() : new BodyProblem('bad-request');
  }
  return { upload: { kind: 'text', text: parsed.data.text }, role: parsed.data.role };
}
