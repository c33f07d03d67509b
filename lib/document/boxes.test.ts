import { describe, expect, it } from 'vitest';
import { wordBoxes } from './boxes.ts';
import { twoPageLines } from './lines.fixture.ts';

describe('wordBoxes', () => {
  it('cuts pieces in proportion to the characters covered', () => {
    expect(wordBoxes({ lines: twoPageLines }, { start: 2, end: 7 })).toEqual([{ page: 1, box: { x: 30, y: 20, width: 50, height: 12 } }]);
  });

  it('uses the line box when there are no pieces, one box per line', () => {
    const boxes = wordBoxes({ lines: twoPageLines }, { start: 8, end: 20 });
    expect(boxes.map((b) => b.page)).toEqual([1, 2]);
    expect(boxes[1]!.box).toEqual({ x: 10, y: 40, width: 90, height: 12 });
  });
});
