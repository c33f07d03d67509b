import { describe, expect, it } from 'vitest';
import { wordBoxes } from '../document/boxes.ts';
import { twoPageLines } from '../document/lines.fixture.ts';
import { placeFindings, reportForBrowser, withoutPositions } from './browser.ts';
import type { Finding, Report } from './schema.ts';

function finding(id: string, severity: Finding['severity'], span: Finding['span']): Finding {
  return {
    id, ruleId: `r/${id}`, messageId: 'm', severity, dimension: 'highlights', span,
    message: { zh: id, en: id }, why: { source: 's', quote: 'q' }, gain: 0,
  };
}

describe('placements and the browser\'s report', () => {
  const reportOn = (type: 'pdf' | 'text', findings: Finding[]) => ({
    findings,
    document: { source: { type, bytes: 1 }, text: 'x'.repeat(20), pages: [{ number: 1, width: 600, height: 800 }, { number: 2, width: 600, height: 800 }], lines: twoPageLines },
  }) as unknown as Report;

  it('place each finding on its pages once, from the pieces', () => {
    const report = reportOn('pdf', [finding('a', 'warning', { start: 2, end: 7 }), finding('b', 'praise', { start: 8, end: 20 }), finding('c', 'warning', null)]);
    expect(placeFindings(report)).toEqual([
      { findingId: 'a', page: 1, box: { x: 30, y: 20, width: 50, height: 12 } },
      { findingId: 'b', ...wordBoxes({ lines: twoPageLines }, { start: 8, end: 20 })[0]! },
      { findingId: 'b', ...wordBoxes({ lines: twoPageLines }, { start: 8, end: 20 })[1]! },
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
