import { z } from 'zod';
import type { ResumeDocument } from '../document/schema.ts';
import { Role, type Finding, type Report } from '../report/schema.ts';
import { lineIndexAt } from '../review/analysis.ts';
import { letterStream } from '../text/normalise.ts';
import { prf, type Prf } from './bullets.ts';

/** The resume-level problems an expert raises (docs/review-truth.md). */
export const Problem = z.enum([
  'task-list', 'only-participation', 'no-lead', 'no-highlights', 'caopan-misused', 'role-mislabelled',
  'resources-missing', 'resources-vague', 'resources-not-top-tier',
]);
export type Problem = z.infer<typeof Problem>;

export const LineKind = z.enum(['heading', 'entry-heading', 'bullet', 'other']);
export type LineKind = z.infer<typeof LineKind>;

/** Whole-resume truth: every line's kind, work bullets' labels, the problems, the role and a quality band. */
export const ReviewTruth = z.object({
  /** The resume file, relative to the truth file. */
  resume: z.string().min(1),
  language: z.enum(['zh', 'en']),
  role: Role.nullable(),
  band: z.enum(['weak', 'medium', 'strong']),
  problems: z.array(Problem),
  lines: z.array(
    z.object({
      text: z.string().min(1),
      kind: LineKind,
      label: z.enum(['achievement', 'duty']).optional(),
      ownership: z.enum(['lead', 'participant', 'unknown']).optional(),
    }),
  ),
});
export type ReviewTruth = z.infer<typeof ReviewTruth>;
type TruthLine = ReviewTruth['lines'][number];

/** Line-level criticisms that say "this line is a duty, not a result": right only on a duty bullet. */
const DUTY_MESSAGES: ReadonlySet<string> = new Set(['highlights/noResult', 'task-list/dutyWording']);

/** Findings that raise a resume- or entry-level problem: right only where the truth lists it. */
const PROBLEM_MESSAGES: Readonly<Record<string, Problem>> = {
  'task-list/taskList': 'task-list',
  'project-ownership/participantOnly': 'only-participation',
  'project-ownership/noLeadAnywhere': 'no-lead',
  'highlights/noHighlights': 'no-highlights',
  'project-ownership/caopanWithoutLead': 'caopan-misused',
  'role-fit/communityMislabelled': 'role-mislabelled',
  'role-fit/roleMislabelled': 'role-mislabelled',
  'resources/noResources': 'resources-missing',
  'resources/vagueResources': 'resources-vague',
  'resources/resourceNoScale': 'resources-vague',
  'resources/notTopTier': 'resources-not-top-tier',
};

/** Rules that judge the writing of a line: none of their findings belongs on a heading. */
const WRITING_RULES: ReadonlySet<string> = new Set(['highlights', 'task-list', 'project-ownership', 'filler', 'first-person', 'repeated-opener', 'long-bullet']);
/** Entry-level findings sit on the entry's heading line by design. */
const ENTRY_MESSAGES: ReadonlySet<string> = new Set(['task-list/taskList', 'highlights/fewHighlights', 'project-ownership/missingParts', 'role-fit/communityMislabelled', 'role-fit/roleMislabelled']);

export interface Judged {
  key: string;
  right: boolean;
}

export interface CaseResult {
  name: string;
  /** Truth lines the document has no line for (a parser miss or a truth typo). */
  unmatched: string[];
  judged: Judged[];
  duty: { total: number; flagged: number };
  achievement: { total: number; clean: number };
  problems: { truth: Problem[]; raised: Problem[] };
  role: { truth: Role | null; inferred: Role | null };
  band: ReviewTruth['band'];
  /** null when the review said the experience could not be read. */
  score: number | null;
}

export interface Ratio {
  value: number;
  hits: number;
  total: number;
}

export interface ReviewScores {
  criticismPrecision: Ratio;
  dutyFlagged: Ratio;
  achievementsClean: Ratio;
  problemsRaised: Ratio;
  roleAgreement: Ratio;
  scoreOrder: Ratio;
  /** Per rule message: precision over judged findings; recall where the truth allows (duty lines, problems). */
  rules: { key: string; precision: number; judged: number; recall: number | null; support: number | null }[];
  cases: CaseResult[];
}

const ratio = (hits: number, total: number): Ratio => ({ value: total === 0 ? 0 : hits / total, hits, total });
const keyOf = (f: Finding) => `${f.ruleId}/${f.messageId}`;

/** Each truth line's document line index, matched in order by letter stream (list markers dropped). */
function matchLines(doc: ResumeDocument, truth: ReviewTruth): { byDocLine: Map<number, TruthLine>; unmatched: string[] } {
  const docStreams = doc.lines.map((l) => letterStream(doc.text.slice(l.span.start, l.span.end).replace(/^\s*[-•·*▪●]\s*/u, '')));
  const byDocLine = new Map<number, TruthLine>();
  const unmatched: string[] = [];
  let cursor = 0;
  for (const line of truth.lines) {
    const stream = letterStream(line.text);
    let at = docStreams.indexOf(stream, cursor);
    if (at === -1) at = docStreams.indexOf(stream);
    if (at === -1 || byDocLine.has(at)) {
      unmatched.push(line.text);
      continue;
    }
    byDocLine.set(at, line);
    cursor = at + 1;
  }
  return { byDocLine, unmatched };
}

/** Judges one review against its truth. */
export function judgeReview(name: string, truth: ReviewTruth, report: Report): CaseResult {
  const doc = report.document;
  const { byDocLine, unmatched } = matchLines(doc, truth);
  const problems = report.findings.filter((f) => f.severity !== 'praise');
  const lineOf = (f: Finding) => (f.span ? byDocLine.get(lineIndexAt(doc, f.span.start)) : undefined);
  const judged: Judged[] = [];
  const raised = new Set<Problem>();
  const dutyFlaggedLines = new Set<TruthLine>();
  for (const f of problems) {
    const key = keyOf(f);
    const line = lineOf(f);
    const problem = PROBLEM_MESSAGES[key];
    if (problem) {
      raised.add(problem);
      judged.push({ key, right: truth.problems.includes(problem) });
    } else if (DUTY_MESSAGES.has(key)) {
      if (line?.label === 'duty') dutyFlaggedLines.add(line);
      if (line) judged.push({ key, right: line.kind === 'bullet' && line.label === 'duty' });
    } else if (WRITING_RULES.has(f.ruleId) && !ENTRY_MESSAGES.has(key) && line && (line.kind === 'heading' || line.kind === 'entry-heading')) {
      judged.push({ key, right: false });
    }
  }
  const bullets = [...byDocLine.values()].filter((l) => l.kind === 'bullet');
  const duties = bullets.filter((l) => l.label === 'duty');
  const achievements = bullets.filter((l) => l.label === 'achievement');
  const criticised = new Set(problems.filter((f) => DUTY_MESSAGES.has(keyOf(f))).map(lineOf));
  const score = report.score.status === 'unread' ? null : report.score.overall;
  return {
    name,
    unmatched,
    judged,
    duty: { total: duties.length, flagged: duties.filter((l) => dutyFlaggedLines.has(l)).length },
    achievement: { total: achievements.length, clean: achievements.filter((l) => !criticised.has(l)).length },
    problems: { truth: truth.problems, raised: [...raised] },
    role: { truth: truth.role, inferred: report.role.inferred },
    band: truth.band,
    score,
  };
}

const BAND_RANK = { weak: 0, medium: 1, strong: 2 } as const;

/** Pairs of resumes in different bands whose scores are in the same order (a tie counts half, an unread resume nothing). */
function scoreOrder(cases: readonly CaseResult[]): Ratio {
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < cases.length; i++)
    for (let j = i + 1; j < cases.length; j++) {
      const [a, b] = [cases[i]!, cases[j]!];
      if (a.band === b.band) continue;
      pairs++;
      if (a.score === null || b.score === null) continue;
      const [low, high] = BAND_RANK[a.band] < BAND_RANK[b.band] ? [a, b] : [b, a];
      if (low.score! < high.score!) concordant++;
      else if (low.score === high.score) concordant += 0.5;
    }
  return ratio(concordant, pairs);
}

/** The six whole-resume measures of issue #11, with per-message precision and recall. */
export function scoreReviews(cases: readonly CaseResult[]): ReviewScores {
  const judged = cases.flatMap((c) => c.judged);
  const sum = (f: (c: CaseResult) => number) => cases.reduce((total, c) => total + f(c), 0);
  const keys = [...new Set(judged.map((j) => j.key))].sort();
  const rules = keys.map((key) => {
    const mine = judged.filter((j) => j.key === key);
    const problem = PROBLEM_MESSAGES[key];
    // A message's recall: of the resumes with its problem, those where this message raised it.
    const recall: Prf | null = problem ? prf(cases.map((c) => c.problems.truth.includes(problem)), cases.map((c) => c.judged.some((j) => j.key === key))) : null;
    return {
      key,
      precision: mine.filter((j) => j.right).length / mine.length,
      judged: mine.length,
      recall: recall ? recall.recall : null,
      support: recall ? recall.support : null,
    };
  });
  return {
    criticismPrecision: ratio(judged.filter((j) => j.right).length, judged.length),
    dutyFlagged: ratio(sum((c) => c.duty.flagged), sum((c) => c.duty.total)),
    achievementsClean: ratio(sum((c) => c.achievement.clean), sum((c) => c.achievement.total)),
    problemsRaised: ratio(sum((c) => c.problems.truth.filter((p) => c.problems.raised.includes(p)).length), sum((c) => c.problems.truth.length)),
    roleAgreement: ratio(cases.filter((c) => c.role.inferred === c.role.truth).length, cases.length),
    scoreOrder: scoreOrder(cases),
    rules,
    cases: [...cases],
  };
}
