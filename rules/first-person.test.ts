import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument, workDocument } from '../lib/review/testing.ts';
import rule from './first-person.ts';

testRule(rule, {
  valid: [
    { name: 'zh: verbs first, 我司 is not a pronoun subject', doc: workDocument(['负责公众号运营，粉丝增长 30%', '协助我司完成双11活动']) },
    { name: 'en: verbs first', doc: workDocument(['Created the referral programme', 'Grew the team to six']) },
    { name: 'en: a summary may use I', doc: buildDocument({ sections: [{ kind: 'summary', title: 'Summary', lines: ['I build communities that last.'] }] }) },
  ],
  invalid: [
    { name: 'zh: 我负责', doc: workDocument(['我负责公众号的运营']), errors: [{ messageId: 'firstPerson', text: '我' }] },
    { name: 'en: I and my', doc: workDocument(['I created the referral programme', 'Grew my team to six']), errors: [{ messageId: 'firstPerson', text: 'I' }, { messageId: 'firstPerson', text: 'my' }] },
  ],
});
