import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';

function month(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

export default defineRule({
  meta: {
    id: 'dates',
    description: { zh: '时间：经历的起止时间要能读懂、先后正确、不在未来', en: 'Dates: every entry\'s dates readable, in order and not in the future' },
    dimension: 'clarity',
    severity: 'warning',
    citation: commonPractice('List dates consistently (month and year) for every position', 'public guidance (e.g. university career-centre resume guides): consistent, accurate dates'),
    messages: {
      unparseableDate: { zh: '看不懂这段时间：“{value}”（建议写成 2021.03 – 2023.06）', en: 'Cannot read this date range: "{value}" (write it like Mar 2021 – Jun 2023)' },
      reversedDate: { zh: '结束时间早于开始时间：“{value}”', en: 'The end is before the start: "{value}"' },
      futureDate: { zh: '时间在未来：“{value}”', en: 'This date is in the future: "{value}"' },
    },
  },
  check({ doc, now, report }) {
    const today = month(now);
    for (const section of doc.sections)
      for (const entry of section.entries) {
        const dates = entry.dates;
        if (!dates) continue;
        const data = { value: dates.text };
        if (!dates.start) {
          report({ messageId: 'unparseableDate', span: dates.span, data, actual: dates.text, penalty: 3, severity: 'suggestion' });
          continue;
        }
        const end = dates.end && dates.end !== 'present' ? dates.end : null;
        if (dates.start !== 'present' && end && end < dates.start) report({ messageId: 'reversedDate', span: dates.span, data, actual: dates.text, penalty: 6 });
        // Education may end in the future (expected graduation); work may not start there.
        const future = (dates.start !== 'present' && dates.start > today) || (end !== null && end > today && section.kind !== 'education');
        if (future) report({ messageId: 'futureDate', span: dates.span, data, actual: dates.text, penalty: 6 });
      }
  },
});
