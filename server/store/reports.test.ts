import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/report/schema.ts';
import { ReportCache, reportJson } from './reports.ts';

/** Only the document text counts towards the budget. */
const reportOf = (text: string) => ({ document: { text }, findings: [{ id: 'f1' }] }) as unknown as Report;

describe('ReportCache', () => {
  it('keeps reports by review and version, frozen', () => {
    const cache = new ReportCache(100);
    const report = reportOf('abc');
    cache.set('r1', 1, report);
    expect(cache.get('r1', 1)).toBe(report);
    expect(cache.get('r1', 2)).toBeUndefined();
    expect(Object.isFrozen(report.findings[0])).toBe(true);
  });

  it('drops the least recently used reports beyond its budget of characters', () => {
    const cache = new ReportCache(25);
    cache.set('a', 1, reportOf('x'.repeat(9)));
    cache.set('b', 1, reportOf('x'.repeat(9)));
    cache.get('a', 1);
    cache.set('c', 1, reportOf('x'.repeat(9)));
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
    cache.set('huge', 1, reportOf('x'.repeat(30)));
    expect(cache.get('huge', 1)).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('forgets every version of one review only', () => {
    const cache = new ReportCache(100);
    cache.set('r1', 1, reportOf('a'));
    cache.set('r1', 2, reportOf('b'));
    cache.set('r10', 1, reportOf('c'));
    cache.forget('r1');
    expect([cache.get('r1', 1), cache.get('r1', 2)]).toEqual([undefined, undefined]);
    expect(cache.get('r10', 1)).toBeDefined();
  });
});

describe('reportJson', () => {
  it('gives a report\'s JSON, and never remembers it for a report that can still change', () => {
    const cache = new ReportCache(100);
    const stored = reportOf('abc');
    cache.set('r1', 1, stored);
    expect(JSON.parse(reportJson(stored))).toEqual({ document: { text: 'abc' }, findings: [{ id: 'f1' }] });
    const mutable = reportOf('abc');
    reportJson(mutable);
    mutable.document.text = 'changed';
    expect(JSON.parse(reportJson(mutable)).document.text).toBe('changed');
  });
});
