import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument } from '../lib/review/testing.ts';
import rule from './private-data.ts';

const header = (lines: string[]) => buildDocument({ header: lines, sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Ops', bullets: ['Cut costs by 10%'] }] }] });

testRule(rule, {
  valid: [
    { name: 'zh: name, phone and city only', doc: header(['林晓雯', '手机：13800138000 | 现居地：上海']) },
    { name: 'en: name, phone and email only', doc: header(['Jordan Lee', 'jordan@example.com | (555) 123-4567']) },
  ],
  invalid: [
    { name: 'zh: ID number and marital status', doc: header(['林晓雯', '身份证号：110101199003071234', '婚姻状况：未婚']), errors: [{ messageId: 'privateData', text: '身份证号' }, { messageId: 'idNumber', text: '110101199003071234' }, { messageId: 'privateData', text: '婚姻状况' }, { messageId: 'privateData', text: '未婚' }] },
    { name: 'en: date of birth and marital status', doc: header(['Jordan Lee', 'Date of birth: 1 May 1990 | Marital status: married']), errors: [{ messageId: 'privateData', text: 'Date of birth' }, { messageId: 'privateData', text: 'Marital status' }, { messageId: 'privateData', text: 'married' }] },
  ],
});
