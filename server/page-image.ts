import { IngestError } from '../lib/ingest/errors.ts';
import { pdfjsAssetOptions } from '../lib/ingest/pdfjs-assets.ts';
import type { Localized } from '../lib/report/schema.ts';

/** Page images are drawn at this many pixels per PDF point, unless the page is too large for it. */
const PAGE_IMAGE_SCALE = 2;
/** Most pixels a page image may have (an A4 page at scale 2 has 2.0 million). */
const MAX_PAGE_PIXELS = 8_000_000;
/** Below this many pixels per point a page would be drawn too small to read: it is refused instead. */
const MIN_SCALE = 0.5;
/**
 * Images inside a PDF larger than this many pixels are not decoded when a page is drawn: a resume's
 * photo or scan is far smaller, and a 12000×12000 image alone costs seconds and 600 MB.
 */
export const MAX_EMBEDDED_IMAGE_PIXELS = 25_000_000;

export const pageTooLarge: Localized = {
  zh: '这一页的尺寸过大，无法绘制成图片。报告中的文字与建议不受影响。',
  en: 'This page is too large to draw as an image. The report\'s text and advice are not affected.',
};

/** What every page drawing gives pdf.js: its data files, and no giant embedded images. */
export function drawingOptions() {
  return { ...pdfjsAssetOptions(), maxImageSize: MAX_EMBEDDED_IMAGE_PIXELS };
}

/**
 * A PNG of one page of a PDF, or null when there is no such page. Runs in a pool child: a page of
 * millions of shapes is stopped by the pool's time limit, one of giant size is refused here.
 */
export async function drawPage(pdf: Uint8Array, pageNumber: number): Promise<Uint8Array | null> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: pdf, ...drawingOptions() });
  try {
    const info = await parser.getInfo({ parsePageInfo: true, partial: [pageNumber] });
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > info.total) return null;
    const size = info.pages.find((page) => page.pageNumber === pageNumber);
    if (!size || !(size.width > 0) || !(size.height > 0)) return null;
    const scale = Math.min(PAGE_IMAGE_SCALE, Math.sqrt(MAX_PAGE_PIXELS / (size.width * size.height)));
    if (scale < MIN_SCALE) throw new IngestError('too-large', pageTooLarge);
    const shot = await parser.getScreenshot({ partial: [pageNumber], desiredWidth: Math.floor(size.width * scale), imageDataUrl: false, imageBuffer: true });
    return shot.pages[0]?.data ?? null;
  } finally {
    await parser.destroy();
  }
}
