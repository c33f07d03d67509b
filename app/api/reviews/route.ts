import { NextResponse, type NextRequest } from 'next/server';
import {
  API_ERROR_STATUS, ApiErrorCode, CreateReviewText, PROGRESS_MEDIA_TYPE, type ReviewProgressEvent,
  RoleField, UPLOAD_LIMITS, isAcceptedUpload, reviewUrl,
} from '@/lib/api/reviews.ts';
import type { Role, UiLanguage } from '@/lib/report/schema.ts';
import { createReview, type Upload } from '@/server/reviews.ts';
import { apiError, apiErrorBody, requestLanguage } from '../http.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Room for multipart boundaries and the other form fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

class RequestProblem extends Error {
  constructor(readonly code: ApiErrorCode) {
    super(code);
  }
}

/** POST /api/reviews: multipart `file` (or `text`) and optional `role`, or JSON `{ text, role? }`. */
export async function POST(request: NextRequest) {
  const language = requestLanguage(request);
  let upload: Upload;
  let role: Role | undefined;
  try {
    ({ upload, role } = await readUpload(request));
  } catch (error) {
    if (error instanceof RequestProblem) return apiError(error.code, language);
    throw error;
  }

  if (request.headers.get('accept')?.includes(PROGRESS_MEDIA_TYPE)) return streamReview(upload, role, language);
  try {
    const { id, report } = await createReview(upload, { role });
    return NextResponse.json({ id, url: reviewUrl(id), report }, { status: 201, headers: { Location: reviewUrl(id) } });
  } catch (error) {
    const body = failure(error, language);
    return NextResponse.json(body, { status: API_ERROR_STATUS[body.error.code] });
  }
}

async function readUpload(request: NextRequest): Promise<{ upload: Upload; role: Role | undefined }> {
  const contentType = request.headers.get('content-type') ?? '';
  const isForm = contentType.startsWith('multipart/form-data');
  const isJson = contentType.startsWith('application/json');
  if (!isForm && !isJson) throw new RequestProblem(contentType ? 'unsupported-type' : 'bad-request');

  const limit = isForm ? UPLOAD_LIMITS.maxFileBytes + FORM_OVERHEAD_BYTES : UPLOAD_LIMITS.maxTextChars * 4 + 1024;
  const body = await readLimited(request, limit);

  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new RequestProblem('bad-request');
    }
    return fromText(json);
  }

  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new RequestProblem('bad-request');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0 && file.name === '') {
    return fromText({ text: form.get('text'), role: form.get('role') });
  }
  const parsedRole = RoleField.safeParse(form.get('role'));
  if (!parsedRole.success) throw new RequestProblem('bad-request');
  if (file.size > UPLOAD_LIMITS.maxFileBytes) throw new RequestProblem('too-large');
  if (!isAcceptedUpload(file.name, file.type)) throw new RequestProblem('unsupported-type');
  if (file.size === 0) throw new RequestProblem('empty');
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { upload: { kind: 'file', bytes, fileName: file.name, mediaType: file.type }, role: parsedRole.data };
}

function fromText(input: unknown): { upload: Upload; role: Role | undefined } {
  const parsed = CreateReviewText.safeParse(input);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path[0] === 'text');
    throw new RequestProblem(tooLong ? 'too-large' : 'bad-request');
  }
  return { upload: { kind: 'text', text: parsed.data.text }, role: parsed.data.role };
}

/** Reads the body, refusing it as soon as it passes `limit` bytes (whatever Content-Length claims). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new RequestProblem('too-large');
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new RequestProblem('too-large');
    }
    chunks.push(value);
  }
  // A body shorter than declared was cut short on the way (Next's proxy keeps only its first 10 MB).
  if (Number.isFinite(declared) && declared > total) throw new RequestProblem('too-large');
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Errors that carry their own code and message in both languages: IngestError, and the parser
 * pool's BusyError and ParserUnavailableError. Checked by shape, not class: Next may load the
 * pool from another bundle than this route, with its own copy of each class.
 */
function explainedError(error: unknown): { code: ApiErrorCode; localized: Record<UiLanguage, string> } | null {
  if (!(error instanceof Error) || !('code' in error) || !('localized' in error)) return null;
  const code = ApiErrorCode.safeParse(error.code);
  const localized = error.localized as Partial<Record<UiLanguage, unknown>> | null;
  if (!code.success || typeof localized?.zh !== 'string' || typeof localized.en !== 'string') return null;
  return { code: code.data, localized: { zh: localized.zh, en: localized.en } };
}

function failure(error: unknown, language: UiLanguage) {
  const explained = explainedError(error);
  if (explained) return apiErrorBody(explained.code, language, explained.localized[language]);
  console.error('review failed', error);
  return apiErrorBody('internal', language);
}

/** The same review, reported step by step as NDJSON so the browser can show progress. */
function streamReview(upload: Upload, role: Role | undefined, language: UiLanguage): Response {
  const encoder = new TextEncoder();
  // The browser may leave mid-review; the review still finishes, with nobody left to tell.
  let listening = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ReviewProgressEvent) => {
        if (listening) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      try {
        const { id } = await createReview(upload, { role, onStage: (stage) => send({ stage }) });
        send({ result: { id, url: reviewUrl(id) } });
      } catch (error) {
        const body = failure(error, language);
        send({ status: API_ERROR_STATUS[body.error.code], error: body.error });
      }
      if (listening) controller.close();
    },
    cancel() {
      listening = false;
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': `${PROGRESS_MEDIA_TYPE}; charset=utf-8`, 'Cache-Control': 'no-store' } });
}
