/** One point of the score-per-version chart, in SVG user units. */
export interface ChartPoint { version: number; score: number; x: number; y: number }

export interface ScoreChart { width: number; height: number; points: ChartPoint[]; path: string; baseline: number }

/**
 * Lays out overall scores (0–100) per version as a small line chart: versions spread evenly left
 * to right, score 100 at the top. Pure geometry; the component draws it as inline SVG.
 */
export function scoreChart(scores: Array<{ version: number; score: number }>, size = { width: 240, height: 80, padding: 12 }): ScoreChart {
  const { width, height, padding } = size;
  const inner = { width: width - 2 * padding, height: height - 2 * padding };
  const step = scores.length > 1 ? inner.width / (scores.length - 1) : 0;
  const points = scores.map(({ version, score }, index) => ({
    version,
    score,
    x: Math.round((scores.length > 1 ? padding + index * step : width / 2) * 10) / 10,
    y: Math.round((padding + inner.height * (1 - Math.min(100, Math.max(0, score)) / 100)) * 10) / 10,
  }));
  const path = points.map((p, index) => `${index === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return { width, height, points, path, baseline: height - padding };
}
