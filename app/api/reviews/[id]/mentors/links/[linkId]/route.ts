import { asOwner, jsonError, jsonOk } from '@/server/mentor/http.ts';
import { revokeMentorLink } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** DELETE: revokes a mentor link. What the mentor wrote stays on the review. */
export async function DELETE(request: Request, context: { params: Promise<{ id: string; linkId: string }> }) {
  const { id, linkId } = await context.params;
  return asOwner(request, id, async (db, owner) =>
    (await revokeMentorLink(db, owner.reviewId, linkId)) ? jsonOk({ revoked: true }) : jsonError(request, 'not-found'));
}
