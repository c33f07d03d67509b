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
  it('records the given and the inferred role with the words that named it; a non-operations resume has role fit not assessed', () => {
    const doc = workDocument(lines, { heading: '新媒体运营' });
    const ops = review(doc);
    expect(ops.role).toMatchObject({ target: null, inferred: 'new-media-ops', given: false });
    expect(ops.role.evidence!.map((e) => [e.source, doc.text.slice(e.span.start, e.span.end)])).toEqual([['title', '新媒体运营']]);
    const given = review(workDocument(lines), { role: 'user-ops' });
    expect(given.role).toMatchObject({ target: 'user-ops', inferred: null, given: true });
    const engineer = review(buildDocument({ sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Backend Engineer', bullets: ['Cut latency by 40%'] }] }] }));
    expect(engineer.findings.filter((f) => f.ruleId === 'role-fit' || f.ruleId === 'resources')).toEqual([]);
    expect(engineer.score.dimensions.roleFit).toBeUndefined();
    expect(engineer.score.notAssessed).toEqual(['resources', 'roleFit']);
  });
  it('reads the role from the objective, the titles and the work: 社区运营 over group chats is group ops', () => {
    const doc = buildDocument({
      header: ['黄诗涵', '求职意向：社區運營'],
      sections: [{ kind: 'experience', title: '工作經歷', entries: [{ heading: '社區運營專員', bullets: ['負責 30 個微信群的日常維護與群公告發布', '每天在群內發布商品資訊'] }] }],
    });
    expect(review(doc).role.inferred).toBe('group-ops');
    const objective = buildDocument({
      header: ['Morgan Price', 'Objective: a content operations role'],
      sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Coordinator', bullets: ['Wrote articles for the blog'] }] }],
    });
    expect(review(objective).role).toMatchObject({ inferred: 'content-ops', evidence: [{ source: 'objective', text: 'content operations' }] });
  });
  it('says an unread resume is unread instead of scoring what it did not read', () => {
    const empty = review(buildDocument({ header: ['王小明', 'xiaoming@example.com'], sections: [{ kind: 'skills', title: '技能', lines: ['Excel、SQL'] }] }));
    expect(empty.score.status).toBe('unread');
    expect(empty.score.notAssessed).toEqual(expect.arrayContaining(['highlights', 'ownership']));
  });
  it('reviews no heading, title, lead-in label or skills line as a sentence', () => {
    const doc = buildDocument({
      sections: [
        { kind: 'experience', title: '工作经历', entries: [{ heading: '新媒体运营专员', bullets: ['主要职责：', '负责公众号日常推文撰写', '青柠电商 | 用户运营专员 | 2019.03-2021.06', '2020-2021 年间主导会员改版'] }] },
        { kind: 'skills', title: '专业技能', lines: ['熟练使用 PS、PR，吃苦耐劳'] },
      ],
    });
    const criticised = review(doc).findings.filter((f) => f.severity !== 'praise' && f.span).map((f) => doc.text.slice(f.span!.start, f.span!.end));
    expect(criticised.some((t) => /主要职责|专业技能|吃苦耐劳|青柠电商/u.test(t))).toBe(false);
    // A date inside a sentence leaves it a sentence.
    expect(review(doc).findings.some((f) => f.messageId === 'leadShown')).toBe(true);
    expect(criticised).toContain('负责');
  });
  it('reads a bullet cut at a line wrap as one sentence, so no finding lands on half of it', () => {
    const built = workDocument(['Responsible for the weekly newsletter and', 'growing it from 2K to 9K subscribers', 'Answered customer emails']);
    // The wrapped half has no list marker of its own: "- growing" becomes "  growing" (same length, same spans).
    const doc = { ...built, text: built.text.replace('\n- growing', '\n  growing') };
    const problems = review(doc).findings.filter((f) => f.severity !== 'praise' && f.span && ['highlights', 'task-list'].includes(f.ruleId));
    expect(problems.map((f) => `${f.messageId}: ${doc.text.slice(f.span!.start, f.span!.end)}`)).toEqual(['noResult: Answered customer emails']);
  });
  it('gives one criticism per span: 负责 is a duty once, not also a repeated opener', () => {
    const doc = workDocument(['负责公众号推文撰写', '负责社群日常维护', '负责活动执行', '负责用户答疑']);
    const spans = review(doc).findings.filter((f) => f.severity !== 'praise' && f.span).map((f) => `${f.span!.start}-${f.span!.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });
  it('cites the 操盘 sentence for 操盘, and each role its own goal sentence', () => {
    const doc = workDocument(['操盘公司抖音账号的日常发布', '协助主管策划线上活动']);
    const caopan = review(doc).findings.find((f) => f.messageId === 'caopanWithoutLead')!;
    expect(caopan.why.quote).toContain('操盘');
    const user = review(workDocument(lines), { role: 'user-ops' }).findings.find((f) => f.ruleId === 'role-fit')!;
    const content = review(workDocument(lines), { role: 'content-ops' }).findings.find((f) => f.ruleId === 'role-fit')!;
    expect(user.why.quote).not.toBe(content.why.quote);
    expect(user.why.quote).not.toContain('社区运营');
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
    expect(en.fix?.template).toBe('The company blog by [method], raising [metric] from [X] to [Y]');
    expect(en.fix?.template).not.toMatch(/\d/);
    // No template nudges a lead claim the line does not make.
    const daily = review(workDocument(['日常公众号推文撰写'])).findings.find((f) => f.fix?.template)!;
    expect(daily.fix!.template).not.toMatch(/主导|\[Led/u);
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
