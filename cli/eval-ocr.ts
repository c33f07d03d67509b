// `liangdian eval ocr --corpus DIR [--truth DIR] [--json] [--files N]`: how well OCR reads resumes.
// Each PDF of the corpus that has a text layer and a section truth is drawn as images — clean at 150
// and 300 dpi, and at 300 dpi turned, blurred and noisy like a phone photo — and read back by OCR.
// Printed: the character error rate against the PDF's own text layer, by language, and the
// section-title and bullet recall of the OCR'd documents beside the text layer's own.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { ResumeDocument } from '../lib/document/schema.ts';
import { characterErrors, errorRate, type CharacterErrors } from '../lib/eval/ocr.ts';
import { scoreAll, scoreFile, SectionsTruth, type FileScore } from '../lib/eval/sections.ts';
import { IngestError, parseResume } from '../lib/ingest/index.ts';
import { closeOcr, ocrPages } from '../server/ocr/index.ts';
import { photographed, renderPdfPages } from '../server/ocr/raster.ts';

/** How each page is pictured: the dpi it is drawn at, and whether it is then "photographed". */
export const VARIANTS = [
  { name: 'clean-150', dpi: 150, photo: false },
  { name: 'clean-300', dpi: 300, photo: false },
  { name: 'photo-300', dpi: 300, photo: true },
] as const;
type VariantName = (typeof VARIANTS)[number]['name'];

/** Accuracy is measured here, not speed: a loaded machine must not turn a slow page into a failure. */
const EVAL_LIMITS = { timeoutMs: 600_000 };

interface FileResult {
  file: string;
  language: 'zh' | 'en';
  pages: number;
  textLayer: FileScore;
  variants: Record<VariantName, { errors: CharacterErrors; score: FileScore; seconds: number; failure?: string }>;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { corpus: { type: 'string' }, truth: { type: 'string' }, json: { type: 'boolean', default: false }, files: { type: 'string' } },
  });
  if (!values.corpus) {
    process.stderr.write('usage: liangdian eval ocr --corpus <dir> [--truth <sections-dir>] [--json] [--files N]\n');
    return 2;
  }
  const truthDir = values.truth ?? join(process.env.LIANGDIAN_SHARED ?? '../shared', 'eval', 'sections');
  const names = (await readdir(truthDir)).filter((name) => name.endsWith('.json')).sort();
  const results: FileResult[] = [];
  try {
    for (const name of names) {
      if (values.files && results.length >= Number(values.files)) break;
      const truth = SectionsTruth.parse(JSON.parse(await readFile(join(truthDir, name), 'utf8')));
      if (!truth.file.toLowerCase().endsWith('.pdf')) continue;
      const result = await evaluate(truth, join(values.corpus, truth.file));
      if (result) results.push(result);
      // Progress, as files take seconds each: the file's error rates and bullet recall.
      if (result) process.stderr.write(`${truth.file}: text layer bullets ${percent(result.textLayer.bulletRecall)}; ${VARIANTS.map((variant) => `${variant.name} CER ${percent(errorRate([result.variants[variant.name].errors]))} bullets ${percent(result.variants[variant.name].score.bulletRecall)}`).join(', ')}\n`);
    }
  } finally {
    await closeOcr();
  }
  const summary = summarise(results);
  process.stdout.write(values.json ? `${JSON.stringify({ ...summary, files: results.map(compact) })}\n` : table(summary));
  return 0;
}

/** One corpus PDF through every variant; undefined when it has no text layer to judge against. */
async function evaluate(truth: SectionsTruth, path: string): Promise<FileResult | undefined> {
  let bytes: Uint8Array;
  let textLayer: ResumeDocument;
  try {
    bytes = new Uint8Array(await readFile(path));
    textLayer = await parseResume({ bytes, fileName: truth.file }, { limits: EVAL_LIMITS });
  } catch (error) {
    if (error instanceof IngestError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`${truth.file}: skipped (${(error as Error).message})\n`);
      return undefined;
    }
    throw error;
  }
  const language = truth.lang ?? (textLayer.language === 'zh' ? 'zh' : 'en');
  const variants = {} as FileResult['variants'];
  for (const variant of VARIANTS) {
    const started = performance.now();
    let read: ResumeDocument | undefined;
    let failure: string | undefined;
    try {
      read = await parseResume({ bytes: await pictured(bytes, textLayer, variant), fileName: truth.file }, { ocr: ocrPages, limits: EVAL_LIMITS });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failure = error.message;
    }
    variants[variant.name] = {
      errors: characterErrors(textLayer.text, read?.text ?? ''),
      score: scoreFile(truth, read ?? { ...textLayer, text: '', lines: [], sections: [] }),
      seconds: (performance.now() - started) / 1000,
      ...(failure ? { failure } : {}),
    };
  }
  return { file: truth.file, language, pages: textLayer.pages.length, textLayer: scoreFile(truth, textLayer), variants };
}

/**
 * The PDF as a picture: a one-page resume as the image file itself (a photo sent over chat), a longer
 * one as a PDF of page images (a scan), each page as large as the original.
 */
async function pictured(bytes: Uint8Array, document: ResumeDocument, variant: (typeof VARIANTS)[number]): Promise<Uint8Array> {
  const images: Uint8Array[] = [];
  for (const page of document.pages) {
    const [rendered] = await renderPdfPages(bytes, Math.round((page.width / 72) * variant.dpi), [page.number]);
    if (!rendered) continue;
    images.push(variant.photo ? await photographed(rendered.png, { degrees: 1.5, seed: page.number }) : rendered.png);
  }
  if (images.length === 1) return images[0]!;
  const scan = await PDFDocument.create();
  for (const [index, image] of images.entries()) {
    const page = document.pages[index]!;
    const embedded = variant.photo ? await scan.embedJpg(image) : await scan.embedPng(image);
    scan.addPage([page.width, page.height]).drawImage(embedded, { x: 0, y: 0, width: page.width, height: page.height });
  }
  return scan.save();
}

interface Summary {
  /** Character error rate by variant and language. */
  cer: Record<VariantName, Record<'zh' | 'en' | 'all', number>>;
  /** Section-title and bullet recall, of the text layer and of each variant, and the OCR'd share of the text layer's. */
  recall: Record<'textLayer' | VariantName, { titleRecall: number; bulletRecall: number }>;
  ratio: Record<VariantName, { titleRecall: number; bulletRecall: number }>;
  secondsPerPage: Record<VariantName, number>;
  files: number;
}

function summarise(results: FileResult[]): Summary {
  const textLayer = scoreAll(results.map((result) => result.textLayer)).overall;
  const summary: Summary = { cer: {} as Summary['cer'], recall: { textLayer } as Summary['recall'], ratio: {} as Summary['ratio'], secondsPerPage: {} as Summary['secondsPerPage'], files: results.length };
  const pages = results.reduce((sum, result) => sum + result.pages, 0);
  for (const { name } of VARIANTS) {
    const of = (language?: 'zh' | 'en') => errorRate(results.filter((result) => !language || result.language === language).map((result) => result.variants[name].errors));
    summary.cer[name] = { zh: of('zh'), en: of('en'), all: of() };
    const recall = scoreAll(results.map((result) => result.variants[name].score)).overall;
    summary.recall[name] = recall;
    summary.ratio[name] = { titleRecall: share(recall.titleRecall, textLayer.titleRecall), bulletRecall: share(recall.bulletRecall, textLayer.bulletRecall) };
    summary.secondsPerPage[name] = pages ? results.reduce((sum, result) => sum + result.variants[name].seconds, 0) / pages : 0;
  }
  return summary;
}

const share = (part: number, whole: number) => (whole ? part / whole : 0);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function compact(result: FileResult) {
  return {
    file: result.file,
    language: result.language,
    pages: result.pages,
    textLayer: { titleRecall: result.textLayer.titleRecall, bulletRecall: result.textLayer.bulletRecall },
    variants: Object.fromEntries(Object.entries(result.variants).map(([name, variant]) => [name, {
      cer: errorRate([variant.errors]),
      titleRecall: variant.score.titleRecall,
      bulletRecall: variant.score.bulletRecall,
      seconds: Math.round(variant.seconds * 10) / 10,
      ...(variant.failure ? { failure: variant.failure } : {}),
    }])),
  };
}

function table(summary: Summary): string {
  const rows = [`${summary.files} PDF(s) with a text layer`, '', `${'variant'.padEnd(12)}  CER zh   CER en   CER all  titles  bullets  (share of text layer)  s/page`];
  rows.push(`${'text layer'.padEnd(12)}  ${''.padEnd(25)}  ${percent(summary.recall.textLayer.titleRecall).padStart(6)}  ${percent(summary.recall.textLayer.bulletRecall).padStart(7)}`);
  for (const { name } of VARIANTS) {
    const cer = summary.cer[name];
    const recall = summary.recall[name];
    const ratio = summary.ratio[name];
    rows.push(`${name.padEnd(12)}  ${percent(cer.zh).padStart(6)}  ${percent(cer.en).padStart(7)}  ${percent(cer.all).padStart(7)}  ${percent(recall.titleRecall).padStart(6)}  ${percent(recall.bulletRecall).padStart(7)}  (${percent(ratio.titleRecall)}, ${percent(ratio.bulletRecall)})  ${summary.secondsPerPage[name].toFixed(1).padStart(6)}`);
  }
  return `${rows.join('\n')}\n`;
}
