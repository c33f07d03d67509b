import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { API_ERROR_STATUS, type ApiErrorCode } from '../../lib/api/reviews.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import { BusyError, WorkerUnavailableError } from '../isolation/index.ts';
import { LANGUAGE_COOKIE, pickLanguage } from '../../lib/i18n/language.ts';
import { mentorMessagesFor } from '../../lib/mentor/messages.ts';
import type { UiLanguage } from '../../lib/report/schema.ts';
import { BodyProblem, readLimited } from '../upload.ts';
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

/** Reads and validates a JSON body, refusing anything larger than the mentor API ever needs. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  // Only as JSON: a browser sends a text/plain body across sites without asking first.
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) throw new BodyProblem('unsupported-type');
  const raw = await readLimited(request, MAX_JSON_BYTES, () => new BodyProblem('bad-request'));
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BodyProblem();
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BodyProblem();
  return parsed.data;
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
    if (error instanceof BodyProblem) return jsonError(request, error.code, error.localized?.[languageOf(request)]);
    if (error instanceof IngestError || error instanceof BusyError || error instanceof WorkerUnavailableError) return jsonError(request, error.code, error.localized[languageOf(request)]);
    if (error instanceof MentorError) {
      const messages = mentorMessagesFor(languageOf(request));
      return error.code === 'not-found'
        ? jsonError(request, 'not-found')
        : jsonError(request, 'bad-request', error.code === 'conflict' ? messages.share.duplicate : undefined);
    }
    throw error;
  }
}
