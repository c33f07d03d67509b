import type { Span } from '../document/schema.ts';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Cuts `line` at every edge of the marked spans that reach into it; each piece lists the marks
 * covering it, in their given order. The mentor page and the exports draw resume lines this way.
 */
export function cutAtMarks<M>(line: Span, marked: Array<{ span: Span; mark: M }>): Array<{ span: Span; marks: M[] }> {
  const inside = marked.filter(({ span }) => overlaps(span, line));
  const cuts = new Set([line.start, line.end]);
  for (const { span } of inside) {
    cuts.add(Math.max(span.start, line.start));
    cuts.add(Math.min(span.end, line.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(1).map((end, index) => {
    const span = { start: points[index]!, end };
    return { span, marks: inside.filter((m) => overlaps(m.span, span)).map((m) => m.mark) };
  });
}
