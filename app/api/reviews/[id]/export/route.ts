import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { knownTimeZone } from '@/lib/export/format.ts';
import { ExportError, ExportFormat } from '@/lib/export/schema.ts';
import { UiLanguage } from '@/lib/report/schema.ts';
import { asMentor, asOwner, jsonError } from '@/server/mentor/http.ts';
import type { Database } from '@/server/store/db.ts';
import type { Actor } from '@/server/mentor/index.ts';
import { contentDisposition, exportStoredReview } from '@/server/export/stored.ts';
import { IngestError } from '@/lib/ingest/errors.ts';
import { BusyError, WorkerUnavailableError } from '@/server/isolation/index.ts';
import { requestLanguage } from '../../../http.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ExportQuery = z.object({
  format: ExportFormat,
  personal: z.enum(['0', '1']).default('0'),
  lang: UiLanguage.optional(),
  /** The reader's IANA time zone, so the export's times are theirs. */
  tz: z.string().max(64).optional(),
  /** A reopened earlier version; the latest when absent. */
  v: z.coerce.number().int().positive().optional(),
});

const PERSONAL_NOT_SHARED = {
  zh: '候选人没有向这个导师链接开放个人信息，只能导出隐去个人信息的版本。',
  en: 'The candidate has not shared personal details with this mentor link; only the masked export is available.',
};

/**
 * GET /api/reviews/{id}/export?format=pdf|md|json|docx|annotated-pdf[&personal=1][&lang=zh|en]:
 * the review as a download, anonymous unless personal=1. The owner asks with the review id; a
 * mentor sends the token of their link in `X-Mentor-Token`, which alone names the review: mentors
 * never learn the review id, since it is the owner's key (it can delete the review).
 */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const language = requestLanguage(request);
  const query = ExportQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    const formats = ExportFormat.options.join(', ');
    return jsonError(request, 'bad-request', language === 'zh' ? `导出格式应为：${formats}` : `The export format must be one of: ${formats}`);
  }
  const { format, personal, lang, tz, v } = query.data;
  const handler = async (db: Database, actor: Actor) => {
    // Personal details reach a mentor only through a link the candidate turned them on for.
    if (personal === '1' && actor.role === 'mentor' && !actor.showPersonal) {
      return jsonError(request, 'bad-request', PERSONAL_NOT_SHARED[language]);
    }
    try {
      const result = await exportStoredReview(db, actor, format, { includePersonal: personal === '1', lang: lang ?? language, timeZone: knownTimeZone(tz) ?? undefined, version: v });
      if (!result) return jsonError(request, 'not-found');
      return new NextResponse(Buffer.from(result.bytes), {
        headers: {
          'Content-Type': result.contentType,
          'Content-Length': String(result.bytes.byteLength),
          'Content-Disposition': contentDisposition(result.fileName),
          'Cache-Control': 'private, no-store',
        },
      });
    } catch (error) {
      if (error instanceof ExportError) return jsonError(request, 'bad-request', error.localized[language]);
      // The export was made in a child: stopped at its limits (IngestError), or no child free.
      if (error instanceof IngestError || error instanceof BusyError || error instanceof WorkerUnavailableError) {
        return jsonError(request, error.code, error.localized[language]);
      }
      throw error;
    }
  };
  const token = request.headers.get('x-mentor-token');
  return token ? asMentor(request, token, handler) : asOwner(request, id, handler);
}
