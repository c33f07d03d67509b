import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument, workDocument } from '../lib/review/testing.ts';
import rule from './highlights.ts';

testRule(rule, {
  valid: [
    {
      name: 'zh: a scholarships and prizes section counts as highlights, whatever the parser calls it',
      doc: buildDocument({
        sections: [
          { kind: 'experience', title: '实习经历', entries: [{ heading: '运营实习生', bullets: ['负责公众号推文撰写'] }] },
          { kind: 'other', title: '获奖情况', lines: ['国家奖学金（2022）', '全国大学生广告艺术大赛一等奖'] },
        ],
      }),
      praise: ['honours'],
    },
    { name: 'zh: results with change, KPI and honour', doc: workDocument(['通过裂变活动使社群规模从 2000 人增长到 1.5 万人', '全年拉新 KPI 完成率 132%', '获评 2023 年度优秀员工']), praise: ['achievement', 'strongRole'] },
    { name: 'en: results with percent, uptake and award', doc: workDocument(['Cut first-response time by 45% with a triage rota', 'Launched a referral mini-program used by 30,000 shoppers', 'Named Employee of the Month twice']), praise: ['achievement'] },
  ],
  invalid: [
    {
      name: 'zh: praise marks the whole ratio, never its lone first digit; a lead-in label is no line to judge',
      doc: workDocument(['主要职责：', '策划会员专属活动，活动 ROI 达到 1:5.2', '撰写活动方案']),
      errors: [{ messageId: 'noResult', text: '撰写活动方案' }],
    },
    {
      name: 'en: an honours section is a highlight even when the work lines are duties',
      doc: buildDocument({
        sections: [
          { kind: 'experience', title: 'Experience', entries: [{ heading: 'Volunteer', bullets: ['Planned outreach events'] }] },
          { kind: 'awards', title: 'Honours', lines: ["Dean's List, 2014"] },
        ],
      }),
      errors: [{ messageId: 'noResult', text: 'Planned outreach events' }],
    },
    {
      name: 'zh: scope numbers and vague claims are not results',
      doc: workDocument(['管理 4 家门店的线上社群', '优化活动流程，提升用户体验', '获得 30 万粉丝']),
      errors: [{ messageId: 'noResult', text: '管理 4 家门店的线上社群' }, { messageId: 'noResult', text: '优化活动流程，提升用户体验' }],
    },
    {
      name: 'en: a role with no result at all',
      doc: workDocument(['Managed four office locations and nine staff', 'Taught classes of up to 15 children', 'Improved code quality through testing']),
      errors: [{ messageId: 'noHighlights' }, { messageId: 'noResult' }, { messageId: 'noResult' }, { messageId: 'noResult' }],
    },
    {
      name: 'zh: a role thin on results (the task-list rule covers longer duty lists)',
      doc: workDocument(['策划春节社群活动', '撰写活动复盘']),
      errors: [{ messageId: 'noHighlights' }, { messageId: 'fewHighlights' }, { messageId: 'noResult' }, { messageId: 'noResult' }],
    },
    {
      name: 'en: in a PDF that lost digits, a unit with no number before it is not called result-less',
      doc: buildDocument({
        sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Developer', bullets: ['Open-source CLI with  stars on GitHub', 'Wrote the docs'] }] }],
        diagnostics: [{ code: 'lost-digits', text: 'Developer' }],
      }),
      errors: [{ messageId: 'noHighlightsDigitsLost' }, { messageId: 'noResult', text: 'Wrote the docs' }],
    },
    {
      name: 'zh: where the PDF lost its digits, no bullet is called result-less; only a softened whole-resume note',
      doc: buildDocument({
        sections: [{ kind: 'experience', title: '工作经历', entries: [{ heading: '用户运营', bullets: ['会员体系改版，复购率提升 %', '策划会员日活动'] }] }],
        diagnostics: [{ code: 'lost-digits' }],
      }),
      errors: [{ messageId: 'noHighlightsDigitsLost' }],
    },
  ],
});
