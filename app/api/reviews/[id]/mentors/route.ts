import { CreateMentorLinkBody, VersionQuery, mentorUrl } from '@/lib/mentor/api.ts';
import { asOwner, jsonError, jsonOk, readJson } from '@/server/mentor/http.ts';
import { createMentorLink, loadMentorLoop } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** GET [?v=N]: the mentor loop as the owner sees it (links included), for the latest or a reopened version; pages poll it. */
export async function GET(request: Request, context: Context) {
  const { id } = await context.params;
  const version = VersionQuery.safeParse(new URL(request.url).searchParams.get('v') ?? undefined);
  return asOwner(request, id, async (db, owner) => {
    const loop = version.success ? await loadMentorLoop(db, owner, version.data) : null;
    return loop ? jsonOk(loop) : jsonError(request, 'not-found');
  });
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
