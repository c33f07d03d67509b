import { CommentBody } from '@/lib/mentor/api.ts';
import { asOwner, jsonOk, readJson } from '@/server/mentor/http.ts';
import { addComment } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST: the owner replies in a thread or comments on words of the resume. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return asOwner(request, id, async (db, owner) => jsonOk(await addComment(db, owner, await readJson(request, CommentBody)), 201));
}
