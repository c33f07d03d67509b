import mammoth from 'mammoth';
import { normaliseLine } from '../text/normalise.ts';
import { IngestError } from './errors.ts';
import type { ReadResult } from './index.ts';
import { placeLines, type LayoutLine } from './layout.ts';
import { messages } from './messages.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reads a DOCX through mammoth's HTML, which keeps what plain text loses: list items (bullets),
 * heading styles, bold paragraphs (titles set in bold), and line breaks inside a paragraph.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new IngestError('corrupt', messages.corruptDocx, { cause: error });
  }
  const { text, lines } = placeLines(htmlLines(html));
  return { text, lines, pages: [], diagnostics: [] };
}

/** Block-level lines of mammoth's HTML: one per paragraph, heading, list item or line break. */
export function htmlLines(html: string): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let depth = 0;
  let current: { raw: string; bold: string; listItem: boolean; heading: number; depth: number } | undefined;
  let strong = 0;
  const flush = (continued = false) => {
    if (!current) return;
    const text = normaliseLine(decodeEntities(current.raw)).trim();
    if (text) {
      const allBold = normaliseLine(decodeEntities(current.bold)).trim() === text;
      lines.push({
        text,
        page: 1,
        indent: current.depth,
        style: current.heading ? 'heading' : allBold ? 'bold' : 'body',
        ...(current.listItem ? { listItem: true } : {}),
        ...(current.heading ? { heading: current.heading } : {}),
      });
    }
    current = continued ? { ...current, raw: '', bold: '', listItem: false, depth: current.depth + 1 } : undefined;
  };
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi)) {
    const [, closing, tagName, selfClosing, textPart] = match;
    if (textPart !== undefined) {
      current ??= { raw: '', bold: '', listItem: false, heading: 0, depth };
      current.raw += textPart;
      if (strong) current.bold += textPart;
      continue;
    }
    const tag = tagName!.toLowerCase();
    if (tag === 'strong' || tag === 'b') strong += closing ? -1 : 1;
    else if (tag === 'ul' || tag === 'ol') {
      if (!closing) flush();
      depth += closing ? -1 : 1;
    } else if (tag === 'br') flush(true);
    else if (/^(p|li|h[1-6]|td|th|tr|table|div)$/.test(tag)) {
      flush();
      if (!closing && !selfClosing && tag !== 'tr' && tag !== 'table') {
        current = { raw: '', bold: '', listItem: tag === 'li', heading: /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0, depth };
      }
    }
  }
  flush();
  return lines;
}
