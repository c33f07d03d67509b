import { wordBoxes } from '../document/boxes.ts';
import type { Box } from '../document/schema.ts';
import type { Report } from './schema.ts';

/** One finding's rectangle on one page of the original. */
export interface Placement { findingId: string; page: number; box: Box }

/**
 * Where every finding sits on the original pages, or null when the document has no positions (not a
 * PDF or a photo read by OCR, or no text boxes). Worked out on the server, so the browser needs no per-piece positions.
 */
export function placeFindings(report: Report): Placement[] | null {
  const { document } = report;
  const positioned = (document.source.type === 'pdf' || document.source.type === 'image') && document.pages.length > 0 && document.lines.some((line) => line.box || line.pieces?.length);
  if (!positioned) return null;
  return report.findings.flatMap((finding) =>
    finding.span ? wordBoxes(document, finding.span).map((place) => ({ findingId: finding.id, ...place })) : []);
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
