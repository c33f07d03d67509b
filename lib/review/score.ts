import type { Band, Dimension, Report, Role, Score } from '../report/schema.ts';

/** Bump when any weight, penalty or band changes: a stored score names the algorithm that made it. */
export const ALGORITHM_VERSION = '2026.12-1';

export const WEIGHTS: Readonly<Record<Dimension, number>> = { highlights: 0.35, ownership: 0.2, resources: 0.1, roleFit: 0.15, clarity: 0.2 };

export const BANDS: readonly { band: Band; min: number }[] = [
  { band: 'excellent', min: 85 },
  { band: 'good', min: 70 },
  { band: 'fair', min: 50 },
  { band: 'weak', min: 0 },
];

export interface Penalised {
  id: string;
  dimension: Dimension;
  penalty: number;
}

export interface ScoreInput {
  items: readonly Penalised[];
  /** Dimensions with nothing to judge (no work lines, no role): left out, never scored 100. */
  notAssessed: ReadonlySet<Dimension>;
  /** No work entry or bullet was read: the score says so instead of a number a reader would trust. */
  unread: boolean;
  /**
   * Share of work lines that state a result (0–1), or null without work lines. A resume of duties
   * caps below the top bands whatever else it gets right: results are what the reviewer wants most.
   */
  achievementShare: number | null;
}

const DIMENSIONS = Object.keys(WEIGHTS) as Dimension[];
const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number) => Math.max(0, Math.min(100, x));

export function bandOf(overall: number): Band {
  return BANDS.find((b) => overall >= b.min)!.band;
}

/** The highest overall score a resume with this share of result lines can reach: 60 with none, 100 from one half. */
export function achievementCeiling(share: number | null): number {
  return share === null ? 100 : Math.min(100, 60 + 80 * share);
}

/**
 * Dimension scores start at 100 and lose each finding's penalty; the overall score is the weighted
 * mean of the assessed dimensions, capped by the share of result lines; a finding's gain is how much
 * the overall score rises when that one finding is fixed. One pass over the findings: the gain of a
 * finding only changes its own dimension, so it is computed from that dimension's total.
 */
export function computeScore(input: ScoreInput): { score: Score; gains: Map<string, number> } {
  const active = DIMENSIONS.filter((d) => !input.notAssessed.has(d));
  const weight = active.reduce((sum, d) => sum + WEIGHTS[d], 0);
  const lost = new Map<Dimension, number>(DIMENSIONS.map((d) => [d, 0]));
  for (const item of input.items) lost.set(item.dimension, lost.get(item.dimension)! + item.penalty);
  const scores = new Map(active.map((d) => [d, clamp(100 - lost.get(d)!)]));
  const ceiling = achievementCeiling(input.achievementShare);
  const weighted = (dimension: Dimension | null, value: number) =>
    weight === 0 ? 0 : active.reduce((sum, d) => sum + WEIGHTS[d] * (d === dimension ? value : scores.get(d)!), 0) / weight;
  const overall = Math.min(ceiling, weighted(null, 0));
  const gains = new Map<string, number>();
  for (const item of input.items) {
    if (item.penalty <= 0 || !scores.has(item.dimension)) continue;
    const without = Math.min(ceiling, weighted(item.dimension, clamp(100 - lost.get(item.dimension)! + item.penalty)));
    gains.set(item.id, Math.max(0, round1(without - overall)));
  }
  const topFixes = [...gains]
    .filter(([, gain]) => gain > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([findingId, gain]) => ({ findingId, gain }));
  const overallRounded = Math.round(overall);
  return {
    score: {
      status: input.unread ? 'unread' : 'scored',
      overall: overallRounded,
      band: bandOf(overallRounded),
      algorithmVersion: ALGORITHM_VERSION,
      dimensions: Object.fromEntries(active.map((d) => [d, Math.round(scores.get(d)!)])),
      notAssessed: DIMENSIONS.filter((d) => input.notAssessed.has(d)),
      achievementShare: input.achievementShare,
      topFixes,
    },
    gains,
  };
}

/** Role fit and resources are operations advice: without an operations role they are not weighed. */
export function neutralDimensions(effectiveRole: Role | null): Set<Dimension> {
  return new Set<Dimension>(effectiveRole ? [] : ['roleFit', 'resources']);
}

/** The dimensions a report's score leaves out (reports stored before the score listed them: by role alone). */
export function notAssessedIn(report: Pick<Report, 'score' | 'role'>): Set<Dimension> {
  return report.score.notAssessed ? new Set(report.score.notAssessed) : neutralDimensions(report.role.target ?? report.role.inferred);
}
