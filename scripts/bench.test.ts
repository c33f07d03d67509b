import { describe, expect, it } from 'vitest';
import { median, quantile } from './bench.ts';

describe('bench statistics', () => {
  it('median and nearest-rank quantiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(quantile([5], 0.95)).toBe(5);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
