import { CommentBody } from '@/lib/mentor/api.ts';
import { asMentor, jsonOk, readJson } from '@/server/mentor/http.ts';
import { addComment } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST: the mentor comments on words of the resume or replies in a thread. */
export async function POST(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  return asMentor(request, token, async (db, mentor) => jsonOk(await addComment(db, mentor, await readJson(request, CommentBody)), 201));
}
