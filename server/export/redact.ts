import type { ResumeDocument } from '../../lib/document/schema.ts';
import { personalSpans } from '../../lib/export/mask.ts';
import { wordBoxes } from '../../lib/document/boxes.ts';
import type { RedactedPage } from '../../lib/export/annotated-pdf.ts';
import { ExportError } from '../../lib/export/schema.ts';
import { drawingOptions } from '../page-image.ts';

/** Pixels per PDF point of a redacted page image: sharp enough to read and print. */
const SCALE = 2.5;
/** High enough that small print stays crisp. */
const JPEG_QUALITY = 92;
/** Points of margin painted above and below personal words, so no edge of a glyph shows. */
const PAD = 1.5;
/**
 * Sideways margin as a share of the line height: words are placed inside a run of text in
 * proportion to their characters, which can be off by about a Latin character at either end.
 */
const SIDE_PAD = 0.6;

/**
 * The pages of a PDF that show personal details, rendered to images with those details painted
 * over. A PDF's text cannot be removed reliably from its drawing instructions, so masked pages
 * are replaced by images of themselves.
 */
export async function redactPersonalPages(original: Uint8Array, doc: ResumeDocument): Promise<RedactedPage[]> {
  const boxesPerSpan = personalSpans(doc).map((span) => wordBoxes(doc, span));
  if (boxesPerSpan.some((spanBoxes) => spanBoxes.length === 0)) {
    throw new ExportError('personal-unlocatable', {
      zh: '无法在原 PDF 中定位个人信息，不能隐去。请勾选“包含个人信息”，或选择其他导出格式。',
      en: 'The personal details could not be located on the original PDF, so they cannot be masked. Include personal details, or choose another format.',
    });
  }
  const boxes = boxesPerSpan.flat();
  const pages = [...new Set(boxes.map((b) => b.page))].sort((a, b) => a - b);
  if (pages.length === 0) return [];

  const [{ PDFParse }, { createCanvas, loadImage }] = await Promise.all([import('pdf-parse'), import('@napi-rs/canvas')]);
  const parser = new PDFParse({ data: original.slice(), ...drawingOptions() });
  try {
    const shots = await parser.getScreenshot({ partial: pages, scale: SCALE, imageDataUrl: false, imageBuffer: true });
    return await Promise.all(shots.pages.map(async (shot) => {
      const image = await loadImage(shot.data);
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      context.fillStyle = '#1f2933';
      for (const { box } of boxes.filter((b) => b.page === shot.pageNumber)) {
        const side = Math.max(PAD, box.height * SIDE_PAD);
        context.fillRect((box.x - side) * SCALE, (box.y - PAD) * SCALE, (box.width + 2 * side) * SCALE, (box.height + 2 * PAD) * SCALE);
      }
      return { page: shot.pageNumber, jpeg: new Uint8Array(canvas.toBuffer('image/jpeg', JPEG_QUALITY)) };
    }));
  } finally {
    await parser.destroy();
  }
}
