import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';

/** The opening word a reader notices: the first English word, or the first two Chinese characters. */
export function openerOf(text: string, lang: 'zh' | 'en'): { word: string; length: number } | null {
  const lead = /^[\s•·\-–—*▪●○◦]*/u.exec(text)![0].length;
  const rest = text.slice(lead);
  const m = lang === 'zh' ? /^\p{Script=Han}{2}/u.exec(rest) : /^[A-Za-z][A-Za-z'-]*/u.exec(rest);
  return m ? { word: m[0].toLowerCase(), length: lead + m[0].length } : null;
}

export default defineRule({
  meta: {
    id: 'repeated-opener',
    description: { zh: '同一个开头反复出现（如连续的“负责”），读起来单调，也掩盖了成绩', en: 'The same opening word repeated across lines reads as a template and hides the results' },
    dimension: 'clarity',
    severity: 'suggestion',
    citation: commonPractice('Vary your action verbs; do not start every bullet the same way', 'public guidance (e.g. university career-centre resume guides): varied, specific action verbs'),
    messages: {
      repeatedOpener: { zh: '第 {nth} 次用“{word}”开头：换成更具体的动词', en: 'The {nth}th line opening with "{word}": use a more specific verb' },
    },
  },
  check({ doc, analysis, report }) {
    const seen = new Map<string, number>();
    for (const b of analysis.bullets) {
      const opener = openerOf(doc.text.slice(b.bullet.span.start, b.bullet.span.end), b.lang);
      if (!opener) continue;
      const nth = (seen.get(opener.word) ?? 0) + 1;
      seen.set(opener.word, nth);
      if (nth >= 3) report({ messageId: 'repeatedOpener', span: { start: b.bullet.span.start, end: b.bullet.span.start + opener.length }, data: { word: opener.word, nth }, penalty: 2 });
    }
  },
});
