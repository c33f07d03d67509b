import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';
import { contentPieces } from '../lib/review/lines.ts';
import { phrases } from './data/index.ts';

export default defineRule({
  meta: {
    id: 'first-person',
    description: { zh: '第一人称：简历句子以动词开头，不用“我/本人”做主语（中文简历本就很少用）', en: 'First-person pronouns: resume lines start with a verb, without "I" or "my"' },
    dimension: 'clarity',
    severity: 'suggestion',
    citation: commonPractice('Start each bullet with an action verb and leave out "I" and "my"', 'public guidance (e.g. university career-centre resume guides): the implied subject is you'),
    messages: {
      firstPerson: { zh: '去掉“{word}”，直接以动词开头', en: 'Drop "{word}" and start with the verb' },
    },
  },
  check({ doc, analysis, report }) {
    for (const piece of contentPieces(doc, analysis)) {
      // Summaries may speak in the first person; bullets and entries should not.
      if (piece.section.kind === 'summary') continue;
      for (const hit of phrases('first-person', piece.lang).find(piece.text)) {
        const word = doc.text.slice(piece.start + hit.start, piece.start + hit.end).replace(/^[,，;；。\s]+/u, '');
        const start = piece.start + hit.end - word.length;
        report({ messageId: 'firstPerson', span: { start, end: piece.start + hit.end }, data: { word }, penalty: 2 });
      }
    }
  },
});
