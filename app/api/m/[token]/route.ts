import { asMentor, jsonOk } from '@/server/mentor/http.ts';
import { loadMentorLoop } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: the review as this mentor sees it. A wrong, revoked or expired token gets a 404 and nothing else. */
export async function GET(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  return asMentor(request, token, async (db, mentor) => jsonOk(await loadMentorLoop(db, mentor)));
}
