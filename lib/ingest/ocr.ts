import type { Box, Diagnostic, Page, Span } from '../document/schema.ts';
import { normaliseLine } from '../text/normalise.ts';
import { IngestError } from './errors.ts';
import type { ReadResult } from './index.ts';
import { placeLines, type LayoutLine, type PlacedLine } from './layout.ts';
import { messages } from './messages.ts';
import { pageLines, type Glyphs } from './pdf.ts';

/**
 * Text read from images by OCR (a photo, a scan, the pages of a PDF that have no text layer), laid
 * out as the PDF reader lays out its text runs, so the same structure reading applies. The OCR itself
 * (decoding, the recogniser) is I/O and runs in the parse child: it is handed in as an `Ocr` function.
 */

/** One recognised word, its box in page units (points; an image's page is sized as A4 is wide). */
export interface OcrWord {
  text: string;
  /** The recogniser's confidence, 0–100. */
  confidence: number;
  box: Box;
}

/** A row of words as the recogniser grouped them, with its baseline and text height in page units. */
export interface OcrLine {
  words: OcrWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
  /** Height of the row's letters (ascender to descender): the font size a PDF would give. */
  height: number;
}

export interface OcrPage {
  number: number;
  width: number;
  height: number;
  lines: OcrLine[];
}

/** What to read: an image file (PNG, JPEG) or the given pages of a PDF. */
export type OcrSource = { type: 'image'; bytes: Uint8Array } | { type: 'pdf'; bytes: Uint8Array; pages: Page[] };

/** Reads the text of images; pages come back in the order asked, each in page units. */
export type Ocr = (source: OcrSource, signal: AbortSignal) => Promise<OcrPage[]>;

/** Below this a word is shown as "check this word". Clean print reads at 90 and above. */
export const UNCERTAIN_BELOW = 70;

/**
 * A page is unreadable (a blurred photo, a picture that holds no text) when fewer than this many
 * words are read confidently, or the mean confidence of its characters is below UNREADABLE_MEAN:
 * the recogniser then returns noise, which is worse than saying so.
 */
const MIN_CONFIDENT_WORDS = 5;
const UNREADABLE_MEAN = 55;

/** What OCR read on its pages, laid out: lines in reading order and each piece's confidence. */
export interface OcrLayout {
  lines: LayoutLine[];
  pages: Page[];
  /** Pages laid out in two columns. */
  columnsPages: number;
  /** Pages dropped as unreadable. */
  unreadablePages: number;
  /** Confidence of each piece, by the piece's box (pieces keep their box through every split). */
  confidence: Map<string, number>;
  /** Mean confidence per character of the words read on the readable pages. */
  meanConfidence: number;
}

/** What else a small bullet is read as (see splitLeadingBullet). */
const BULLET_READINGS = /^[○□◇*°¢©®@oeO0«»>-]$/u;

const boxKey = (page: number, box: Box) => `${page}:${round(box.x)}:${round(box.y)}`;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The pages' words laid out as lines, unreadable pages left out. */
export function layOutOcr(pages: OcrPage[]): OcrLayout {
  const layout: OcrLayout = { lines: [], pages: [], columnsPages: 0, unreadablePages: 0, confidence: new Map(), meanConfidence: 0 };
  const read: OcrWord[] = [];
  for (const page of pages) {
    layout.pages.push({ number: page.number, width: round(page.width), height: round(page.height) });
    if (!isReadable(page)) {
      layout.unreadablePages++;
      continue;
    }
    read.push(...page.lines.flatMap((line) => line.words));
    const glyphs = straightened(page).lines.flatMap((line) => lineGlyphs(line, page, layout.confidence));
    if (!glyphs.length) continue;
    const laid = pageLines(glyphs, page.width, page.number);
    if (laid.columns) layout.columnsPages++;
    layout.lines.push(...laid.lines);
  }
  layout.meanConfidence = meanConfidence(read.filter((word) => /[\p{L}\p{N}]/u.test(word.text)));
  return layout;
}

/**
 * The page's words as if the picture had been taken straight: a photo is often turned a degree or
 * two, and across a page that lifts the end of a row by more than its height, which would split
 * rows in two. Every box is turned back about the page's centre by the rows' median slope.
 */
export function straightened(page: OcrPage): OcrPage {
  const slopes = page.lines
    .filter((line) => line.words.length >= 3 && line.baseline.x1 - line.baseline.x0 > page.width * 0.2)
    .map((line) => (line.baseline.y1 - line.baseline.y0) / (line.baseline.x1 - line.baseline.x0))
    .sort((a, b) => a - b);
  const slope = slopes[Math.floor(slopes.length / 2)] ?? 0;
  // Below a tenth of a degree a row's drift stays within its own height.
  if (Math.abs(slope) < 0.002) return page;
  const angle = -Math.atan(slope);
  const [cos, sin, cx, cy] = [Math.cos(angle), Math.sin(angle), page.width / 2, page.height / 2];
  const turn = (x: number, y: number) => ({ x: cx + (x - cx) * cos - (y - cy) * sin, y: cy + (x - cx) * sin + (y - cy) * cos });
  const turnBox = (box: Box): Box => {
    const centre = turn(box.x + box.width / 2, box.y + box.height / 2);
    return { ...box, x: centre.x - box.width / 2, y: centre.y - box.height / 2 };
  };
  return {
    ...page,
    lines: page.lines.map((line) => {
      const start = turn(line.baseline.x0, line.baseline.y0);
      const end = turn(line.baseline.x1, line.baseline.y1);
      return { ...line, words: line.words.map((word) => ({ ...word, box: turnBox(word.box) })), baseline: { x0: start.x, y0: start.y, x1: end.x, y1: end.y } };
    }),
  };
}

/** Whether a page was read well enough to be worth its text (see MIN_CONFIDENT_WORDS). */
export function isReadable(page: OcrPage): boolean {
  const words = page.lines.flatMap((line) => line.words).filter((word) => /[\p{L}\p{N}]/u.test(word.text));
  const confident = words.filter((word) => word.confidence >= UNCERTAIN_BELOW).length;
  return confident >= MIN_CONFIDENT_WORDS && meanConfidence(words) >= UNREADABLE_MEAN;
}

/** Mean confidence per character (a long word counts more than a stray mark). */
export function meanConfidence(words: Array<{ text: string; confidence: number }>): number {
  let sum = 0;
  let chars = 0;
  for (const word of words) {
    const length = [...word.text].length;
    sum += word.confidence * length;
    chars += length;
  }
  return chars ? sum / chars : 0;
}

/** A row's words as text runs on its baseline, a leading bullet reading marked as the bullet it is. */
function lineGlyphs(line: OcrLine, page: OcrPage, confidence: Map<string, number>): Glyphs[] {
  const { words, bullet } = splitLeadingBullet(joinCjk(line.words.filter((word) => word.text.trim()), line.height), line);
  const { x0, y0, x1, y1 } = line.baseline;
  const slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
  return words.map((word, index) => {
    const isBullet = index === 0 && bullet;
    // Words the recogniser told apart stay apart, however narrow the gap (a trailing space in the
    // raw run says so to the line builder), except Chinese, which is written without spaces.
    const next = words[index + 1];
    const spaced = next && !(CJK_END.test(word.text) && CJK_START.test(next.text));
    const raw = isBullet ? '•' : word.text.trim() + (spaced ? ' ' : '');
    const baseline = y0 + slope * (word.box.x + word.box.width / 2 - x0);
    const glyph: Glyphs = {
      raw,
      text: normaliseLine(raw).trim(),
      x: word.box.x,
      top: Math.min(word.box.y, baseline - line.height * 0.8),
      baseline,
      width: word.box.width,
      height: line.height,
      font: 'ocr',
    };
    confidence.set(boxKey(page.number, { x: glyph.x, y: glyph.top, width: 0, height: 0 }), isBullet ? 100 : word.confidence);
    return glyph;
  });
}

const CJK_START = /^[\p{Script=Han}，。、；：！？（）《》“”]/u;
const CJK_END = /[\p{Script=Han}，。、；：！？（）《》“”]$/u;

/**
 * Chinese characters the recogniser read as words of their own joined into one run: their boxes hug
 * the ink, so the gaps between them look wider than the space a PDF's runs leave, and would read as
 * spaces. The run keeps its least confident character's confidence.
 */
function joinCjk(words: OcrWord[], height: number): OcrWord[] {
  const out: OcrWord[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    const gap = previous ? word.box.x - (previous.box.x + previous.box.width) : Infinity;
    if (previous && gap < height * 0.9 && CJK_END.test(previous.text) && CJK_START.test(word.text)) {
      const right = Math.max(previous.box.x + previous.box.width, word.box.x + word.box.width);
      const top = Math.min(previous.box.y, word.box.y);
      const bottom = Math.max(previous.box.y + previous.box.height, word.box.y + word.box.height);
      out[out.length - 1] = {
        text: previous.text + word.text,
        confidence: Math.min(previous.confidence, word.confidence),
        box: { x: previous.box.x, y: top, width: right - previous.box.x, height: bottom - top },
      };
    } else {
      out.push(word);
    }
  }
  return out;
}

/**
 * A row's words with a leading bullet told apart: the recogniser knows no "•" and reads a round dot
 * as a full stop (which no Chinese line starts with), or, when it is small beside the row's letters,
 * as a small o or e or a degree sign; "。Led" read as one word is split in two, the box divided.
 */
function splitLeadingBullet(words: OcrWord[], line: OcrLine): { words: OcrWord[]; bullet: boolean } {
  const [first, ...rest] = words;
  if (!first) return { words, bullet: false };
  const text = first.text.trim();
  // A full stop alone is a bullet the recogniser set in a row of its own; the line builder joins it to its item.
  if (/^[•·●▪◦■◆►▶➢➤✓✔❖。]$/u.test(text)) return { words, bullet: true };
  if (!rest.length) return { words, bullet: false };
  if (BULLET_READINGS.test(text) && first.box.height < line.height * 0.55) return { words, bullet: true };
  const match = /^([•·●。])(\S+)$/u.exec(text);
  if (!match) return { words, bullet: false };
  const share = first.box.width / [...text].length;
  return {
    words: [
      { ...first, text: match[1]!, box: { ...first.box, width: share } },
      { ...first, text: match[2]!, box: { ...first.box, x: first.box.x + share * 1.5, width: first.box.width - share * 1.5 } },
      ...rest,
    ],
    bullet: true,
  };
}

/**
 * The diagnostics of text read by OCR, once its lines are placed in the document text: that it was
 * read by OCR, with the mean confidence, and the words (and among them the numbers) read with low confidence.
 */
export function ocrDiagnostics(lines: PlacedLine[], layout: OcrLayout, text: string): Diagnostic[] {
  const uncertain: Span[] = [];
  for (const line of lines) {
    for (const piece of line.pieces ?? []) {
      const confidence = layout.confidence.get(boxKey(line.page, piece.box));
      if (confidence === undefined) continue;
      const span = { start: line.start + piece.start, end: line.start + piece.end };
      if (confidence < UNCERTAIN_BELOW && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) uncertain.push(span);
    }
  }
  const numbers = uncertain.filter((span) => /\p{N}/u.test(text.slice(span.start, span.end)));
  const ocrPages = layout.pages.length;
  const diagnostics: Diagnostic[] = [{
    code: 'ocr',
    spans: [],
    data: { confidence: Math.round(layout.meanConfidence), pages: ocrPages, ...(layout.unreadablePages ? { unreadablePages: layout.unreadablePages } : {}) },
  }];
  if (uncertain.length) diagnostics.push({ code: 'ocr-uncertain', spans: uncertain, data: { count: uncertain.length } });
  if (numbers.length) diagnostics.push({ code: 'ocr-uncertain-numbers', spans: numbers, data: { count: numbers.length } });
  return diagnostics;
}

/** An image file (PNG, JPEG) read by OCR into the text and lines every reader hands over. */
export async function readImage(bytes: Uint8Array, ocr: Ocr, signal: AbortSignal): Promise<ReadResult> {
  const layout = layOutOcr(await ocr({ type: 'image', bytes }, signal));
  if (!layout.lines.length) throw new IngestError('empty', messages.unreadableImage);
  const placed = placeLines(layout.lines);
  const diagnostics = ocrDiagnostics(placed.lines, layout, placed.text);
  if (layout.columnsPages) diagnostics.push({ code: 'two-columns', spans: [], data: { columns: 2, pages: layout.columnsPages } });
  return { ...placed, pages: layout.pages, diagnostics };
}
