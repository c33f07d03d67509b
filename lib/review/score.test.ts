import { describe, expect, it } from 'vitest';
import { achievementCeiling, ALGORITHM_VERSION, bandOf, computeScore, WEIGHTS, type ScoreInput } from './score.ts';

const input = (over: Partial<ScoreInput>): ScoreInput => ({ items: [], notAssessed: new Set(), unread: false, achievementShare: 1, ...over });

describe('computeScore', () => {
  it('starts every assessed dimension at 100 and is versioned', () => {
    const { score } = computeScore(input({}));
    expect(score.overall).toBe(100);
    expect(score.band).toBe('excellent');
    expect(score.status).toBe('scored');
    expect(score.algorithmVersion).toBe(ALGORITHM_VERSION);
    expect(Object.values(score.dimensions)).toEqual([100, 100, 100, 100, 100]);
  });
  it("subtracts penalties per dimension and reports each finding's gain", () => {
    const { score, gains } = computeScore(
      input({
        items: [
          { id: 'a', dimension: 'highlights', penalty: 40 },
          { id: 'b', dimension: 'clarity', penalty: 10 },
        ],
      }),
    );
    expect(score.dimensions.highlights).toBe(60);
    expect(score.dimensions.clarity).toBe(90);
    expect(score.overall).toBe(Math.round(100 - 40 * WEIGHTS.highlights - 10 * WEIGHTS.clarity));
    expect(gains.get('a')).toBeCloseTo(40 * WEIGHTS.highlights, 1);
    expect(score.topFixes.map((t) => t.findingId)).toEqual(['a', 'b']);
  });
  it('gives each finding the gain of removing it alone, as recomputing without it would', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, dimension: (['highlights', 'ownership', 'clarity'] as const)[i % 3]!, penalty: 3 + (i % 5) }));
    const whole = computeScore(input({ items }));
    for (const item of items.slice(0, 6)) {
      const without = computeScore(input({ items: items.filter((other) => other !== item) }));
      const exact = Math.round(((without.score.overall - whole.score.overall) * 10)) / 10;
      expect(Math.abs(whole.gains.get(item.id)! - exact)).toBeLessThanOrEqual(1);
    }
  });
  it('leaves a dimension with nothing to judge out: not assessed, never 100', () => {
    const { score } = computeScore(input({ items: [{ id: 'a', dimension: 'highlights', penalty: 50 }], notAssessed: new Set(['roleFit', 'resources']) }));
    expect(score.dimensions.roleFit).toBeUndefined();
    expect(score.notAssessed).toEqual(['resources', 'roleFit']);
    const weight = WEIGHTS.highlights + WEIGHTS.ownership + WEIGHTS.clarity;
    expect(score.overall).toBe(Math.round(100 - (50 * WEIGHTS.highlights) / weight));
  });
  it('says when the experience could not be read', () => {
    expect(computeScore(input({ unread: true, achievementShare: null, notAssessed: new Set(['highlights', 'ownership']) })).score.status).toBe('unread');
  });
  it('keeps a plain duty list out of the top bands, and ranks results above it', () => {
    const duties = computeScore(input({ achievementShare: 0 })).score;
    expect(duties.band).not.toBe('excellent');
    expect(duties.band).not.toBe('good');
    expect(computeScore(input({ achievementShare: 0.5 })).score.overall).toBeGreaterThan(duties.overall);
    expect(achievementCeiling(null)).toBe(100);
  });
  it('clamps at zero, so a penalty past the floor gains nothing', () => {
    const { score, gains } = computeScore(
      input({
        items: [
          { id: 'a', dimension: 'clarity', penalty: 80 },
          { id: 'b', dimension: 'clarity', penalty: 80 },
        ],
      }),
    );
    expect(score.dimensions.clarity).toBe(0);
    expect(gains.get('a')).toBeGreaterThan(0);
  });
  it('bands', () => {
    expect([90, 75, 55, 20].map(bandOf)).toEqual(['excellent', 'good', 'fair', 'weak']);
  });
});
