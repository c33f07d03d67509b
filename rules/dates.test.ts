import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument } from '../lib/review/testing.ts';
import rule from './dates.ts';

const entry = (text: string, start?: string, end?: string, kind: 'experience' | 'education' = 'experience') =>
  buildDocument({ sections: [{ kind, title: kind === 'education' ? '教育背景' : '工作经历', entries: [{ heading: '用户运营', dates: { text, start, end }, bullets: ['拉新 KPI 完成率 120%'] }] }] });

testRule(rule, {
  valid: [
    { name: 'zh: 2019.03-2021.06', doc: entry('2019.03-2021.06', '2019-03', '2021-06') },
    { name: 'en: Jun 2020 – Present', doc: entry('Jun 2020 – Present', '2020-06', 'present') },
    { name: 'en: expected graduation in the future is fine', doc: entry('Sep 2024 – Jun 2028', '2024-09', '2028-06', 'education') },
  ],
  invalid: [
    { name: 'zh: reversed', doc: entry('2021.06-2019.03', '2021-06', '2019-03'), errors: [{ messageId: 'reversedDate', text: '2021.06-2019.03' }] },
    { name: 'zh: unreadable', doc: entry('去年夏天', undefined, undefined), errors: [{ messageId: 'unparseableDate', text: '去年夏天' }] },
    { name: 'en: in the future', doc: entry('Jan 2027 – Present', '2027-01', 'present'), errors: [{ messageId: 'futureDate' }] },
  ],
});
