import type { Box, Line, Span } from '../../../lib/document/schema.ts';
import type { Finding, Report, Severity } from '../../../lib/report/schema.ts';

/** Most severe first: a highlight covered by several findings takes the colour of the worst. */
export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'suggestion', 'praise'];

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.gain - a.gain;
}

/** A run of a line's text and the findings that cover all of it (none for plain text). */
export interface Segment { start: number; end: number; findings: Finding[] }

function overlaps(span: Span, start: number, end: number): boolean {
  return span.start < end && span.end > start;
}

/** Cuts a line into runs at every finding boundary inside it, so overlapping findings each stay visible. */
export function lineSegments(line: Span, findings: Finding[]): Segment[] {
  const inLine = findings.filter((f) => f.span && f.span.end > f.span.start && overlaps(f.span, line.start, line.end));
  const cuts = new Set([line.start, line.end]);
  for (const f of inLine) {
    cuts.add(Math.max(line.start, f.span!.start));
    cuts.add(Math.min(line.end, f.span!.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inLine.filter((f) => overlaps(f.span!, start, end)).sort(bySeverity);
    const previous = segments.at(-1);
    if (previous && sameFindings(previous.findings, covering)) previous.end = end;
    else segments.push({ start, end, findings: covering });
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

/**
 * Rectangles (PDF points, top-left origin) covering a finding's words, one per line it touches.
 * Where a piece is only partly covered, its box is cut in proportion to the characters covered.
 */
export function findingBoxes(span: Span, lines: Line[]): { page: number; box: Box }[] {
  const result: { page: number; box: Box }[] = [];
  for (const line of lines) {
    if (!overlaps(span, line.span.start, line.span.end)) continue;
    const pieces = line.pieces?.length ? line.pieces : line.box ? [{ span: line.span, box: line.box }] : [];
    const parts = pieces.filter((piece) => overlaps(span, piece.span.start, piece.span.end)).map((piece) => {
      const length = Math.max(1, piece.span.end - piece.span.start);
      const from = (Math.max(span.start, piece.span.start) - piece.span.start) / length;
      const to = (Math.min(span.end, piece.span.end) - piece.span.start) / length;
      return { x: piece.box.x + piece.box.width * from, y: piece.box.y, width: piece.box.width * (to - from), height: piece.box.height };
    });
    if (parts.length === 0) continue;
    const left = Math.min(...parts.map((p) => p.x));
    const top = Math.min(...parts.map((p) => p.y));
    const right = Math.max(...parts.map((p) => p.x + p.width));
    const bottom = Math.max(...parts.map((p) => p.y + p.height));
    result.push({ page: line.page, box: { x: left, y: top, width: right - left, height: bottom - top } });
  }
  return result;
}

/** One finding's rectangle on one page of the original. */
export interface Placement { findingId: string; page: number; box: Box }

/**
 * Where every finding sits on the original pages, or null when the document has no positions (not a
 * PDF, or no text boxes). Worked out on the server, so the browser needs no per-piece positions.
 */
export function placeFindings(report: Report): Placement[] | null {
  const { document } = report;
  const positioned = document.source.type === 'pdf' && document.pages.length > 0 && document.lines.some((line) => line.box || line.pieces?.length);
  if (!positioned) return null;
  return report.findings.flatMap((finding) =>
    finding.span ? findingBoxes(finding.span, document.lines).map((place) => ({ findingId: finding.id, ...place })) : []);
}

/**
 * The report as a browser needs it once placeFindings has run: lines without their boxes and their
 * pieces' boxes (half of a PDF report's size), and findings sharing one object for each distinct
 * message, advice and fix, which the page's payload then carries once.
 */
export function withoutPositions(report: Report): Report {
  const lines = report.document.lines.map(({ span, page, language }) => ({ span, page, language }));
  const shared = new Map<string, unknown>();
  const once = <T>(value: T): T => {
    if (value === undefined) return value;
    const key = JSON.stringify(value);
    if (!shared.has(key)) shared.set(key, value);
    return shared.get(key) as T;
  };
  const findings = report.findings.map((finding) => ({ ...finding, message: once(finding.message), why: once(finding.why), fix: once(finding.fix) }));
  return { ...report, findings, document: { ...report.document, lines } };
}

export interface ReportForBrowser { report: Report; placements: Placement[] | null }

const forBrowser = new WeakMap<Report, ReportForBrowser>();

/** withoutPositions and placeFindings, worked out once for a stored report (stored reports never change). */
export function reportForBrowser(report: Report): ReportForBrowser {
  const known = forBrowser.get(report);
  if (known) return known;
  const view = { report: withoutPositions(report), placements: placeFindings(report) };
  if (Object.isFrozen(report)) forBrowser.set(report, view);
  return view;
}
