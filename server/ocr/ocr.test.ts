// OCR of our own resumes drawn as pictures: a PNG of zh-ops, a phone photo of en-ops whose EXIF says
// it is held sideways, and a PDF whose second page is a scan. Each reads one page (a few seconds).
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { characterErrors, errorRate } from '../../lib/eval/ocr.ts';
import { parseResume } from '../../lib/ingest/index.ts';
import { letterStream } from '../../lib/text/normalise.ts';
import { fixturePdf } from '../fixtures.ts';
import { closeOcr, ocrPages } from './index.ts';
import { photographed, renderPdfPages } from './raster.ts';

// Accuracy is judged here; speed belongs to the benchmark, and a loaded test machine is slow.
const options = { ocr: ocrPages, limits: { timeoutMs: 180_000 } };
const pages: Record<string, { pdf: Uint8Array; png: Uint8Array; textLayer: ResumeDocument }> = {};

beforeAll(async () => {
  for (const name of ['zh-ops', 'en-ops']) {
    const pdf = await fixturePdf(name);
    // 200 dpi: an ordinary scan.
    const [page] = await renderPdfPages(pdf, 1654, [1]);
    pages[name] = { pdf, png: page!.png, textLayer: await parseResume({ bytes: pdf }) };
  }
}, 120_000);

afterAll(() => closeOcr());

const kinds = (document: ResumeDocument) => document.sections.map((section) => section.kind);
const bullets = (document: ResumeDocument) => document.sections.flatMap((section) => section.entries.flatMap((entry) => entry.bullets.map((bullet) => bullet.text)));
/** Share of the text layer's bullets that OCR recovered letter for letter (spacing aside). */
function bulletRecall(read: ResumeDocument, truth: ResumeDocument): number {
  const found = new Set(bullets(read).map(letterStream));
  const expected = bullets(truth).map(letterStream);
  return expected.filter((bullet) => found.has(bullet)).length / expected.length;
}

describe('OCR of our own resumes', () => {
  it('reads a PNG of the Chinese resume into the same sections, entries and bullets as its text layer', async () => {
    const { png, textLayer } = pages['zh-ops']!;
    const document = await parseResume({ bytes: png, fileName: 'zh-ops.png' }, options);
    expect(document.source.type).toBe('image');
    expect(document.language).toBe('zh');
    expect(errorRate([characterErrors(textLayer.text, document.text)])).toBeLessThan(0.05);
    expect(kinds(document)).toEqual(expect.arrayContaining(['projects', 'education', 'skills', 'resources', 'summary']));
    const experience = document.sections.find((section) => section.kind === 'experience')!;
    expect(experience.entries.map((entry) => entry.organisation)).toEqual(expect.arrayContaining(['星河互动科技有限公司']));
    expect(bulletRecall(document, textLayer)).toBeGreaterThanOrEqual(0.8);
    const ocr = document.diagnostics.find((diagnostic) => diagnostic.code === 'ocr')!;
    expect(ocr.data.confidence).toBeGreaterThan(80);
    // The boxes sit on the A4 page the image is shown as.
    const first = document.lines.find((line) => document.text.slice(line.span.start, line.span.end).includes('星河互动'))!;
    expect(first.box!.x).toBeGreaterThan(20);
    expect(first.box!.x + first.box!.width).toBeLessThan(595.28);
  }, 180_000);

  it('reads a noisy, tilted phone photo stored sideways with an EXIF orientation', async () => {
    const { png, textLayer } = pages['en-ops']!;
    const photo = await photographed(png, { degrees: 1.5, seed: 7 });
    // Stored turned a quarter to the left, with EXIF orientation 6 ("turn right to view"), as phones do.
    const sideways = await sharp(photo).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 80 }).toBuffer();
    const document = await parseResume({ bytes: new Uint8Array(sideways), fileName: 'photo.jpg' }, options);
    expect(document.language).toBe('en');
    expect(document.pages[0]!.height).toBeGreaterThan(document.pages[0]!.width);
    expect(errorRate([characterErrors(textLayer.text, document.text)])).toBeLessThan(0.08);
    expect(kinds(document)).toEqual(expect.arrayContaining(['summary', 'experience', 'projects', 'education']));
    expect(bulletRecall(document, textLayer)).toBeGreaterThanOrEqual(0.7);
  }, 180_000);

  it('reads only the pages of a PDF that have no text layer', async () => {
    const mixed = await PDFDocument.create();
    const [textPage] = await mixed.copyPages(await PDFDocument.load(pages['en-ops']!.pdf), [0]);
    mixed.addPage(textPage);
    const image = await mixed.embedPng(pages['zh-ops']!.png);
    mixed.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    const document = await parseResume({ bytes: await mixed.save(), fileName: 'mixed.pdf' }, options);
    expect(document.pages.map((page) => page.number)).toEqual([1, 2]);
    const onPage = (number: number) => document.lines.filter((line) => line.page === number).map((line) => document.text.slice(line.span.start, line.span.end)).join('\n');
    expect(onPage(1)).toContain('Jordan Lee');
    expect(onPage(2)).toContain('星河互动科技有限公司');
    expect(document.diagnostics.find((diagnostic) => diagnostic.code === 'ocr')?.data.pages).toBe(1);
    expect(document.diagnostics.some((diagnostic) => diagnostic.code === 'no-text-layer')).toBe(false);
  }, 180_000);

  it('says a blurred photo cannot be read instead of returning noise', async () => {
    const blurred = await sharp(pages['en-ops']!.png).resize({ width: 300 }).blur(4).resize({ width: 1654 }).jpeg().toBuffer();
    const failure = await parseResume({ bytes: new Uint8Array(blurred) }, options).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'empty', localized: { zh: expect.stringContaining('看不清'), en: expect.stringContaining('cannot be read') } });
  }, 180_000);
});
