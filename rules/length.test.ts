import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument, workDocument } from '../lib/review/testing.ts';
import rule from './length.ts';

const zhLine = '策划会员日活动，带来新增付费会员一万八千人，活动投产比达到一比五';
const enLine = 'Led the relaunch of the ambassador programme, growing monthly active members from eight to twenty-one thousand';

testRule(rule, {
  valid: [
    { name: 'zh: a one-page resume', doc: workDocument(Array.from({ length: 10 }, () => zhLine)) },
    { name: 'en: a one-page resume', doc: workDocument(Array.from({ length: 12 }, () => enLine)) },
  ],
  invalid: [
    { name: 'zh: too short', doc: workDocument([zhLine]), errors: [{ messageId: 'tooShort' }] },
    { name: 'zh: too long', doc: workDocument(Array.from({ length: 90 }, () => zhLine)), errors: [{ messageId: 'tooLong' }] },
    { name: 'en: too long and four pages', doc: buildDocument({ pages: 4, sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Ops', bullets: Array.from({ length: 60 }, () => enLine) }] }] }), errors: [{ messageId: 'tooLong' }, { messageId: 'tooManyPages' }] },
  ],
});
