import type { ResumeDocument, Span } from '../document/schema.ts';
import { Dimension, type Citation, type Finding, type Report, type Severity, type UiLanguage } from '../report/schema.ts';
import { format } from '../i18n/language.ts';
import type { Comment, MentorReview, Verdict } from '../mentor/schema.ts';
import { applyDecisions } from '../mentor/decided.ts';
import { cutAtMarks, overlaps } from '../mentor/segments.ts';
import { labelsFor, names, type Labels } from './labels.ts';

/** What an export prints, worked out once so every format says the same thing. */

export interface Mark {
  kind: 'finding' | 'comment';
  /** What the reader sees next to the words: "3" for finding 3, "C2" for comment 2. */
  tag: string;
  severity: Severity | null;
  dismissed: boolean;
}

export interface Segment {
  span: Span;
  text: string;
  marks: Mark[];
}

export interface ResumeLine {
  number: number;
  page: number;
  span: Span;
  heading: boolean;
  segments: Segment[];
}

export interface FindingView {
  tag: string;
  finding: Finding;
  /** After mentor decisions: a mentor may raise or lower it. */
  severity: Severity;
  severityLabel: string;
  dimensionLabel: string;
  dismissed: boolean;
  /** The finding's severity before a mentor re-graded it, when one did. */
  originalSeverity: Severity | null;
  message: string;
  /** The words concerned, as they stand in the (possibly masked) text. */
  words: string | null;
  lineNumber: number | null;
  page: number | null;
  why: Citation;
  fix: string | null;
  template: string | null;
  /** One sentence per mentor decision: "王老师 同意：…". */
  decisions: string[];
}

/** Findings of one rule at one severity: why and how to fix are said once for all their places. */
export interface FindingGroup {
  severity: Severity;
  severityLabel: string;
  dimensionLabel: string;
  ruleId: string;
  why: Citation;
  fixes: string[];
  items: FindingView[];
}

export interface CommentThread {
  tag: string;
  comment: Comment;
  /** False when the words it was written on are gone or changed: it is printed without a highlight. */
  anchored: boolean;
  lineNumber: number | null;
  replies: Comment[];
}

export interface ExportView {
  lang: UiLanguage;
  labels: Labels;
  report: Report;
  mentor: MentorReview;
  personal: boolean;
  exportedAt: string;
  /** Where the reader is: times print in this zone (UTC when the export was not asked from a browser). */
  timeZone: string;
  roleLine: string;
  bandLabel: string;
  /** "Score: 72 / 100 · Good", or the unread statement when no work experience was read. */
  scoreLine: string;
  dimensions: { dimension: Dimension; label: string; value: number }[];
  topFixes: { finding: FindingView; gain: number }[];
  resume: ResumeLine[];
  findings: FindingView[];
  /** The findings grouped by severity (most severe first) and rule, for reading. */
  groups: FindingGroup[];
  comments: CommentThread[];
  verdicts: Verdict[];
}

const severityOrder: Severity[] = ['error', 'warning', 'suggestion', 'praise'];

function defaultLanguage(doc: ResumeDocument): UiLanguage {
  return doc.language === 'en' ? 'en' : 'zh';
}

/** The document's lines, or its text split at line breaks when the reader recorded none. */
function lineSpans(doc: ResumeDocument): { span: Span; page: number }[] {
  if (doc.lines.length > 0) return doc.lines.map(({ span, page }) => ({ span, page }));
  const lines: { span: Span; page: number }[] = [];
  let start = 0;
  for (const part of doc.text.split('\n')) {
    lines.push({ span: { start, end: start + part.length }, page: 1 });
    start += part.length + 1;
  }
  return lines;
}

function segmentsOf(text: string, line: Span, marked: { span: Span; mark: Mark }[]): Segment[] {
  return cutAtMarks(line, marked).map(({ span, marks }) => ({ span, text: text.slice(span.start, span.end), marks }));
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

function groupFindings(findings: FindingView[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.finding.ruleId}`;
    const group = groups.get(key) ?? {
      severity: f.severity, severityLabel: f.severityLabel, dimensionLabel: f.dimensionLabel, ruleId: f.finding.ruleId,
      why: f.why, fixes: [], items: [],
    };
    group.items.push(f);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, fixes: unique(group.items.map((f) => f.fix)) }))
    .sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity));
}

export function buildView(
  stored: Report,
  mentor: MentorReview,
  options: { lang?: UiLanguage; personal: boolean; exportedAt?: string; timeZone?: string },
): ExportView {
  // The export says what the page says: decisions applied, dismissed findings out of the score and top fixes.
  const { report, outcomes } = applyDecisions(stored, mentor.decisions);
  const outcomeOf = new Map(outcomes.map((o) => [o.findingId, o]));
  const doc = report.document;
  const lang = options.lang ?? defaultLanguage(doc);
  const labels = labelsFor(lang);
  const lines = lineSpans(doc);
  const lineOf = (span: Span | null) => {
    if (!span) return null;
    const index = lines.findIndex((line) => overlaps(line.span, span) || line.span.start === span.start);
    return index === -1 ? null : { number: index + 1, page: lines[index]!.page };
  };

  const ordered = [...report.findings].sort((a, b) => {
    if (!a.span || !b.span) return (a.span ? 1 : 0) - (b.span ? 1 : 0) || severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity);
    return a.span.start - b.span.start || a.span.end - b.span.end;
  });
  const findings: FindingView[] = ordered.map((finding, index) => {
    const outcome = outcomeOf.get(finding.id);
    const at = lineOf(finding.span);
    return {
      tag: String(index + 1),
      finding,
      severity: finding.severity,
      severityLabel: names.severity(finding.severity, lang),
      dimensionLabel: names.dimension(finding.dimension, lang),
      dismissed: !!outcome?.dismissal,
      originalSeverity: outcome?.originalSeverity ?? null,
      message: finding.message[lang],
      words: finding.span ? doc.text.slice(finding.span.start, finding.span.end) : null,
      lineNumber: at?.number ?? null,
      page: at?.page ?? null,
      why: finding.why,
      fix: finding.fix?.advice[lang] ?? null,
      template: finding.fix?.template ?? null,
      decisions: mentor.decisions.filter((d) => d.findingId === finding.id).sort((a, b) => a.at.localeCompare(b.at)).map((d) => names.decision(d, lang)),
    };
  });

  const roots = mentor.comments.filter((c) => c.parentId === null || !mentor.comments.some((p) => p.id === c.parentId));
  const comments: CommentThread[] = roots.map((comment, index) => {
    const anchor = comment.anchor;
    const anchored = !!anchor && !comment.outdated && doc.text.slice(anchor.span.start, anchor.span.end) === anchor.quote;
    return {
      tag: `C${index + 1}`,
      comment,
      anchored,
      lineNumber: anchored ? (lineOf(anchor.span)?.number ?? null) : null,
      replies: mentor.comments.filter((c) => c.parentId === comment.id).sort((a, b) => a.at.localeCompare(b.at)),
    };
  });

  const marked: { span: Span; mark: Mark }[] = [
    ...findings.flatMap((f) =>
      f.finding.span ? [{ span: f.finding.span, mark: { kind: 'finding' as const, tag: f.tag, severity: f.severity, dismissed: f.dismissed } }] : [],
    ),
    ...comments.flatMap((c) =>
      c.anchored && c.comment.anchor ? [{ span: c.comment.anchor.span, mark: { kind: 'comment' as const, tag: c.tag, severity: null, dismissed: false } }] : [],
    ),
  ];
  const headingStarts = new Set(doc.sections.map((s) => s.titleSpan.start));
  const resume = lines.map((line, index) => ({
    number: index + 1,
    page: line.page,
    span: line.span,
    heading: headingStarts.has(line.span.start),
    segments: segmentsOf(doc.text, line.span, marked),
  }));

  const byId = new Map(findings.map((f) => [f.finding.id, f]));
  const { target, inferred } = report.role;
  const roleLine = target
    ? format(labels.targetRole, { role: names.role(target, lang) })
    : inferred ? format(labels.inferredRole, { role: names.role(inferred, lang) }) : labels.noRole;

  return {
    lang,
    labels,
    report,
    mentor,
    personal: options.personal,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    timeZone: options.timeZone ?? 'UTC',
    roleLine,
    bandLabel: names.band(report.score.band, lang),
    // An unread resume says so instead of a score a reader would trust.
    scoreLine: report.score.status === 'unread' ? labels.unread : `${labels.score}: ${Math.round(report.score.overall)} / 100 · ${names.band(report.score.band, lang)}`,
    dimensions: Dimension.options
      .filter((dimension) => report.score.dimensions[dimension] !== undefined)
      .map((dimension) => ({ dimension, label: names.dimension(dimension, lang), value: report.score.dimensions[dimension]! })),
    topFixes: report.score.topFixes.flatMap(({ findingId, gain }) => {
      const finding = byId.get(findingId);
      return finding ? [{ finding, gain }] : [];
    }),
    resume,
    findings,
    groups: groupFindings(findings),
    comments,
    verdicts: mentor.verdicts,
  };
}
