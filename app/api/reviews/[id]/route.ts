import { NextResponse, type NextRequest } from 'next/server';
import { getReview } from '@/server/reviews.ts';
import { asOwner } from '@/server/mentor/http.ts';
import { deleteReview } from '@/server/mentor/index.ts';
import { reportJson } from '@/server/store/reports.ts';
import { apiError, requestLanguage } from '../../http.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/reviews/{id}: the latest version's report. Unknown and malformed ids get the same 404. */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const stored = await getReview(id);
  if (!stored) return apiError('not-found', requestLanguage(request));
  return new NextResponse(reportJson(stored.report), { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' } });
}

/** DELETE /api/reviews/{id}: the owner deletes the review; every version, link and comment goes with it (cascade). */
export async function DELETE(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return asOwner(request, id, async (db, owner) => {
    await deleteReview(db, owner.reviewId);
    return new NextResponse(null, { status: 204 });
  });
}
