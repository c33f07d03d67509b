import { describe, expect, it } from 'vitest';
import { twoPageLines } from '../../../lib/document/lines.fixture.ts';
import type { Finding } from '../../../lib/report/schema.ts';
import { isWholeResume, lineOf, lineSegments } from './highlights.ts';

function finding(id: string, severity: Finding['severity'], span: Finding['span']): Finding {
  return {
    id, ruleId: `r/${id}`, messageId: 'm', severity, dimension: 'highlights', span,
    message: { zh: id, en: id }, why: { source: 's', quote: 'q' }, gain: 0,
  };
}

describe('lineSegments', () => {
  it('leaves a line without findings whole', () => {
    expect(lineSegments({ start: 0, end: 10 }, [])).toEqual([{ start: 0, end: 10, findings: [], comments: [] }]);
  });

  it('splits overlapping findings and puts the most severe first', () => {
    const praise = finding('p', 'praise', { start: 2, end: 8 });
    const error = finding('e', 'error', { start: 5, end: 12 });
    const segments = lineSegments({ start: 0, end: 10 }, [praise, error]);
    expect(segments.map((s) => [s.start, s.end, s.findings.map((f) => f.id)])).toEqual([
      [0, 2, []], [2, 5, ['p']], [5, 8, ['e', 'p']], [8, 10, ['e']],
    ]);
  });

  it('cuts at mentor comments too, naming them on the runs they cover', () => {
    const error = finding('e', 'error', { start: 0, end: 6 });
    const segments = lineSegments({ start: 0, end: 10 }, [error], [{ id: 'c1', span: { start: 4, end: 9 } }]);
    expect(segments.map((s) => [s.start, s.end, s.findings.map((f) => f.id), s.comments])).toEqual([
      [0, 4, ['e'], []], [4, 6, ['e'], ['c1']], [6, 9, [], ['c1']], [9, 10, [], []],
    ]);
  });

  it('ignores findings on other lines and empty spans', () => {
    const other = finding('o', 'warning', { start: 20, end: 25 });
    const empty = finding('z', 'warning', { start: 3, end: 3 });
    expect(lineSegments({ start: 0, end: 10 }, [other, empty])).toHaveLength(1);
  });
});

describe('whole-resume findings', () => {
  it('are those without words on any line', () => {
    expect(isWholeResume(finding('a', 'warning', null), twoPageLines)).toBe(true);
    expect(isWholeResume(finding('b', 'warning', { start: 10, end: 11 }), twoPageLines)).toBe(true);
    expect(isWholeResume(finding('c', 'warning', { start: 12, end: 14 }), twoPageLines)).toBe(false);
    expect(lineOf(finding('c', 'warning', { start: 12, end: 14 }), twoPageLines)).toBe(1);
  });
});
