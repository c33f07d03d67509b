import type { Line, Span } from '../../../lib/document/schema.ts';
import type { Finding, Severity } from '../../../lib/report/schema.ts';

/** Most severe first: a highlight covered by several findings takes the colour of the worst. */
export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'suggestion', 'praise'];

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.gain - a.gain;
}

/** A run of a line's text and the findings and mentor comments (by id) that cover all of it. */
export interface Segment { start: number; end: number; findings: Finding[]; comments: string[] }

/** A mentor comment's words, as the report marks them. */
export interface CommentSpan { id: string; span: Span }

function overlaps(span: Span, start: number, end: number): boolean {
  return span.start < end && span.end > start;
}

/** Cuts a line into runs at every finding and comment boundary inside it, so overlapping ones each stay visible. */
export function lineSegments(line: Span, findings: Finding[], comments: CommentSpan[] = []): Segment[] {
  const inLine = findings.filter((f) => f.span && f.span.end > f.span.start && overlaps(f.span, line.start, line.end));
  const commentsInLine = comments.filter((c) => c.span.end > c.span.start && overlaps(c.span, line.start, line.end));
  const cuts = new Set([line.start, line.end]);
  for (const span of [...inLine.map((f) => f.span!), ...commentsInLine.map((c) => c.span)]) {
    cuts.add(Math.max(line.start, span.start));
    cuts.add(Math.min(line.end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inLine.filter((f) => overlaps(f.span!, start, end)).sort(bySeverity);
    const commented = commentsInLine.filter((c) => overlaps(c.span, start, end)).map((c) => c.id);
    const previous = segments.at(-1);
    if (previous && sameFindings(previous.findings, covering) && previous.comments.join() === commented.join()) previous.end = end;
    else segments.push({ start, end, findings: covering, comments: commented });
  }
  return segments;
}

function sameFindings(a: Finding[], b: Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.id === b[i]!.id);
}

/** Findings that point at no words of any line: they concern the resume as a whole. */
export function isWholeResume(finding: Finding, lines: Line[]): boolean {
  const span = finding.span;
  return !span || span.end <= span.start || !lines.some((line) => overlaps(span, line.span.start, line.span.end));
}

/** The index of the first line a finding's words are on, or -1. */
export function lineOf(finding: Finding, lines: Line[]): number {
  const span = finding.span;
  if (!span) return -1;
  return lines.findIndex((line) => overlaps(span, line.span.start, line.span.end));
}
