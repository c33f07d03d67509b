import { asOwner, jsonOk } from '@/server/mentor/http.ts';
import { readUpload } from '@/server/upload.ts';
import { reviseReview } from '@/server/mentor/revisions.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST (multipart `file` or `text`, or JSON `{ text }`): the owner's revised resume becomes the next version. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return asOwner(request, id, async (db, owner) => {
    const version = await reviseReview(db, owner.reviewId, (await readUpload(request)).upload);
    return jsonOk({ version }, 201);
  });
}
