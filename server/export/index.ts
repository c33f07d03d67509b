import type { Report } from '../../lib/report/schema.ts';
import type { MentorReview } from '../../lib/mentor/schema.ts';
import { ExportError, formatDetails, type ExportFormat } from '../../lib/export/schema.ts';
import { prepareExport, type ExportOptions } from '../../lib/export/prepare.ts';
import { toMarkdown } from '../../lib/export/markdown.ts';
import { toExportEnvelope, toJson } from '../../lib/export/json.ts';
import { toDocx } from '../../lib/export/docx.ts';
import { printFooter, toPrintHtml } from '../../lib/export/print-html.ts';
import { toAnnotatedPdf } from '../../lib/export/annotated-pdf.ts';
import { unifyRadicalsInPdf } from '../../lib/export/pdf-text.ts';
import { printPdf } from './printer.ts';
import { redactPersonalPages } from './redact.ts';

export interface ExportReviewOptions extends ExportOptions {
  /** The uploaded file, needed for the annotated original. */
  original?: Uint8Array;
}

export interface ExportResult {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/** The download's name: the upload's own name only when personal details are included. */
function exportFileName(report: Report, format: ExportFormat, options: ExportReviewOptions, exportedAt: string): string {
  const uploaded = report.document.source.fileName?.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_');
  const base = options.includePersonal && uploaded ? `${uploaded}-liangdian` : `liangdian-review-${exportedAt.slice(0, 10)}`;
  return `${base}.${formatDetails[format].extension}`;
}

const notPdf = () => new ExportError('not-a-pdf', {
  zh: '只有上传 PDF 的评审才能导出带批注的原文件。请选择 PDF 报告、Word、Markdown 或 JSON。',
  en: 'An annotated original exists only for reviews of an uploaded PDF. Choose the PDF report, Word, Markdown or JSON instead.',
});

async function render(report: Report, mentor: MentorReview, format: ExportFormat, options: ExportReviewOptions): Promise<Uint8Array | string> {
  if (format === 'annotated-pdf' && report.document.source.type !== 'pdf') throw notPdf();
  const view = prepareExport(report, mentor, options);
  switch (format) {
    case 'md':
      return toMarkdown(view);
    case 'json':
      return toJson(toExportEnvelope(view.report, view.mentor, { personal: view.personal, exportedAt: view.exportedAt }));
    case 'docx':
      return toDocx(view);
    case 'pdf':
      return unifyRadicalsInPdf(await printPdf(toPrintHtml(view), { footer: printFooter(view) }));
    case 'annotated-pdf': {
      if (!options.original) {
        throw new ExportError('original-missing', { zh: '找不到上传的原 PDF 文件。', en: 'The uploaded PDF is not available.' });
      }
      const redacted = view.personal ? [] : await redactPersonalPages(options.original, report.document);
      return toAnnotatedPdf(options.original, view, redacted);
    }
  }
}

/**
 * One review in one export format, masked unless `includePersonal`. Throws ExportError when the
 * format does not apply (an annotated original of a non-PDF upload).
 */
export async function exportReview(
  report: Report,
  mentor: MentorReview,
  format: ExportFormat,
  options: ExportReviewOptions = {},
): Promise<ExportResult> {
  const exportedAt = options.exportedAt ?? new Date().toISOString();
  const body = await render(report, mentor, format, { ...options, exportedAt });
  return {
    bytes: typeof body === 'string' ? new TextEncoder().encode(body) : body,
    contentType: formatDetails[format].contentType,
    fileName: exportFileName(report, format, options, exportedAt),
  };
}
