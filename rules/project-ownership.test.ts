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
    {
      name: 'zh: an entry whose other lines show own work is not only participation',
      doc: buildDocument({ sections: [{ kind: 'experience', title: '工作经历', entries: [{ heading: '运营助理', bullets: ['参与小红书笔记的选题讨论', '负责素材收集与图片处理'] }, { heading: '运营专员', bullets: ['主导会员日活动，报名人数 3000 人'] }] }] }),
      praise: ['leadShown'],
    },
    {
      name: 'en: a led line in a summary is a lead shown',
      doc: buildDocument({ sections: [{ kind: 'summary', title: 'Summary', lines: ['Led a team of five growth marketers'] }, { kind: 'experience', title: 'Experience', entries: [{ heading: 'Analyst', bullets: ['Built a churn model'] }, { heading: 'Intern', bullets: ['Wrote a weekly report'] }] }] }),
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
        { messageId: 'participantOnly', text: '618 大促' },
        { messageId: 'missingParts', text: '618 大促' },
      ],
    },
    {
      name: 'en: helped and assisted only',
      doc: projects([{ heading: 'Holiday campaign', bullets: ['Helped write social copy', 'Assisted with influencer outreach'] }], false),
      errors: [{ messageId: 'participantOnly', text: 'Holiday campaign' }, { messageId: 'missingParts', text: 'Holiday campaign' }],
    },
    {
      name: 'zh-Hant: 協助 and 參與 only, 操盤 without a lead role, read like Simplified',
      doc: buildDocument({ sections: [{ kind: 'experience', title: '工作經歷', entries: [{ heading: '行銷助理', bullets: ['參與粉絲專頁的貼文撰寫', '協助門市活動的現場執行'] }, { heading: '社群專員', bullets: ['操盤品牌年度會員日活動', '負責群公告發布'] }] }] }),
      errors: [{ messageId: 'noLeadAnywhere' }, { messageId: 'participantOnly', text: '行銷助理' }, { messageId: 'caopanWithoutLead', text: '操盤' }],
    },
  ],
});
