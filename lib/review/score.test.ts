import { describe, expect, it } from 'vitest';
import { ALGORITHM_VERSION, bandOf, computeScore, WEIGHTS } from './score.ts';

describe('computeScore', () => {
  it('starts every dimension at 100 and is versioned', () => {
    const { score } = computeScore([], new Set());
    expect(score.overall).toBe(100);
    expect(score.band).toBe('excellent');
    expect(score.algorithmVersion).toBe(ALGORITHM_VERSION);
    expect(Object.values(score.dimensions)).toEqual([100, 100, 100, 100, 100]);
  });
  it('subtracts penalties per dimension and reports each finding\'s gain', () => {
    const { score, gains } = computeScore(
      [
        { id: 'a', dimension: 'highlights', penalty: 40 },
        { id: 'b', dimension: 'clarity', penalty: 10 },
      ],
      new Set(),
    );
    expect(score.dimensions.highlights).toBe(60);
    expect(score.dimensions.clarity).toBe(90);
    expect(score.overall).toBe(Math.round(100 - 40 * WEIGHTS.highlights - 10 * WEIGHTS.clarity));
    expect(gains.get('a')).toBeCloseTo(40 * WEIGHTS.highlights, 1);
    expect(score.topFixes.map((t) => t.findingId)).toEqual(['a', 'b']);
  });
  it('a neutral dimension neither raises nor lowers the overall score', () => {
    const items = [{ id: 'a', dimension: 'highlights' as const, penalty: 50 }];
    const active = computeScore(items, new Set());
    const neutral = computeScore(items, new Set(['roleFit', 'resources']));
    expect(neutral.score.dimensions.roleFit).toBe(neutral.score.overall);
    expect(neutral.score.overall).toBeLessThan(active.score.overall);
  });
  it('clamps at zero, so a penalty past the floor gains nothing', () => {
    const { score, gains } = computeScore(
      [
        { id: 'a', dimension: 'clarity', penalty: 80 },
        { id: 'b', dimension: 'clarity', penalty: 80 },
      ],
      new Set(),
    );
    expect(score.dimensions.clarity).toBe(0);
    expect(gains.get('a')).toBeGreaterThan(0);
  });
  it('bands', () => {
    expect([90, 75, 55, 20].map(bandOf)).toEqual(['excellent', 'good', 'fair', 'weak']);
  });
});
