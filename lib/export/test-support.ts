import type { ResumeDocument, Span } from '../document/schema.ts';
import { Report, type Dimension, type Severity } from '../report/schema.ts';
import { MentorReview } from '../mentor/schema.ts';

/**
 * Test data for the exporters: a report and mentor review on a real parsed resume, with findings
 * placed on words found in its text (the review engine's findings take their place once it exists).
 */

interface Planned {
  words: string | null;
  ruleId: string;
  severity: Severity;
  dimension: Dimension;
  zh: string;
  en: string;
  fix?: { zh: string; en: string; template?: string };
}

const plans: Record<'zh' | 'en', { findings: Planned[]; commentOn: string; outdatedQuote: string }> = {
  zh: {
    findings: [
      { words: '负责社区日常内容运营，每天发布话题和活动公告', ruleId: 'task-list', severity: 'warning', dimension: 'highlights',
        zh: '只罗列了工作内容，没有写出结果', en: 'Lists duties without results',
        fix: { zh: '写出你做成了什么、数据如何变化', en: 'Say what you achieved and how the numbers moved', template: '通过……，使……提升 X%' } },
      { words: '从 12 万提升到 20 万', ruleId: 'quantified-result', severity: 'praise', dimension: 'highlights',
        zh: '用数据写出了结果，这是亮点', en: 'A result backed by numbers: a highlight' },
      { words: '操盘双十一直播带货专场', ruleId: 'ownership-claim', severity: 'error', dimension: 'ownership',
        zh: '“操盘”与“协助”矛盾：只在你负责全局时才写操盘', en: '"Ran the show" contradicts "assisted": claim it only if you were in charge',
        fix: { zh: '改为如实描述你的角色', en: 'Describe your actual role' } },
      { words: '积累了丰富的行业资源，人脉广泛', ruleId: 'vague-resources', severity: 'warning', dimension: 'resources',
        zh: '资源描述空泛，说出具体是谁、多少', en: 'Vague resources: name who and how many' },
      { words: '138 0013 8000', ruleId: 'phone-format', severity: 'suggestion', dimension: 'clarity',
        zh: '电话号码建议写成连续 11 位', en: 'Write the phone number as 11 digits' },
      { words: null, ruleId: 'role-fit', severity: 'suggestion', dimension: 'roleFit',
        zh: '目标岗位的关键词出现较少', en: 'Few keywords of the target role' },
    ],
    commentOn: '签约 45 位核心创作者',
    outdatedQuote: '旧版本里的一句话',
  },
  en: {
    findings: [
      { words: 'Responsible for daily moderation of the forum and Discord server', ruleId: 'task-list', severity: 'warning', dimension: 'highlights',
        zh: '只罗列了工作内容，没有写出结果', en: 'Lists duties without results',
        fix: { zh: '写出你做成了什么、数据如何变化', en: 'Say what you achieved and how the numbers moved', template: 'Did X, which raised Y by Z%' } },
      { words: 'growing monthly active members from 8,000 to 21,000', ruleId: 'quantified-result', severity: 'praise', dimension: 'highlights',
        zh: '用数据写出了结果，这是亮点', en: 'A result backed by numbers: a highlight' },
      { words: 'Spearheaded the livestream series', ruleId: 'ownership-claim', severity: 'error', dimension: 'ownership',
        zh: '“主导”与“协助”矛盾', en: '"Spearheaded" contradicts "supporting": claim it only if you led it',
        fix: { zh: '改为如实描述你的角色', en: 'Describe your actual role' } },
      { words: 'Extensive industry network and strong connections', ruleId: 'vague-resources', severity: 'warning', dimension: 'resources',
        zh: '资源描述空泛', en: 'Vague resources: name who and how many' },
      { words: '+1 415 555 0134', ruleId: 'phone-format', severity: 'suggestion', dimension: 'clarity',
        zh: '电话号码格式', en: 'Use one phone number format' },
      { words: null, ruleId: 'role-fit', severity: 'suggestion', dimension: 'roleFit',
        zh: '目标岗位的关键词出现较少', en: 'Few keywords of the target role' },
    ],
    commentOn: '300 ambassadors recruited',
    outdatedQuote: 'a line from an earlier version',
  },
};

/** Where `words` stand in the text, allowing for a line the reader broke in two (a PDF's wrapped line). */
function spanOf(doc: ResumeDocument, words: string): Span {
  const pattern = new RegExp([...words.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
  const match = pattern.exec(doc.text);
  if (!match) throw new Error(`test data: "${words}" is not in the resume`);
  return { start: match.index, end: match.index + match[0].length };
}

export function sampleReview(doc: ResumeDocument, lang: 'zh' | 'en'): { report: Report; mentor: MentorReview } {
  const plan = plans[lang];
  const findings = plan.findings.map((p, index) => {
    const span = p.words === null ? null : spanOf(doc, p.words);
    return {
      id: `f${index + 1}-${p.ruleId}`, ruleId: p.ruleId, messageId: 'main', severity: p.severity, dimension: p.dimension,
      span, actual: span ? doc.text.slice(span.start, span.end) : undefined,
      message: { zh: p.zh, en: p.en },
      why: { source: 'common-practice', quote: lang === 'zh' ? '用结果和数据说话' : 'Show results, not duties' },
      fix: p.fix ? { advice: { zh: p.fix.zh, en: p.fix.en }, template: p.fix.template } : undefined,
      gain: p.severity === 'praise' ? 0 : 3,
    };
  });
  const report = Report.parse({
    schemaVersion: 1,
    role: { target: 'community-ops', inferred: 'community-ops', given: true },
    document: doc,
    findings,
    score: {
      overall: 68, band: 'fair', algorithmVersion: 'test',
      dimensions: { highlights: 72, ownership: 55, resources: 48, roleFit: 70, clarity: 85 },
      topFixes: [{ findingId: findings[2]!.id, gain: 6 }, { findingId: findings[0]!.id, gain: 4 }],
    },
  });
  const mentorName = lang === 'zh' ? '王老师' : 'Ms Wang';
  const owner = { role: 'owner' as const, name: lang === 'zh' ? '候选人' : 'Candidate' };
  const mentorAuthor = { role: 'mentor' as const, name: mentorName };
  const commentSpan = spanOf(doc, plan.commentOn);
  const mentor = MentorReview.parse({
    decisions: [
      { findingId: findings[0]!.id, author: mentorAuthor, action: 'agree', at: '2026-11-20T10:00:00Z' },
      { findingId: findings[2]!.id, author: mentorAuthor, action: 'severity', severity: 'warning', reason: lang === 'zh' ? '先核实角色' : 'check the role first', at: '2026-11-20T10:01:00Z' },
      { findingId: findings[3]!.id, author: mentorAuthor, action: 'dismiss', reason: lang === 'zh' ? '下一行已有具体资源' : 'the next line names them', at: '2026-11-20T10:02:00Z' },
    ],
    comments: [
      { id: 'c1', parentId: null, author: mentorAuthor, body: lang === 'zh' ? '写出这些创作者带来的流量。' : 'Say what traffic they brought.',
        anchor: { version: 1, span: commentSpan, quote: doc.text.slice(commentSpan.start, commentSpan.end) }, outdated: false, resolved: false, at: '2026-11-20T10:03:00Z' },
      { id: 'c2', parentId: 'c1', author: owner, body: lang === 'zh' ? '好的，我补充数据。' : 'Will add the numbers.', anchor: null, outdated: false, resolved: false, at: '2026-11-20T11:00:00Z' },
      { id: 'c3', parentId: null, author: mentorAuthor, body: lang === 'zh' ? '这一句已经删掉了吗？' : 'Was this line removed?',
        anchor: { version: 1, span: { start: 0, end: 3 }, quote: plan.outdatedQuote }, outdated: true, resolved: true, at: '2026-11-20T10:04:00Z' },
    ],
    verdicts: [
      { author: mentorAuthor, text: lang === 'zh' ? '整体不错，改完项目经验再投递。' : 'Solid; fix the projects before applying.', signedOff: false, at: '2026-11-20T12:00:00Z' },
    ],
  });
  return { report, mentor };
}
