import { ResolveBody } from '@/lib/mentor/api.ts';
import { asOwner, jsonError, jsonOk, readJson } from '@/server/mentor/http.ts';
import { setResolved } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** PATCH { resolved }: the owner marks a thread resolved or opens it again. */
export async function PATCH(request: Request, context: { params: Promise<{ id: string; commentId: string }> }) {
  const { id, commentId } = await context.params;
  return asOwner(request, id, async (db, owner) => {
    const { resolved } = await readJson(request, ResolveBody);
    return (await setResolved(db, owner.reviewId, commentId, resolved)) ? jsonOk({ resolved }) : jsonError(request, 'not-found');
  });
}
