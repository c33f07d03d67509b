import type { Box } from '../document/schema.ts';

/**
 * One line of a resume as a reader sees it, with whatever layout facts the source gives. The PDF,
 * DOCX and text readers all produce these; `structure.ts` reads sections, entries and bullets
 * from them without knowing the source.
 */
export interface LayoutLine {
  /** Normalised text of the line, without leading indentation. */
  text: string;
  page: number;
  /** Left edge: x in points for PDF, leading spaces for text, list depth for DOCX. */
  indent: number;
  /** Right edge in points (PDF only): tells a wrapped line from a line that ends a paragraph. */
  right?: number;
  /** Right edge of the text column the line sits in (PDF only): where a wrapped line ends. */
  columnRight?: number;
  box?: Box;
  /** Rectangles of the line's pieces, with offsets relative to `text`. */
  pieces?: Array<{ start: number; end: number; box: Box }>;
  /** Offsets (relative to `text`) where a wide gap separates fields, e.g. a title and its dates. */
  breaks?: number[];
  /** Font identity and size; lines that share a style share a role (section titles, entry headings). */
  style?: string;
  fontSize?: number;
  /** The source marks this line as a list item (a glyph that normalisation removed, a DOCX list). */
  listItem?: boolean;
  /** The source marks this line as a heading, with its level (Markdown #, ##; DOCX Heading 1, 2). */
  heading?: number;
  /** Set in bold throughout (DOCX run weight, Markdown `**…**`): with a short line, a heading signal. */
  bold?: boolean;
  /** Shown in capitals by formatting (DOCX caps or small caps) while the text keeps the case it was typed in. */
  caps?: boolean;
  /** Set on a background fill (DOCX paragraph, run or table-cell shading): with a short line, a heading signal. */
  shaded?: boolean;
  /** A rule runs above or below the line (DOCX paragraph border, a Markdown setext underline). */
  ruled?: boolean;
  /**
   * A short field set apart at the right edge on the same baseline as other text (dates, a place,
   * a duration): it belongs to the entry heading, never to a bullet's text.
   */
  aside?: boolean;
  /** Blank space before the line: blank lines in text, line heights in PDF. */
  gapBefore?: number;
}

/** Splits a positioned line at `cut` (an offset into its text) into two lines, pieces and boxes divided. */
export function splitLine(line: LayoutLine, cut: number): [LayoutLine, LayoutLine] {
  const head = line.text.slice(0, cut).trimEnd();
  const tailStart = cut + (line.text.slice(cut).length - line.text.slice(cut).trimStart().length);
  const part = (text: string, from: number, to: number): LayoutLine => {
    const pieces = (line.pieces ?? []).filter((piece) => piece.start >= from && piece.end <= to).map((piece) => ({ ...piece, start: piece.start - from, end: piece.end - from }));
    const box = pieces.length ? unionBox(pieces.map((piece) => piece.box)) : line.box;
    return {
      ...line,
      text,
      pieces,
      ...(box ? { box, indent: box.x, right: box.x + box.width } : {}),
      breaks: (line.breaks ?? []).filter((offset) => offset > from && offset < to).map((offset) => offset - from),
    };
  };
  return [part(head, 0, cut), { ...part(line.text.slice(tailStart), tailStart, line.text.length), listItem: false, gapBefore: 0 }];
}

export function unionBox(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** A LayoutLine placed in the document text: `text` is `documentText.slice(start, end)`. */
export interface PlacedLine extends LayoutLine {
  start: number;
  end: number;
}

/** Joins lines into the document text (one "\n" between lines) and places each line in it. */
export function placeLines(lines: LayoutLine[]): { text: string; lines: PlacedLine[] } {
  const placed: PlacedLine[] = [];
  let offset = 0;
  for (const line of lines) {
    placed.push({ ...line, start: offset, end: offset + line.text.length });
    offset += line.text.length + 1;
  }
  return { text: lines.map((line) => line.text).join('\n'), lines: placed };
}
