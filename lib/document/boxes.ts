import { overlaps } from '../mentor/segments.ts';
import type { Box, ResumeDocument, Span } from './schema.ts';

/**
 * Rectangles (PDF points, top-left origin) covering `span`'s words, one per line they sit on, from
 * the line's pieces (or the line's own box where it has no pieces). Within a piece, words are placed
 * in proportion to their characters: exact for CJK, close for Latin.
 */
export function wordBoxes(doc: Pick<ResumeDocument, 'lines'>, span: Span): { page: number; box: Box }[] {
  const out: { page: number; box: Box }[] = [];
  for (const line of doc.lines) {
    if (!overlaps(line.span, span)) continue;
    const pieces = line.pieces?.length ? line.pieces : line.box ? [{ span: line.span, box: line.box }] : [];
    let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
    for (const piece of pieces) {
      if (!overlaps(piece.span, span)) continue;
      const length = Math.max(1, piece.span.end - piece.span.start);
      const from = (Math.max(span.start, piece.span.start) - piece.span.start) / length;
      const to = (Math.min(span.end, piece.span.end) - piece.span.start) / length;
      left = Math.min(left, piece.box.x + piece.box.width * from);
      right = Math.max(right, piece.box.x + piece.box.width * to);
      top = Math.min(top, piece.box.y);
      bottom = Math.max(bottom, piece.box.y + piece.box.height);
    }
    if (left < right) out.push({ page: line.page, box: { x: left, y: top, width: right - left, height: bottom - top } });
  }
  return out;
}
