import { describe, expect, it } from 'vitest';
import { Report, type Finding } from '../report/schema.ts';
import { reanchor } from './anchor.ts';
import { scoreChart } from './chart.ts';
import { diffFindings, findingLineage } from './diff.ts';
import { applyDecisions } from './decided.ts';
import { cutAtMarks } from './segments.ts';
import { computeScore } from '../review/score.ts';
import type { Comment, Decision } from './schema.ts';
import { commentsOnVersion, decisionsOnLatest } from './view.ts';

function at(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

function finding(id: string, ruleId: string, text: string, words: string | null): Finding {
  return {
    id, ruleId, messageId: 'm', severity: 'warning', dimension: 'highlights',
    span: words === null ? null : at(text, words), message: { zh: '提示', en: 'hint' },
    why: { source: 'RULEBOOK.md', quote: 'q' }, gain: 2,
  };
}

function report(text: string, findings: Finding[], overall = 60): Report {
  return Report.parse({
    schemaVersion: 1,
    role: { target: null, inferred: null, given: false },
    document: {
      version: 1, source: { type: 'text', bytes: text.length }, text, language: 'zh', pages: [{ number: 1, width: 595, height: 842 }],
      lines: [], contact: { emails: [], phones: [], urls: [] }, sections: [], diagnostics: [],
    },
    findings,
    score: { overall, band: 'fair', algorithmVersion: 't', dimensions: { highlights: 50, ownership: 50, resources: 50, roleFit: 50, clarity: 50 }, topFixes: [] },
  });
}

describe('reanchor', () => {
  const old = '负责社群运营，每天发布内容。\n负责活动策划。\n负责社群运营，拉新 3 万人。';

  it('follows words that moved', () => {
    const quote = '负责活动策划';
    const next = '个人简介：运营三年。\n' + old;
    const moved = reanchor({ span: at(old, quote), quote }, old, next);
    expect(moved).toEqual({ outdated: false, span: at(next, quote) });
  });

  it('picks the occurrence whose surrounding words match when the quote repeats', () => {
    const quote = '负责社群运营';
    const second = at(old, quote, 5);
    const next = old.replace('每天发布内容', '每周发布 5 篇内容');
    const moved = reanchor({ span: second, quote }, old, next);
    expect(moved).toEqual({ outdated: false, span: at(next, quote, 5) });
    const first = reanchor({ span: at(old, quote), quote }, old, next);
    expect(first).toEqual({ outdated: false, span: at(next, quote) });
  });

  it('tolerates re-wrapped lines', () => {
    const text = 'Led the spring campaign for\nnew users across three cities';
    const quote = 'spring campaign for\nnew users';
    const next = 'Led the spring campaign for new users across three cities';
    const moved = reanchor({ span: at(text, quote), quote }, text, next);
    expect(moved.outdated).toBe(false);
    if (!moved.outdated) expect(next.slice(moved.span.start, moved.span.end)).toBe('spring campaign for new users');
  });

  it('reports outdated when the words are gone', () => {
    const quote = '每天发布内容';
    expect(reanchor({ span: at(old, quote), quote }, old, old.replace(quote, '每周推送'))).toEqual({ outdated: true });
  });
});

describe('diffFindings and findingLineage', () => {
  const v1 = '负责社群运营。\n负责活动策划。';
  const v2 = '主导社群运营，拉新 3 万。\n负责活动策划。';
  const r1 = report(v1, [finding('a1', 'task-list', v1, '负责社群运营'), finding('b1', 'task-list', v1, '负责活动策划'), finding('c1', 'no-data', v1, null)]);
  const r2 = report(v2, [finding('b2', 'task-list', v2, '负责活动策划'), finding('c1', 'no-data', v2, null), finding('d2', 'vague-verb', v2, '主导')]);

  it('pairs by id, then by rule and words; the rest is resolved or new', () => {
    const diff = diffFindings(r1, r2);
    expect(diff.resolved.map((f) => f.id)).toEqual(['a1']);
    expect(diff.added.map((f) => f.id)).toEqual(['d2']);
    expect(diff.unchanged.map((p) => [p.before.id, p.after.id]).sort()).toEqual([['b1', 'b2'], ['c1', 'c1']]);
  });

  it('traces each latest finding back through every version', () => {
    const v3 = '主导社群运营，拉新 3 万。\n负责活动策划，到场 500 人。';
    const r3 = report(v3, [finding('b3', 'task-list', v3, '负责活动策划'), finding('d2', 'vague-verb', v3, '主导')]);
    const lineage = findingLineage([r1, r2, r3]);
    expect([...lineage.get('b3')!].sort()).toEqual(['b1', 'b2', 'b3']);
    expect([...lineage.get('d2')!]).toEqual(['d2']);
  });

  it('carries the latest decision of each mentor to the current finding', () => {
    const mentor = { role: 'mentor' as const, name: 'Wang' };
    const decisions: Decision[] = [
      { findingId: 'b1', version: 1, author: mentor, action: 'agree', at: '2026-01-01T00:00:00Z' },
      { findingId: 'b1', version: 1, author: mentor, action: 'dismiss', reason: 'fine for a junior', at: '2026-01-02T00:00:00Z' },
      { findingId: 'a1', version: 1, author: mentor, action: 'agree', at: '2026-01-01T00:00:00Z' },
    ];
    expect(decisionsOnLatest(decisions, [{ version: 1, report: r1 }, { version: 2, report: r2 }])).toEqual([
      { findingId: 'b2', version: 1, author: mentor, action: 'dismiss', reason: 'fine for a junior', at: '2026-01-02T00:00:00Z' },
    ]);
  });
});

describe('commentsOnVersion', () => {
  const v1 = 'Managed the community.\nPlanned events.';
  const v2 = 'Grew the community to 30k members.\nPlanned events for 500 guests.';
  const versions = [{ version: 1, report: report(v1, []) }, { version: 2, report: report(v2, []) }];
  const base = { parentId: null, author: { role: 'mentor' as const, name: 'Li' }, resolved: false, outdated: false, at: '2026-01-01T00:00:00Z' };
  const kept: Comment = { ...base, id: 'k', body: 'numbers?', anchor: { version: 1, span: at(v1, 'Planned events'), quote: 'Planned events' } };
  const gone: Comment = { ...base, id: 'g', body: 'weak verb', anchor: { version: 1, span: at(v1, 'Managed'), quote: 'Managed' } };
  const reply: Comment = { ...base, id: 'r', parentId: 'g', body: 'fixed', anchor: null, author: { role: 'owner', name: 'candidate' } };

  it('moves comments whose words remain and marks the others outdated with their old text', () => {
    const [k, g, r] = commentsOnVersion([kept, gone, reply], versions, 2);
    expect(k).toMatchObject({ outdated: false, anchor: { version: 2, span: at(v2, 'Planned events'), quote: 'Planned events' } });
    expect(g).toMatchObject({ outdated: true, anchor: { version: 1, quote: 'Managed' } });
    expect(r).toMatchObject({ outdated: false, anchor: null });
  });
});

describe('scoreChart', () => {
  it('puts higher scores higher and versions left to right', () => {
    const chart = scoreChart([{ version: 1, score: 40 }, { version: 2, score: 70 }, { version: 3, score: 100 }]);
    const [a, b, c] = chart.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(a!.y).toBeGreaterThan(b!.y);
    expect(c!.y).toBe(12);
    expect(chart.path).toMatch(/^M[\d.]+ [\d.]+ L/);
  });
});

describe('cutAtMarks', () => {
  it('cuts a line at the edges of the marks inside it, each piece naming its marks', () => {
    const line = { start: 10, end: 20 };
    const pieces = cutAtMarks(line, [
      { span: { start: 5, end: 12 }, mark: 'a' },
      { span: { start: 11, end: 15 }, mark: 'b' },
      { span: { start: 20, end: 25 }, mark: 'after' },
    ]);
    expect(pieces).toEqual([
      { span: { start: 10, end: 11 }, marks: ['a'] },
      { span: { start: 11, end: 12 }, marks: ['a', 'b'] },
      { span: { start: 12, end: 15 }, marks: ['b'] },
      { span: { start: 15, end: 20 }, marks: [] },
    ]);
    expect(cutAtMarks({ start: 3, end: 3 }, [{ span: { start: 0, end: 9 }, mark: 'x' }])).toEqual([]);
  });
});

describe('applyDecisions', () => {
  const text = '负责活动策划\n每天发布内容\n我很努力';
  const penalised = [
    { ...finding('a', 'highlights', text, '负责活动策划'), penalty: 20 },
    { ...finding('b', 'task-list', text, '每天发布内容'), penalty: 12 },
    { ...finding('c', 'filler', text, '我很努力'), dimension: 'clarity' as const, penalty: 10 },
  ];
  const scored = (findings: Finding[]) => {
    const { score, gains } = computeScore({
      items: findings.map((f) => ({ id: f.id, dimension: f.dimension, penalty: f.penalty! })),
      notAssessed: new Set(['roleFit', 'resources']),
      unread: false,
      achievementShare: null,
    });
    return { ...report(text, findings.map((f) => ({ ...f, gain: gains.get(f.id) ?? 0 }))), score };
  };
  const base = scored(penalised);
  const mentor = (name: string) => ({ role: 'mentor' as const, name });
  const decision = (findingId: string, rest: Partial<Decision>, at: string): Decision =>
    ({ findingId, version: 1, author: mentor('Wang'), action: 'agree', at, ...rest });

  it('takes a dismissed finding out of the score and the top fixes, and keeps it listed', () => {
    const { report: decided, outcomes } = applyDecisions(base, [decision('a', { action: 'dismiss', reason: '岗位不需要' }, '2026-01-01T00:00:00Z')]);
    // Both scores are rounded to whole points, the gain to a tenth.
    expect(Math.abs(decided.score.overall - (base.score.overall + base.findings[0]!.gain))).toBeLessThanOrEqual(1);
    expect(decided.score.overall).toBeGreaterThan(base.score.overall);
    expect(decided.score.topFixes.map((f) => f.findingId)).not.toContain('a');
    expect(decided.findings.find((f) => f.id === 'a')!.gain).toBe(0);
    expect(decided.findings).toHaveLength(3);
    expect(outcomes).toEqual([{ findingId: 'a', originalSeverity: null, dismissal: { by: 'Wang', reason: '岗位不需要', at: '2026-01-01T00:00:00Z' } }]);
  });

  it('moves a re-graded finding to its new severity; praise costs nothing; a later agree restores a dismissal', () => {
    const { report: decided, outcomes } = applyDecisions(base, [
      decision('b', { action: 'severity', severity: 'praise' }, '2026-01-01T00:00:00Z'),
      decision('c', { action: 'dismiss', reason: 'x', author: mentor('Li') }, '2026-01-01T00:00:00Z'),
      decision('c', { action: 'agree' }, '2026-01-02T00:00:00Z'),
    ]);
    expect(decided.findings.find((f) => f.id === 'b')!.severity).toBe('praise');
    expect(outcomes).toEqual([{ findingId: 'b', originalSeverity: 'warning', dismissal: null }]);
    expect(decided.score.overall).toBeGreaterThan(base.score.overall);
    expect(decided.score.dimensions.clarity).toBe(base.score.dimensions.clarity);
  });

  it('leaves a report nobody changed exactly as stored, and estimates penalties of older reports from their gains', () => {
    expect(applyDecisions(base, [decision('a', {}, '2026-01-01T00:00:00Z')]).report).toBe(base);
    const legacy = { ...base, findings: base.findings.map(({ penalty: _, ...f }) => f) };
    const dismissed = [decision('c', { action: 'dismiss', reason: 'x' }, '2026-01-01T00:00:00Z')];
    expect(applyDecisions(legacy, dismissed).report.score.overall).toBe(applyDecisions(base, dismissed).report.score.overall);
  });
});
