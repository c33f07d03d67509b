import { readFileSync } from 'node:fs';
import { parseResume } from '../../lib/ingest/index.ts';
import { escapeHtml } from '../../lib/export/print-html.ts';
import { sampleReview } from '../../lib/export/test-support.ts';
import { printPdf } from './printer.ts';

/**
 * A two-page PDF of one of our own fixture resumes, printed by Chromium from plain HTML, read
 * back by the real reader, with the exporters' sample findings and mentor review on it.
 */
export async function sampleReviewOfPdf(lang: 'zh' | 'en') {
  const text = readFileSync(new URL(`../../fixtures/resumes/${lang}-ops.txt`, import.meta.url), 'utf8');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm } body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 12pt; line-height: 1.75 } p { margin: 0 0 6pt }
</style></head><body>${text.split('\n').map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`).join('')}</body></html>`;
  const original = await printPdf(html);
  const fileName = `${lang}-ops.pdf`;
  const doc = await parseResume({ bytes: original.slice(), fileName });
  return { original, ...sampleReview(doc, lang) };
}
