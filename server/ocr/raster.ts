// Pictures of pages: PDF pages drawn by pdf.js (pdf-parse's copy, with its native canvas), and a
// page made to look photographed, for the OCR tests, evaluation and benchmark.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdfjsAssetOptions, pdfjsDirectory } from '../../lib/ingest/pdfjs-assets.ts';
import { loadSharp } from './image.ts';

export interface RenderedPage {
  number: number;
  png: Uint8Array;
  /** Pixels across. */
  width: number;
}

type WorkerHandler = { WorkerMessageHandler: unknown };
let drawingWorker: Promise<WorkerHandler> | undefined;

/**
 * pdf.js's worker as shipped, for drawing. pdf.js runs its in-process worker from
 * `globalThis.pdfjsWorker`, which the text-only worker of the parser (lib/ingest/pdfjs-worker.ts)
 * takes over when it loads: it skips glyph outlines, so text would be drawn as nothing. The two
 * built-ins its polyfills replace are put back, as the parser does (lib/ingest/pdf.ts).
 */
function loadDrawingWorker(): Promise<WorkerHandler> {
  drawingWorker ??= (async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const url = pathToFileURL(join(pdfjsDirectory(), 'legacy', 'build', 'pdf.worker.mjs')).href;
    const module = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ url)) as WorkerHandler;
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
    return { WorkerMessageHandler: module.WorkerMessageHandler };
  })();
  return drawingWorker;
}

/** The given pages of a PDF (all when none are given) drawn `width` pixels across, as PNG. */
export async function renderPdfPages(bytes: Uint8Array, width: number, pages?: number[]): Promise<RenderedPage[]> {
  const { PDFParse } = await import('pdf-parse');
  (globalThis as { pdfjsWorker?: WorkerHandler }).pdfjsWorker = await loadDrawingWorker();
  const parser = new PDFParse({ data: bytes.slice(), ...pdfjsAssetOptions() });
  try {
    const shot = await parser.getScreenshot({ ...(pages ? { partial: pages } : {}), desiredWidth: width, imageDataUrl: false, imageBuffer: true });
    return shot.pages.map((page) => ({ number: page.pageNumber, png: page.data, width: page.width }));
  } finally {
    await parser.destroy();
  }
}

/**
 * A page image as a phone would take it: turned by `degrees`, unevenly lit, slightly out of focus,
 * with sensor noise, saved as JPEG. `seed` makes the noise the same on every run.
 */
export async function photographed(png: Uint8Array, { degrees = 1.5, seed = 1 }: { degrees?: number; seed?: number } = {}): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .rotate(degrees, { background: '#f4f1ea' })
    .blur(0.7)
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: deterministic noise without a dependency.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  for (let y = 0; y < info.height; y++) {
    // Light falls off from the top-left corner to the bottom-right, as under a lamp.
    for (let x = 0; x < info.width; x++) {
      const index = y * info.width + x;
      const shade = 1 - 0.18 * ((x / info.width + y / info.height) / 2);
      const noise = (random() + random() + random() - 1.5) * 18;
      data[index] = Math.max(0, Math.min(255, data[index]! * shade + noise));
    }
  }
  return new Uint8Array(await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).jpeg({ quality: 72 }).toBuffer());
}
