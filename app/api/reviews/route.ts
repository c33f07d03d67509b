import { NextResponse, type NextRequest } from 'next/server';
import { API_ERROR_STATUS, ApiErrorCode, PROGRESS_MEDIA_TYPE, type ReviewProgressEvent, reviewUrl } from '@/lib/api/reviews.ts';
import type { Role, UiLanguage } from '@/lib/report/schema.ts';
import { createReview, type Upload } from '@/server/reviews.ts';
import { reportJson } from '@/server/store/reports.ts';
import { BodyProblem, readUpload } from '@/server/upload.ts';
import { apiError, apiErrorBody, requestLanguage } from '../http.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST /api/reviews: multipart `file` (or `text`) and optional `role`, or JSON `{ text, role? }`. */
export async function POST(request: NextRequest) {
  const language = requestLanguage(request);
  let upload: Upload;
  let role: Role | undefined;
  try {
    ({ upload, role } = await readUpload(request));
  } catch (error) {
    if (error instanceof BodyProblem) return apiError(error.code, language, error.localized?.[language]);
    throw error;
  }

  if (request.headers.get('accept')?.includes(PROGRESS_MEDIA_TYPE)) return streamReview(upload, role, language);
  try {
    const { id, report } = await createReview(upload, { role });
    // The report's JSON was made once already, to store it.
    const body = `{"id":${JSON.stringify(id)},"url":${JSON.stringify(reviewUrl(id))},"report":${reportJson(report)}}`;
    return new NextResponse(body, { status: 201, headers: { 'Content-Type': 'application/json', Location: reviewUrl(id) } });
  } catch (error) {
    const body = failure(error, language);
    return NextResponse.json(body, { status: API_ERROR_STATUS[body.error.code] });
  }
}

/**
 * Errors that carry their own code and message in both languages: IngestError, and the worker
 * pool's BusyError and WorkerUnavailableError. Checked by shape, not class: Next may load the
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
