import type { NextRequest } from 'next/server';
import { renderPdfPage } from '@/server/reviews.ts';
import { apiError, requestLanguage } from '../../../../http.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/reviews/{id}/pages/{n}: page n of the uploaded PDF as a PNG. */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string; page: string }> }) {
  const { id, page } = await context.params;
  const image = /^\d{1,4}$/.test(page) ? await renderPdfPage(id, Number(page)) : null;
  if (!image) return apiError('not-found', requestLanguage(request));
  return new Response(Buffer.from(image), {
    headers: { 'Content-Type': 'image/png', // A revision replaces the pages under the same address: the browser revalidates.
    'Cache-Control': 'private, no-cache' },
  });
}
