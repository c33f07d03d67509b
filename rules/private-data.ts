import { defineRule } from '../lib/review/rule.ts';
import { commonPractice, documentLines } from '../lib/review/helpers.ts';
import { phrases } from './data/index.ts';

const ID_NUMBER = /\d{17}[\dXx]|\d{3}-\d{2}-\d{4}/u;

export default defineRule({
  meta: {
    id: 'private-data',
    description: { zh: '隐私信息：身份证号、婚姻状况、身高体重等简历不必提供的个人信息', en: 'Private data a resume need not carry: ID or social security numbers, marital status, date of birth' },
    dimension: 'clarity',
    severity: 'warning',
    citation: commonPractice('简历无需填写身份证号等敏感个人信息，以防泄露', 'public guidance on personal-information protection for job seekers: no ID numbers or family details on a resume'),
    messages: {
      privateData: { zh: '“{item}”属于不必写在简历上的个人信息，建议删除', en: '"{item}" is personal data a resume need not carry: remove it' },
      idNumber: { zh: '简历上出现了证件号码：请删除，以免泄露', en: 'An ID number appears on the resume: remove it to protect yourself' },
    },
  },
  check({ doc, analysis, report }) {
    for (const line of documentLines(doc, analysis.lang))
      for (const lang of ['zh', 'en'] as const)
        for (const hit of phrases('private-data', lang).find(line.text)) {
          const span = { start: line.start + hit.start, end: line.start + hit.end };
          if (ID_NUMBER.test(hit.text)) report({ messageId: 'idNumber', span, penalty: 12, severity: 'error' });
          else report({ messageId: 'privateData', span, data: { item: hit.text }, penalty: 4 });
        }
  },
});
