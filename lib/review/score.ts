import type { Band, Dimension, Score } from '../report/schema.ts';

/** Bump when any weight, penalty or band changes: a stored score names the algorithm that made it. */
export const ALGORITHM_VERSION = '2026.11-1';

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

const DIMENSIONS = Object.keys(WEIGHTS) as Dimension[];
const round1 = (x: number) => Math.round(x * 10) / 10;

function dimensionScores(items: readonly Penalised[], neutral: ReadonlySet<Dimension>, skip: string | null): Record<Dimension, number> {
  const lost = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const item of items) if (item.id !== skip) lost[item.dimension] += item.penalty;
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.max(0, Math.min(100, 100 - lost[d]))])) as Record<Dimension, number>;
  // A neutral dimension (no role to fit, no reason to ask for resources) takes the weighted mean of
  // the others, so it neither raises nor lowers the overall score.
  const active = DIMENSIONS.filter((d) => !neutral.has(d));
  const mean = overallOf(scores, active);
  for (const d of neutral) scores[d] = mean;
  return scores;
}

function overallOf(scores: Record<Dimension, number>, active: readonly Dimension[]): number {
  const weight = active.reduce((sum, d) => sum + WEIGHTS[d], 0);
  return weight === 0 ? 100 : active.reduce((sum, d) => sum + WEIGHTS[d] * scores[d], 0) / weight;
}

export function bandOf(overall: number): Band {
  return BANDS.find((b) => overall >= b.min)!.band;
}

/**
 * Dimension scores start at 100 and lose each finding's penalty; the overall score is their weighted
 * mean; a finding's gain is how much the overall score rises when that one finding is fixed.
 */
export function computeScore(items: readonly Penalised[], neutral: ReadonlySet<Dimension>): { score: Score; gains: Map<string, number> } {
  const active = DIMENSIONS.filter((d) => !neutral.has(d));
  const scores = dimensionScores(items, neutral, null);
  const overall = overallOf(scores, active);
  const gains = new Map<string, number>();
  for (const item of items) {
    if (item.penalty <= 0) continue;
    const without = overallOf(dimensionScores(items, neutral, item.id), active);
    gains.set(item.id, Math.max(0, round1(without - overall)));
  }
  const topFixes = [...gains]
    .filter(([, gain]) => gain > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([findingId, gain]) => ({ findingId, gain }));
  const rounded = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.round(scores[d])])) as Record<Dimension, number>;
  const overallRounded = Math.round(overall);
  return { score: { overall: overallRounded, band: bandOf(overallRounded), algorithmVersion: ALGORITHM_VERSION, dimensions: rounded, topFixes }, gains };
}
