import { describe, expect, it } from 'vitest';
import { Report } from '../report/schema.ts';
import { defineRule } from './rule.ts';
import { review } from './index.ts';
import { buildDocument, workDocument } from './testing.ts';

const lines = ['负责公众号日常推文撰写', '负责社群日常维护', '主导积分体系改版，月活从 12 万提升到 20 万'];

describe('review', () => {
  it('returns a Report valid against the schema', () => {
    expect(() => Report.parse(review(workDocument(lines)))).not.toThrow();
  });
  it('gives the same ids for the same text, and keeps ids when other lines change', () => {
    const first = review(workDocument(lines)).findings;
    const again = review(workDocument(lines)).findings;
    expect(again.map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
    const edited = review(workDocument(['新增的一条：策划春节活动', ...lines])).findings;
    const dutyIds = (fs: typeof first) => fs.filter((f) => f.messageId === 'dutyWording').map((f) => f.id);
    expect(dutyIds(edited)).toEqual(dutyIds(first));
  });
  it('tells identical words apart by occurrence', () => {
    const ids = review(workDocument(lines)).findings.filter((f) => f.messageId === 'dutyWording').map((f) => f.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
  it('reads rule severity and enablement from config', () => {
    const doc = workDocument(['我负责公众号运营']);
    expect(review(doc).findings.some((f) => f.ruleId === 'first-person')).toBe(true);
    expect(review(doc, { config: { rules: { 'first-person': 'off' } } }).findings.some((f) => f.ruleId === 'first-person')).toBe(false);
    const hard = review(doc, { config: { rules: { 'first-person': 'error' } } }).findings.find((f) => f.ruleId === 'first-person');
    expect(hard?.severity).toBe('error');
  });
  it('records the given and the inferred role; a non-operations resume gets a neutral role fit', () => {
    const ops = review(workDocument(lines, { heading: '新媒体运营' }));
    expect(ops.role).toEqual({ target: null, inferred: 'new-media-ops', given: false });
    const given = review(workDocument(lines), { role: 'user-ops' });
    expect(given.role).toEqual({ target: 'user-ops', inferred: null, given: true });
    const engineer = review(buildDocument({ sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Backend Engineer', bullets: ['Cut latency by 40%'] }] }] }));
    expect(engineer.findings.filter((f) => f.ruleId === 'role-fit' || f.ruleId === 'resources')).toEqual([]);
    expect(engineer.score.dimensions.roleFit).toBe(engineer.score.overall);
  });
  it('sets each finding\'s gain and ranks top fixes by it', () => {
    const report = review(workDocument(lines));
    const top = report.score.topFixes;
    expect(top.length).toBeGreaterThan(0);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.gain).toBeGreaterThanOrEqual(top[i]!.gain);
    for (const t of top) expect(report.findings.find((f) => f.id === t.findingId)!.gain).toBe(t.gain);
    expect(report.findings.filter((f) => f.severity === 'praise').every((f) => f.gain === 0)).toBe(true);
  });
  it('fix templates reuse the bullet\'s words and invent no number', () => {
    const finding = review(workDocument(['负责会员日常维护，回复用户咨询'])).findings.find((f) => f.messageId === 'dutyWording')!;
    expect(finding.fix?.template).toBe('负责会员日常维护，通过[方法]，使[指标]从[原值]提升到[新值]');
    const en = review(workDocument(['Responsible for the company blog'])).findings.find((f) => f.messageId === 'dutyWording')!;
    expect(en.fix?.template).toBe('[Led/Ran] the company blog by [method], raising [metric] from [X] to [Y]');
    expect(en.fix?.template).not.toMatch(/\d/);
  });
});

describe('defineRule', () => {
  it('makes a wrong message id a compile error', () => {
    const rule = defineRule({
      meta: {
        id: 'example',
        description: { zh: '示例', en: 'Example' },
        dimension: 'clarity',
        severity: 'suggestion',
        citation: { source: 'common resume practice', quote: 'example quote', gloss: 'public guidance' },
        messages: { known: { zh: '已知', en: 'Known' } },
      },
      check({ report }) {
        report({ messageId: 'known', span: null });
        // @ts-expect-error "unknown" is not one of this rule's messages.
        if (Math.random() > 2) report({ messageId: 'unknown', span: null });
      },
    });
    expect(Object.keys(rule.meta.messages)).toEqual(['known']);
  });
});
