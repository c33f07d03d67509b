import { describe, expect, it } from 'vitest';
import { execAll } from './regex.ts';

const all = (pattern: RegExp, text: string, most?: number) => execAll(pattern, text, most).map((m) => [m.index, m[0]]);

describe('execAll', () => {
  it('finds what matchAll finds, empty matches included', () => {
    for (const [pattern, text] of [[/\d+/gu, 'a1 b22 c333'], [/x*/gu, 'a😀x'], [/(?<=增长)\d+%/gu, '增长35%，又增长12%']] as const) {
      expect(all(pattern, text)).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
    }
  });

  it('stops after `most` matches and leaves the pattern ready for the next caller', () => {
    const pattern = /\d/g;
    expect(all(pattern, '1 2 3', 2)).toEqual([[0, '1'], [2, '2']]);
    expect(pattern.lastIndex).toBe(0);
    expect(all(pattern, '4')).toEqual([[0, '4']]);
  });
});
