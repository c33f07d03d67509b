// A pool child: the parser, the review, page drawing and exports, out of the server's process.
import { ResumeDocument } from '../../lib/document/schema.ts';
import { IngestError, parseResume, type ResumeInput } from '../../lib/ingest/index.ts';
import type { Report, Role } from '../../lib/report/schema.ts';
import { review } from '../../lib/review/index.ts';
import { drawPage } from '../page-image.ts';
import { isolationMessages } from './messages.ts';
import { serveJobs } from './serve.ts';

/**
 * NUL is the one character PostgreSQL cannot store in text or JSON; a mangled PDF's text can hold
 * it. U+FFFD takes its place: one UTF-16 unit for one, so every span still points at its words.
 */
function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNul(item)])) as T;
  return value;
}

async function reviewUpload(input: ResumeInput, role: Role | undefined, onParsed?: () => void): Promise<Report> {
  // What the parser built is checked like any request body: a document that breaks the schema
  // (NaN coordinates from a mangled PDF) would break the review and the store later.
  const checked = ResumeDocument.safeParse(withoutNul(await parseResume(input)));
  if (!checked.success) {
    const where = checked.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    console.error(`[liangdian] parser returned an invalid document (${where})`);
    throw new IngestError('corrupt', isolationMessages.crashed.review);
  }
  onParsed?.();
  return review(checked.data, { role });
}

// Loading pdf.js and compiling the rules take a while; pay for it before the child says it is ready, not on a user's upload.
const WARM_UP_PDF = '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n'
  + '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>> endobj\n'
  + '4 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n'
  + '5 0 obj <</Length 36>> stream\nBT /F1 12 Tf 20 100 Td (Warm up) Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
await reviewUpload({ bytes: new TextEncoder().encode(WARM_UP_PDF), fileName: 'warm-up.pdf' }, undefined).catch(() => undefined);

serveJobs(async (task, progress) => {
  switch (task.kind) {
    case 'review':
      return reviewUpload(task.input, task.role, () => progress('reviewing'));
    case 'page-image':
      return drawPage(task.pdf, task.page);
    case 'export': {
      // Exports are rarer than uploads: their modules (docx, the printer) load on the first one.
      const { exportReview } = await import('../export/index.ts');
      return exportReview(task.report, task.mentor, task.format, task.options);
    }
  }
});
