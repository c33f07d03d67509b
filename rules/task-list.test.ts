import { testRule } from '../lib/review/rule-tester.ts';
import { workDocument } from '../lib/review/testing.ts';
import rule from './task-list.ts';

testRule(rule, {
  valid: [
    { name: 'zh: duty wording with a result is fine', doc: workDocument(['负责会员日活动，带来新增付费会员 1.8 万人', '主导积分体系改版，次日留存提升 8 个百分点']) },
    { name: 'en: result-first lines', doc: workDocument(['Grew the Weibo account from 3k to 48k followers', 'Cut ticket backlog by 60%', 'Responsible for paid social, lowering CPA by 22%']) },
  ],
  invalid: [
    {
      name: 'zh-Hant: 負責 and 協助 read as duty wording; the template keeps the words as written',
      doc: workDocument(['負責公眾號日常推文撰寫', '協助主管整理用戶反饋']),
      errors: [{ messageId: 'dutyWording', text: '負責' }, { messageId: 'dutyWording', text: '協助' }],
    },
    {
      name: 'en: a "Responsibilities:" lead-in is no duty of its own',
      doc: workDocument(['Responsibilities:', 'Responsible for the company blog', 'Grew newsletter signups by 40%']),
      errors: [{ messageId: 'dutyWording', text: 'Responsible for' }],
    },
    {
      name: 'zh: a role that lists its duties',
      doc: workDocument(['负责公众号日常推文撰写', '日常维护 10 个用户群', '协助主管整理用户反馈', '策划春节活动']),
      errors: [{ messageId: 'taskList', text: '运营专员' }, { messageId: 'dutyWording', text: '负责' }, { messageId: 'dutyWording', text: '日常' }, { messageId: 'dutyWording', text: '协助' }],
    },
    {
      name: 'en: Responsible for / Handled',
      doc: workDocument(['Responsible for the company blog', 'Handled customer enquiries by phone', 'Grew newsletter signups by 40%']),
      errors: [{ messageId: 'dutyWording', text: 'Responsible for' }, { messageId: 'dutyWording', text: 'Handled' }],
    },
  ],
});
