import { WEIGHTS, computeScore, notAssessedIn } from '../review/score.ts';
import { Severity, type Finding, type Report } from '../report/schema.ts';
import type { Decision, FindingOutcome } from './schema.ts';


/** The latest word of the mentors on one finding: its severity (null when never re-graded) and any standing dismissal. */
function latestWord(ordered: readonly Decision[], findingId: string) {
  let severity: Severity | null = null;
  let dismissal: FindingOutcome['dismissal'] = null;
  for (const d of ordered) {
    if (d.findingId !== findingId) continue;
    if (d.action === 'severity' && d.severity) severity = d.severity;
    if (d.action === 'agree') dismissal = null;
    if (d.action === 'dismiss') dismissal = { by: d.author.name, reason: d.reason ?? '', at: d.at };
  }
  return { severity, dismissal };
}

/**
 * Where several mentors decide on one finding the latest word counts: a later "agree" brings a
 * dismissed finding back, and the latest re-grade sets its severity. Findings nobody changed are left out.
 */
function decide(decisions: readonly Decision[], findings: readonly Finding[]): Array<FindingOutcome & { severity: Severity }> {
  const ordered = [...decisions].sort((a, b) => a.at.localeCompare(b.at));
  return findings.flatMap((finding) => {
    const { severity, dismissal } = latestWord(ordered, finding.id);
    const regraded = severity !== null && severity !== finding.severity;
    if (!regraded && !dismissal) return [];
    return [{ findingId: finding.id, originalSeverity: regraded ? finding.severity : null, dismissal, severity: regraded ? severity : finding.severity }];
  });
}

/**
 * A finding's penalty; for reports stored before penalties were kept, the penalty its gain implies
 * (the gain is the overall rise without it: penalty × the dimension's share of the weights).
 */
function penaltyOf(finding: Finding, report: Report): number {
  if (finding.penalty !== undefined) return finding.penalty;
  const neutral = notAssessedIn(report);
  const active = (Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>).filter((d) => !neutral.has(d));
  if (neutral.has(finding.dimension)) return 0;
  const share = WEIGHTS[finding.dimension] / active.reduce((sum, d) => sum + WEIGHTS[d], 0);
  return finding.gain / share;
}

/**
 * The report as the mentors' decisions leave it: re-graded findings take their new severity,
 * dismissed ones (and ones re-graded to praise) stop costing points, and the score, gains and top
 * fixes are worked out again by the review's own score function. Dismissed findings stay in the
 * list, so the page can show them struck through with the reason.
 */
export function applyDecisions(report: Report, decisions: readonly Decision[]): { report: Report; outcomes: FindingOutcome[] } {
  const decided = decide(decisions, report.findings);
  const outcomes = decided.map(({ severity: _, ...outcome }) => outcome);
  if (decided.length === 0) return { report, outcomes };
  const byId = new Map(decided.map((o) => [o.findingId, o]));
  const counted = report.findings.map((finding) => {
    const outcome = byId.get(finding.id);
    const severity = outcome?.severity ?? finding.severity;
    const free = outcome?.dismissal || severity === 'praise';
    return { finding: { ...finding, severity }, penalty: free ? 0 : penaltyOf(finding, report) };
  });
  // Scored again with the review's own inputs: the same dimensions left out, the same cap from result lines.
  const { score, gains } = computeScore({
    items: counted.map(({ finding, penalty }) => ({ id: finding.id, dimension: finding.dimension, penalty })),
    notAssessed: notAssessedIn(report),
    unread: report.score.status === 'unread',
    achievementShare: report.score.achievementShare ?? null,
  });
  const findings = counted.map(({ finding }) => ({ ...finding, gain: gains.get(finding.id) ?? 0 }));
  return { report: { ...report, findings, score: { ...score, algorithmVersion: report.score.algorithmVersion } }, outcomes };
}
