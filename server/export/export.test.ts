import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PDFParse } from 'pdf-parse';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { exportReview } from './index.ts';
import { closePrinter } from './printer.ts';
import { sampleReviewOfPdf } from './test-support.ts';
import { fixtureDocx } from '../fixtures.ts';
import JSZip from 'jszip';
import { wordBoxes } from '../../lib/document/boxes.ts';
import { prepareExport } from '../../lib/export/prepare.ts';
import { ExportError } from '../../lib/export/schema.ts';
import { parseResume } from '../../lib/ingest/index.ts';
import { nfkc } from '../../lib/text/normalise.ts';
import { sampleReview } from '../../lib/export/test-support.ts';

const exportedAt = '2026-11-22T08:00:00.000Z';
const assets = (folder: string) => path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), folder) + path.sep;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes.slice(), cMapUrl: assets('cmaps'), cMapPacked: true });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

// Chromium's PDFs name some CJK glyphs by their radical code points (⽇ for 日): compare as the reader normalises.
const compact = (text: string) => nfkc(text).replace(/\s+/g, '');

type Samples = Record<'zh' | 'en', Awaited<ReturnType<typeof sampleReviewOfPdf>>>;
let samples: Samples;

beforeAll(async () => {
  samples = { zh: await sampleReviewOfPdf('zh'), en: await sampleReviewOfPdf('en') };
});
afterAll(closePrinter);

interface Rect { left: number; bottom: number; right: number; top: number }
const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;

/** The characters pdf.js reads inside `rect`, each text item cut in proportion to its width. */
function textInside(items: { str: string; transform: number[]; width: number; height: number }[], rect: Rect): string {
  let out = '';
  for (const item of items) {
    const [x, y] = [item.transform[4]!, item.transform[5]!];
    const middle = y + item.height / 3;
    if (middle < rect.bottom || middle > rect.top || item.str.length === 0) continue;
    const chars = [...item.str];
    chars.forEach((char, index) => {
      const centre = x + (item.width * (index + 0.5)) / chars.length;
      if (centre > rect.left && centre < rect.right) out += char;
    });
  }
  return out;
}

describe.each(['zh', 'en'] as const)('%s review exports through exportReview', (lang) => {
  it('prints a PDF report whose text holds the findings, the mentor’s work and the score', async () => {
    const { report, mentor } = samples[lang];
    const { bytes, contentType, fileName } = await exportReview(report, mentor, 'pdf', { includePersonal: true, exportedAt });
    expect(contentType).toBe('application/pdf');
    expect(fileName).toBe(`${lang}-ops-liangdian.pdf`);
    // No normalising here: the report's own text layer must name ordinary characters, not radicals.
    const text = (await pdfText(bytes)).replace(/\s+/g, '');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/);
    const exact = (value: string) => value.replace(/\s+/g, '');
    const view = prepareExport(report, mentor, { includePersonal: true, exportedAt });
    for (const f of view.findings) expect(text).toContain(exact(f.message));
    expect(text).toContain(exact(mentor.comments[0]!.body));
    expect(text).toContain(exact(mentor.verdicts[0]!.text));
    expect(text).toContain(exact(report.document.contact.name!.value));
    // the report in the other language prints the other language's messages
    const other = lang === 'zh' ? 'en' : 'zh';
    const otherText = (await pdfText((await exportReview(report, mentor, 'pdf', { lang: other, exportedAt })).bytes)).replace(/\s+/g, '');
    for (const f of report.findings) expect(otherText).toContain(exact(f.message[other]));
  });

  it('puts each finding’s highlight and note over its words on the original PDF', async () => {
    const { report, mentor, original } = samples[lang];
    const { bytes, fileName } = await exportReview(report, mentor, 'annotated-pdf', { includePersonal: true, original, exportedAt });
    expect(fileName).toBe(`${lang}-ops-liangdian.annotated.pdf`);
    const view = prepareExport(report, mentor, { includePersonal: true, exportedAt });
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), cMapUrl: assets('cmaps'), cMapPacked: true }).promise;
    try {
      for (const f of view.findings.filter((v) => v.words !== null)) {
        const boxes = wordBoxes(report.document, f.finding.span!);
        const page = await pdf.getPage(boxes[0]!.page);
        const annotations = await page.getAnnotations();
        const highlight = annotations.find((a) => a.subtype === 'Highlight' && String(a.contentsObj?.str).startsWith(`[${f.tag}] `));
        expect(highlight, `finding ${f.tag}`).toBeDefined();
        expect(highlight!.contentsObj.str).toContain(f.message);
        expect(highlight!.popupRef).toBeTruthy();
        const items = (await page.getTextContent()).items.filter((item) => 'str' in item);
        // pdf.js gives QuadPoints as [x, y] corner quadruples in page space (origin bottom-left)
        const quads: number[] = Array.from(highlight!.quadPoints as ArrayLike<number>);
        let read = '';
        for (let q = 0; q < quads.length; q += 8) {
          const xs = [quads[q]!, quads[q + 2]!, quads[q + 4]!, quads[q + 6]!];
          const ys = [quads[q + 1]!, quads[q + 3]!, quads[q + 5]!, quads[q + 7]!];
          const rect = { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
          const [l, b, r, t] = highlight!.rect as number[];
          expect(intersects(rect, { left: l!, bottom: b!, right: r!, top: t! })).toBe(true);
          read += textInside(items, rect);
        }
        expect(compact(read)).toBe(compact(f.words!));
      }
      // the finding about the whole resume is a note on the first page
      const first = await (await pdf.getPage(1)).getAnnotations();
      const whole = view.findings.find((v) => v.words === null)!;
      expect(first.some((a) => a.subtype === 'Text' && String(a.contentsObj?.str).startsWith(`[${whole.tag}] `))).toBe(true);
    } finally {
      await pdf.destroy();
    }
  });

  it('masks personal details in the annotated original by replacing the pages that show them', async () => {
    const { report, mentor, original } = samples[lang];
    const { bytes } = await exportReview(report, mentor, 'annotated-pdf', { original, exportedAt });
    // One reading of the file gives both its text layer and its notes.
    let text = '';
    let notes = 0;
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), cMapUrl: assets('cmaps'), cMapPacked: true }).promise;
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        text += (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
        notes += (await page.getAnnotations()).filter((a) => a.subtype !== 'Popup').length;
      }
    } finally {
      await pdf.destroy();
    }
    const { name, emails, phones } = report.document.contact;
    for (const value of [name!.value, ...emails.map((e) => e.value), ...phones.map((p) => p.value)]) {
      expect(compact(text)).not.toContain(compact(value));
      expect(Buffer.from(bytes).includes(Buffer.from(value))).toBe(false);
    }
    // page 2 shows no personal details and keeps its text; the notes are all there
    const lastLine = report.document.lines.at(-1)!;
    expect(lastLine.page).toBe(2);
    expect(compact(text)).toContain(compact(report.document.text.slice(lastLine.span.start, lastLine.span.end)));
    expect(notes).toBeGreaterThanOrEqual(report.findings.length);
  });
});

it('exports a DOCX upload as Word with its comments, and refuses it an annotated original', async () => {
  const doc = await parseResume({ bytes: await fixtureDocx('zh-ops'), fileName: 'zh-ops.docx' });
  const { report, mentor } = sampleReview(doc, 'zh');
  const word = await JSZip.loadAsync((await exportReview(report, mentor, 'docx', { exportedAt })).bytes);
  expect(await word.file('word/comments.xml')!.async('string')).toContain(mentor.comments[0]!.body);
  const error = await exportReview(report, mentor, 'annotated-pdf', { original: await fixtureDocx('zh-ops') }).catch((e: unknown) => e);
  expect((error as ExportError).code).toBe('not-a-pdf');
});

it('refuses an annotated original of a text upload with a clear error', async () => {
  const doc = await parseResume({ text: readFileSync(new URL('../../fixtures/resumes/en-ops.txt', import.meta.url), 'utf8') });
  const { report, mentor } = sampleReview(doc, 'en');
  const error = await exportReview(report, mentor, 'annotated-pdf', {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExportError);
  expect((error as ExportError).code).toBe('not-a-pdf');
});
