import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';

export const MAX = { zh: 90, en: 40 } as const;

export default defineRule({
  meta: {
    id: 'long-bullet',
    description: { zh: '过长的条目：中文超过 90 字、英文超过 40 词，一眼读不完', en: 'Overlong lines: over 90 Chinese characters or 40 English words cannot be read at a glance' },
    dimension: 'clarity',
    severity: 'suggestion',
    citation: commonPractice('Keep bullets to one or two lines', 'public guidance (e.g. university career-centre resume guides): short, scannable bullets'),
    messages: {
      longBullet: { zh: '这一条约 {count} 字：拆成两条，或删去过程细节只留结果', en: 'About {count} words in one line: split it, or cut the process detail and keep the result' },
    },
  },
  check({ doc, analysis, report }) {
    for (const b of analysis.bullets) {
      const text = doc.text.slice(b.bullet.span.start, b.bullet.span.end);
      const count = b.lang === 'zh' ? (text.match(/\p{Script=Han}/gu)?.length ?? 0) + (text.match(/[A-Za-z]+/g)?.length ?? 0) : (text.match(/\S+/g)?.length ?? 0);
      if (count > MAX[b.lang]) report({ messageId: 'longBullet', span: b.bullet.span, data: { count }, penalty: 2 });
    }
  },
});
