// OCR in the parse child: images decoded and straightened with sharp, PDF pages without a text layer
// rendered with pdf.js, text read by tesseract.js with the Chinese and English models installed from
// npm. Nothing is fetched: the recogniser's worker, its WebAssembly core and the models are all
// read from node_modules.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '../../lib/document/schema.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import { messages } from '../../lib/ingest/messages.ts';
import type { OcrLine, OcrPage, OcrSource } from '../../lib/ingest/ocr.ts';
import { loadSharp, MAX_PIXELS } from './image.ts';
import { renderPdfPages } from './raster.ts';

type Tesseract = typeof import('tesseract.js');
type Recogniser = Awaited<ReturnType<Tesseract['createWorker']>>;

/** The models read: Simplified Chinese first (its model also reads Latin letters and digits), then English. */
export const OCR_LANGUAGES = ['chi_sim', 'eng'] as const;

/**
 * Pixels across the page the recogniser is given: A4 at 300 dpi. Text at this size reads best;
 * a larger photo is scaled down (more pixels only cost time), a smaller one up (small letters blur).
 */
export const OCR_PAGE_WIDTH = 2480;
/** A page of an image upload is this many points wide (A4), so sizes read like a PDF's. */
const IMAGE_PAGE_WIDTH = 595.28;

const require = createRequire(import.meta.url);
let recogniser: Promise<Recogniser> | undefined;

/** The model file of a language, as the npm package installs it (the integer LSTM models, fast and accurate). */
function modelPath(language: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int', `${language}.traineddata.gz`);
}

/**
 * One recogniser per process, loaded on first use (about a second). tesseract.js reads every model from
 * one folder, and the two packages install theirs in two: a private temporary folder links both and
 * is removed once they are loaded.
 */
function loadRecogniser(): Promise<Recogniser> {
  recogniser ??= (async () => {
    const { createWorker, OEM } = (await import('tesseract.js')).default as unknown as Tesseract;
    const folder = mkdtempSync(join(tmpdir(), 'liangdian-ocr-'));
    try {
      for (const language of OCR_LANGUAGES) symlinkSync(modelPath(language), join(folder, `${language}.traineddata.gz`));
      const worker = await createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
        langPath: folder,
        gzip: true,
        cacheMethod: 'none',
        workerPath: require.resolve('tesseract.js/src/worker-script/node/index.js'),
        corePath: dirname(require.resolve('tesseract.js-core/package.json')),
        errorHandler: () => undefined,
      });
      return worker;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  })();
  recogniser.catch(() => {
    recogniser = undefined;
  });
  return recogniser;
}

/** Stops the recogniser (its worker thread would keep the process alive). */
export async function closeOcr(): Promise<void> {
  const loaded = recogniser;
  recogniser = undefined;
  await (await loaded?.catch(() => undefined))?.terminate();
}

/**
 * Reads the text of an image file or of the given PDF pages (the `Ocr` that parseResume takes).
 * Throws IngestError 'corrupt' for an image that cannot be decoded.
 */
export async function ocrPages(source: OcrSource, signal: AbortSignal): Promise<OcrPage[]> {
  const images = source.type === 'image' ? [await photoPage(source.bytes)] : await renderPages(source.bytes, source.pages);
  const worker = await loadRecogniser();
  const onAbort = () => void closeOcr();
  signal.addEventListener('abort', onAbort);
  try {
    const pages: OcrPage[] = [];
    for (const image of images) {
      if (signal.aborted) break;
      const { data } = await worker.recognize(Buffer.from(image.png), {}, { blocks: true, text: false });
      const scale = image.page.width / image.pixelWidth;
      pages.push({ ...image.page, lines: (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => ocrLine(line, scale)))) });
    }
    return pages;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

type TesseractLine = NonNullable<Awaited<ReturnType<Recogniser['recognize']>>['data']['blocks']>[number]['paragraphs'][number]['lines'][number];

/** A recognised row in page units. */
function ocrLine(line: TesseractLine, scale: number): OcrLine {
  // The row's letter height: that of its taller words (a word without ascenders is shorter than the type).
  const heights = line.words.map((word) => word.bbox.y1 - word.bbox.y0).sort((a, b) => a - b);
  const height = heights[Math.floor(heights.length * 0.75)] ?? line.bbox.y1 - line.bbox.y0;
  return {
    words: line.words.map((word) => ({
      text: word.text,
      confidence: word.confidence,
      box: { x: word.bbox.x0 * scale, y: word.bbox.y0 * scale, width: (word.bbox.x1 - word.bbox.x0) * scale, height: (word.bbox.y1 - word.bbox.y0) * scale },
    })),
    baseline: { x0: line.baseline.x0 * scale, y0: line.baseline.y0 * scale, x1: line.baseline.x1 * scale, y1: line.baseline.y1 * scale },
    height: height * scale,
  };
}

interface PageImage {
  page: Omit<OcrPage, 'lines'>;
  png: Uint8Array;
  pixelWidth: number;
}

/**
 * A photo or scan as the recogniser reads it best: turned upright as its EXIF orientation says,
 * scaled to OCR_PAGE_WIDTH across, in grey with its contrast stretched (a photo's shadows and paper
 * tint go).
 */
async function photoPage(bytes: Uint8Array): Promise<PageImage> {
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: OCR_PAGE_WIDTH })
      .greyscale()
      .normalise()
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    const scale = IMAGE_PAGE_WIDTH / info.width;
    return { page: { number: 1, width: IMAGE_PAGE_WIDTH, height: info.height * scale }, png: data, pixelWidth: info.width };
  } catch (error) {
    throw new IngestError('corrupt', messages.corruptImage, { cause: error });
  }
}

/** PDF pages drawn OCR_PAGE_WIDTH pixels across, in grey. */
async function renderPages(bytes: Uint8Array, pages: Page[]): Promise<PageImage[]> {
  const sharp = await loadSharp();
  const rendered = await renderPdfPages(bytes, OCR_PAGE_WIDTH, pages.map((page) => page.number));
  const images: PageImage[] = [];
  for (const page of pages) {
    const image = rendered.find((each) => each.number === page.number);
    if (!image) continue;
    const png = await sharp(image.png).greyscale().png({ compressionLevel: 1 }).toBuffer();
    images.push({ page: { number: page.number, width: page.width, height: page.height }, png, pixelWidth: image.width });
  }
  return images;
}
