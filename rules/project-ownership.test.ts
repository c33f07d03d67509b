import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument } from '../lib/review/testing.ts';
import rule from './project-ownership.ts';

const projects = (entries: { heading: string; bullets: string[] }[], zh = true) =>
  buildDocument({ sections: [{ kind: 'projects', title: zh ? '项目经验' : 'Projects', entries }] });

testRule(rule, {
  valid: [
    {
      name: 'zh: a led project with all four parts',
      doc: projects([{ heading: '会员体系改版', bullets: ['主导会员体系改版，协调产品、研发和 3 家商家按期上线', '付费会员从 1.2 万增长到 3 万，GMV 提升 40%', '复盘后沉淀出一套会员运营 SOP'] }]),
      praise: ['leadShown'],
    },
    {
      name: 'en: a led project with all four parts',
      doc: projects([{ heading: 'Ambassador relaunch', bullets: ['Led the relaunch and coordinated design, legal and 12 partner gyms', 'Referral revenue grew 3x to $240K', 'Wrote a launch playbook from the retrospective'] }], false),
      praise: ['leadShown'],
    },
  ],
  invalid: [
    {
      name: 'zh: participation only, and 操盘 without a lead role',
      doc: projects([
        { heading: '双十一直播专场', bullets: ['操盘双十一直播专场，协助主播准备脚本', '负责直播间评论区维护'] },
        { heading: '618 大促', bullets: ['参与活动页文案撰写'] },
      ]),
      errors: [
        { messageId: 'noLeadAnywhere' },
        { messageId: 'missingParts', text: '双十一直播专场' },
        { messageId: 'caopanWithoutLead', text: '操盘' },
        { messageId: 'participantOnly', text: '协助' },
        { messageId: 'missingParts', text: '618 大促' },
        { messageId: 'participantOnly', text: '参与' },
      ],
    },
    {
      name: 'en: helped and assisted only',
      doc: projects([{ heading: 'Holiday campaign', bullets: ['Helped write social copy', 'Assisted with influencer outreach'] }], false),
      errors: [{ messageId: 'missingParts', text: 'Holiday campaign' }, { messageId: 'participantOnly', text: 'Helped' }],
    },
  ],
});
