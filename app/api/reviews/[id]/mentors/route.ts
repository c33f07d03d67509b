import { CreateMentorLinkBody, mentorUrl } from '@/lib/mentor/api.ts';
import { asOwner, jsonOk, readJson } from '@/server/mentor/http.ts';
import { createMentorLink, loadMentorLoop } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** GET: the mentor loop as the owner sees it (links included); pages poll it for new feedback. */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  return asOwner(request, id, async (db, owner) => jsonOk(await loadMentorLoop(db, owner)));
}

/** POST { name, expiresInDays? }: a new mentor link; its token appears in this answer only. */
export async function POST(request: Request, context: Context) {
  const { id } = await context.params;
  return asOwner(request, id, async (db, owner) => {
    const body = await readJson(request, CreateMentorLinkBody);
    const { link, token } = await createMentorLink(db, owner.reviewId, body);
    return jsonOk({ link, url: mentorUrl(token) }, 201);
  });
}
