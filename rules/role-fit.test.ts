import { testRule } from '../lib/review/rule-tester.ts';
import { workDocument } from '../lib/review/testing.ts';
import rule from './role-fit.ts';

testRule(rule, {
  valid: [
    { name: 'zh: Photoshop, Premiere and 剪映 are the PS, PR and editing skills new media asks for', role: 'new-media-ops', doc: workDocument(['公众号粉丝从 2 万增长到 9 万', '熟练使用 Photoshop、Premiere、剪映']), praise: ['roleResults'] },
    { name: 'zh: new-media results and skills for a new-media role', role: 'new-media-ops', doc: workDocument(['公众号粉丝从 2 万增长到 9 万，单篇阅读 10 万+', '负责文案、排版与短视频剪辑，用 Excel 做数据分析']), praise: ['roleResults'] },
    { name: 'en: no role given or inferred, so no role-fit findings', doc: workDocument(['Cut API latency by 40%'], { heading: 'Backend Engineer' }) },
    { name: 'en: inferred user-ops role with its results', doc: workDocument(['Raised 30-day retention from 21% to 34%', 'Built user segmentation and an incentive scheme; data analysis in SQL'], { heading: 'User Operations Specialist' }), praise: ['roleResults'] },
  ],
  invalid: [
    {
      name: 'zh-Hant: 社區運營 title over group-chat work is read and flagged like Simplified',
      doc: workDocument(['負責 30 個微信群的日常維護與群公告發布', '每天在群內發布商品資訊'], { heading: '社區運營專員' }),
      role: 'community-ops',
      errors: [{ messageId: 'noRoleResults' }, { messageId: 'fewRoleSkills' }, { messageId: 'communityMislabelled', text: '社區運營專員' }],
    },
    {
      name: 'zh: 社区运营 title over group-chat work',
      doc: workDocument(['维护 8 个微信群，每天在群内发早报', '运营公司公众号，每周发 3 篇推文'], { heading: '社区运营专员' }),
      errors: [{ messageId: 'noRoleResults' }, { messageId: 'fewRoleSkills' }, { messageId: 'communityMislabelled', text: '社区运营专员' }],
    },
    {
      name: 'en: target role given, none of its results shown',
      role: 'activity-ops',
      doc: workDocument(['Wrote posts for the company blog', 'Answered customer emails']),
      errors: [{ messageId: 'noRoleResults' }, { messageId: 'fewRoleSkills' }],
    },
  ],
});
