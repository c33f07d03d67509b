import { testRule } from '../lib/review/rule-tester.ts';
import { workDocument } from '../lib/review/testing.ts';
import rule from './repeated-opener.ts';

testRule(rule, {
  valid: [
    { name: 'zh: varied openers', doc: workDocument(['主导积分改版', '搭建创作者体系', '负责反馈周报']) },
    { name: 'en: two of a kind is fine', doc: workDocument(['Led the relaunch', 'Led the audit', 'Built the dashboard']) },
  ],
  invalid: [
    { name: 'zh: 负责 four times', doc: workDocument(['负责公众号', '负责社群', '负责活动', '负责周报']), errors: [{ messageId: 'repeatedOpener', text: '负责' }, { messageId: 'repeatedOpener', text: '负责' }] },
    { name: 'en: Managed three times', doc: workDocument(['Managed the blog', 'Managed the forum', 'Managed the newsletter']), errors: [{ messageId: 'repeatedOpener', text: 'Managed' }] },
  ],
});
