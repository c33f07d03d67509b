import { describe, expect, it } from 'vitest';
import type { Line } from '../../../lib/document/schema.ts';
import type { Finding, Report } from '../../../lib/report/schema.ts';
import { findingBoxes, isWholeResume, lineOf, lineSegments, placeFindings, reportForBrowser, withoutPositions } from './highlights.ts';

function finding(id: string, severity: Finding['severity'], span: Finding['span']): Finding {
  return {
    id, ruleId: `r/${id}`, messageId: 'm', severity, dimension: 'highlights', span,
    message: { zh: id, en: id }, why: { source: 's', quote: 'q' }, gain: 0,
  };
}

describe('lineSegments', () => {
  it('leaves a line without findings whole', () => {
    expect(lineSegments({ start: 0, end: 10 }, [])).toEqual([{ start: 0, end: 10, findings: [] }]);
  });

  it('splits overlapping findings and puts the most severe first', () => {
    const praise = finding('p', 'praise', { start: 2, end: 8 });
    const error = finding('e', 'error', { start: 5, end: 12 });
    const segments = lineSegments({ start: 0, end: 10 }, [praise, error]);
    expect(segments.map((s) => [s.start, s.end, s.findings.map((f) => f.id)])).toEqual([
      [0, 2, []], [2, 5, ['p']], [5, 8, ['e', 'p']], [8, 10, ['e']],
    ]);
  });

  it('ignores findings on other lines and empty spans', () => {
    const other = finding('o', 'warning', { start: 20, end: 25 });
    const empty = finding('z', 'warning', { start: 3, end: 3 });
    expect(lineSegments({ start: 0, end: 10 }, [other, empty])).toHaveLength(1);
  });
});

const lines: Line[] = [
  { span: { start: 0, end: 10 }, page: 1, language: 'en', box: { x: 10, y: 20, width: 100, height: 12 },
    pieces: [{ span: { start: 0, end: 4 }, box: { x: 10, y: 20, width: 40, height: 12 } }, { span: { start: 5, end: 10 }, box: { x: 60, y: 20, width: 50, height: 12 } }] },
  { span: { start: 11, end: 20 }, page: 2, language: 'en', box: { x: 10, y: 40, width: 90, height: 12 } },
];

describe('findingBoxes', () => {
  it('cuts pieces in proportion to the characters covered', () => {
    expect(findingBoxes({ start: 2, end: 7 }, lines)).toEqual([{ page: 1, box: { x: 30, y: 20, width: 50, height: 12 } }]);
  });

  it('uses the line box when there are no pieces, one box per line', () => {
    const boxes = findingBoxes({ start: 8, end: 20 }, lines);
    expect(boxes.map((b) => b.page)).toEqual([1, 2]);
    expect(boxes[1]!.box).toEqual({ x: 10, y: 40, width: 90, height: 12 });
  });
});

describe('whole-resume findings', () => {
  it('are those without words on any line', () => {
    expect(isWholeResume(finding('a', 'warning', null), lines)).toBe(true);
    expect(isWholeResume(finding('b', 'warning', { start: 10, end: 11 }), lines)).toBe(true);
    expect(isWholeResume(finding('c', 'warning', { start: 12, end: 14 }), lines)).toBe(false);
    expect(lineOf(finding('c', 'warning', { start: 12, end: 14 }), lines)).toBe(1);
  });
});

describe('placements and the browser\'s report', () => {
  const reportOn = (type: 'pdf' | 'text', findings: Finding[]) => ({
    findings,
    document: { source: { type, bytes: 1 }, text: 'x'.repeat(20), pages: [{ number: 1, width: 600, height: 800 }, { number: 2, width: 600, height: 800 }], lines },
  }) as unknown as Report;

  it('place each finding on its pages once, from the pieces', () => {
    const report = reportOn('pdf', [finding('a', 'warning', { start: 2, end: 7 }), finding('b', 'praise', { start: 8, end: 20 }), finding('c', 'warning', null)]);
    expect(placeFindings(report)).toEqual([
      { findingId: 'a', page: 1, box: { x: 30, y: 20, width: 50, height: 12 } },
      { findingId: 'b', ...findingBoxes({ start: 8, end: 20 }, lines)[0]! },
      { findingId: 'b', ...findingBoxes({ start: 8, end: 20 }, lines)[1]! },
    ]);
  });

  it('place nothing where there are no pages to draw on', () => {
    expect(placeFindings(reportOn('text', [finding('a', 'warning', { start: 2, end: 7 })]))).toBeNull();
  });

  it('send lines without their positions, and leave the stored report as it was', () => {
    const report = reportOn('pdf', []);
    const light = withoutPositions(report);
    expect(light.document.lines).toEqual([{ span: { start: 0, end: 10 }, page: 1, language: 'en' }, { span: { start: 11, end: 20 }, page: 2, language: 'en' }]);
    expect(light.document.text).toBe(report.document.text);
    expect(report.document.lines[0]!.pieces).toHaveLength(2);
  });

  it('let findings with equal messages and advice share one object', () => {
    const light = withoutPositions(reportOn('pdf', [finding('a', 'warning', null), finding('a', 'praise', null), finding('b', 'warning', null)]));
    const [first, second, third] = light.findings;
    expect(second!.message).toBe(first!.message);
    expect(second!.why).toBe(first!.why);
    expect(third!.message).not.toBe(first!.message);
    expect(third!.message).toEqual({ zh: 'b', en: 'b' });
  });

  it('work the browser\'s report out once for a stored (frozen) report', () => {
    const stored = Object.freeze(reportOn('pdf', [finding('a', 'warning', { start: 2, end: 7 })]));
    expect(reportForBrowser(stored)).toBe(reportForBrowser(stored));
    const fresh = reportOn('pdf', []);
    expect(reportForBrowser(fresh)).not.toBe(reportForBrowser(fresh));
  });
});
