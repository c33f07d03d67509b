import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument } from '../lib/review/testing.ts';
import rule from './filler.ts';

const about = (line: string) => buildDocument({ sections: [{ kind: 'summary', title: line.match(/\p{Script=Han}/u) ? '自我评价' : 'Summary', lines: [line] }] });

testRule(rule, {
  valid: [
    { name: 'zh: a skills list is no sentence to judge', doc: buildDocument({ sections: [{ kind: 'skills', title: '专业技能', lines: ['吃苦耐劳，熟练使用 Excel'] }] }) },
    { name: 'en: a heading is no sentence to judge', doc: buildDocument({ sections: [{ kind: 'experience', title: 'Team Player Award', entries: [{ heading: 'Results-driven Analyst', bullets: ['Cut costs by 12%'] }] }] }) },
    { name: 'zh: evidence instead of adjectives', doc: about('三个月内把社群留存从 20% 做到 41%') },
    { name: 'en: evidence instead of adjectives', doc: about('Raised NPS from 31 to 52 in two quarters') },
  ],
  invalid: [
    { name: 'zh: 吃苦耐劳, 抗压能力强', doc: about('性格开朗，吃苦耐劳，抗压能力强'), errors: [{ messageId: 'cliche', text: '性格开朗' }, { messageId: 'cliche', text: '吃苦耐劳' }, { messageId: 'cliche', text: '抗压能力强' }] },
    { name: 'en: hard-working team player', doc: about('Hard-working team player who loves synergy'), errors: [{ messageId: 'cliche', text: 'Hard-working' }, { messageId: 'cliche', text: 'team player' }, { messageId: 'cliche', text: 'synergy' }] },
  ],
});
