import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { API_ERROR_STATUS, type ApiErrorCode, UPLOAD_LIMITS, isAcceptedUpload } from '../../lib/api/reviews.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import { BusyError, ParserUnavailableError } from '../isolation/index.ts';
import { LANGUAGE_COOKIE, pickLanguage } from '../../lib/i18n/language.ts';
import { mentorMessagesFor } from '../../lib/mentor/messages.ts';
import type { UiLanguage } from '../../lib/report/schema.ts';
import type { Upload } from '../reviews.ts';
import { database, type Database } from '../store/db.ts';
import { MentorError, mentorFor, ownerOf, type Actor, type MentorActor, type OwnerActor } from './links.ts';

/** JSON bodies of the mentor API are small: a comment is at most a few thousand characters. */
const MAX_JSON_BYTES = 64 * 1024;

const NO_STORE = { 'Cache-Control': 'private, no-store' };

function languageOf(request: Request): UiLanguage {
  const cookie = (request.headers.get('cookie') ?? '').split(';').map((part) => part.trim().split('='))
    .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
  return pickLanguage({ cookie: cookie ?? null, acceptLanguage: request.headers.get('accept-language') });
}

export function jsonError(request: Request, code: ApiErrorCode, message?: string): NextResponse {
  const language = languageOf(request);
  const text = message ?? (code === 'not-found' ? mentorMessagesFor(language).notFound : mentorMessagesFor(language).error);
  return NextResponse.json({ error: { code, message: text } }, { status: API_ERROR_STATUS[code], headers: { ...NO_STORE, 'Content-Language': language } });
}

export function jsonOk(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

class BadBody extends Error {
  constructor(readonly code: ApiErrorCode = 'bad-request') {
    super(code);
  }
}

/**
 * The body's bytes, refused with `tooLarge` as soon as they pass `limit`, whatever Content-Length
 * claims (a chunked body declares none), and when fewer arrive than declared (cut on the way).
 */
async function readLimited(request: Request, limit: number, tooLarge: ApiErrorCode): Promise<Buffer<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BadBody(tooLarge);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
    total += next.value.byteLength;
    if (total > limit) {
      await reader!.cancel();
      throw new BadBody(tooLarge);
    }
    chunks.push(next.value);
  }
  if (request.headers.has('content-length') && declared > total) throw new BadBody(tooLarge);
  return Buffer.concat(chunks);
}

/** Reads and validates a JSON body, refusing anything larger than the mentor API ever needs. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const raw = await readLimited(request, MAX_JSON_BYTES, 'bad-request');
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadBody();
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadBody();
  return parsed.data;
}

/** Room for multipart boundaries and other form fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * A revised resume from a multipart form (`file`, or `text`) or JSON `{ text }`, with the same
 * limits as a first upload. Bodies are refused as soon as they pass the limit.
 */
export async function readUpload(request: Request): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? '';
  const body = await readLimited(request, UPLOAD_LIMITS.maxFileBytes + FORM_OVERHEAD_BYTES, 'too-large');
  const fromText = (text: unknown): Upload => {
    if (typeof text !== 'string' || !text.trim()) throw new BadBody('empty');
    if (text.length > UPLOAD_LIMITS.maxTextChars) throw new BadBody('too-large');
    return { kind: 'text', text };
  };
  if (contentType.startsWith('application/json')) {
    try {
      return fromText((JSON.parse(body.toString('utf8')) as { text?: unknown }).text);
    } catch (error) {
      throw error instanceof BadBody ? error : new BadBody();
    }
  }
  if (!contentType.startsWith('multipart/form-data')) throw new BadBody('unsupported-type');
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => {
    throw new BadBody();
  });
  const file = form.get('file');
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return fromText(form.get('text'));
  if (file.size > UPLOAD_LIMITS.maxFileBytes) throw new BadBody('too-large');
  if (!isAcceptedUpload(file.name, file.type)) throw new BadBody('unsupported-type');
  if (file.size === 0) throw new BadBody('empty');
  return { kind: 'file', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mediaType: file.type };
}

/** Runs a handler for the review's owner; an unknown or malformed review id gets the same 404. */
export async function asOwner(request: Request, reviewId: string, handler: (db: Database, owner: OwnerActor) => Promise<NextResponse>): Promise<NextResponse> {
  const db = await database();
  return run(request, db, await ownerOf(db, reviewId), handler);
}

/** Runs a handler for the mentor a token speaks for; a wrong, revoked or expired token gets the same 404 and learns nothing. */
export async function asMentor(request: Request, token: string, handler: (db: Database, mentor: MentorActor) => Promise<NextResponse>): Promise<NextResponse> {
  const db = await database();
  return run(request, db, await mentorFor(db, token), handler);
}

type TokenContext = { params: Promise<{ token: string }> };

/**
 * A mentor route that reads one JSON body and records it: `POST` answers 201 with what `add`
 * stored. The decision, comment and verdict routes are each one line over this.
 */
export function mentorPost<S extends z.ZodType, T>(schema: S, add: (db: Database, mentor: MentorActor, input: z.infer<S>) => Promise<T>) {
  return async (request: Request, context: TokenContext): Promise<NextResponse> => {
    const { token } = await context.params;
    return asMentor(request, token, async (db, mentor) => jsonOk(await add(db, mentor, await readJson(request, schema)), 201));
  };
}

async function run<A extends Actor>(request: Request, db: Database, actor: A | null, handler: (db: Database, actor: A) => Promise<NextResponse>): Promise<NextResponse> {
  if (!actor) return jsonError(request, 'not-found');
  try {
    return await handler(db, actor);
  } catch (error) {
    if (error instanceof BadBody) return jsonError(request, error.code);
    if (error instanceof IngestError || error instanceof BusyError || error instanceof ParserUnavailableError) return jsonError(request, error.code, error.localized[languageOf(request)]);
    if (error instanceof MentorError) {
      const messages = mentorMessagesFor(languageOf(request));
      return error.code === 'not-found'
        ? jsonError(request, 'not-found')
        : jsonError(request, 'bad-request', error.code === 'conflict' ? messages.share.duplicate : undefined);
    }
    throw error;
  }
}
