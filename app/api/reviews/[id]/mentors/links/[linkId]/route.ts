import { UpdateMentorLinkBody } from '@/lib/mentor/api.ts';
import { asOwner, jsonError, jsonOk, readJson } from '@/server/mentor/http.ts';
import { revokeMentorLink, setLinkPersonal } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** DELETE: revokes a mentor link. What the mentor wrote stays on the review. */
export async function DELETE(request: Request, context: { params: Promise<{ id: string; linkId: string }> }) {
  const { id, linkId } = await context.params;
  return asOwner(request, id, async (db, owner) =>
    (await revokeMentorLink(db, owner.reviewId, linkId)) ? jsonOk({ revoked: true }) : jsonError(request, 'not-found'));
}

/** PATCH { showPersonal }: the candidate turns personal details on or off for this mentor link. */
export async function PATCH(request: Request, context: { params: Promise<{ id: string; linkId: string }> }) {
  const { id, linkId } = await context.params;
  return asOwner(request, id, async (db, owner) => {
    const { showPersonal } = await readJson(request, UpdateMentorLinkBody);
    const link = await setLinkPersonal(db, owner.reviewId, linkId, showPersonal);
    return link ? jsonOk({ link }) : jsonError(request, 'not-found');
  });
}
