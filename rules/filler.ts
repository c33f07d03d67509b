import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';
import { contentPieces } from '../lib/review/lines.ts';
import { phrases } from './data/index.ts';

export default defineRule({
  meta: {
    id: 'filler',
    description: { zh: '套话：吃苦耐劳、抗压能力强、执行力强等自我评价，不如用事例证明', en: 'Filler and clichés (hard-working, team player, synergy): show the quality with evidence instead' },
    dimension: 'clarity',
    severity: 'suggestion',
    citation: commonPractice('Replace buzzwords with evidence: recruiters skip self-descriptions like "hard-working" or "team player"', 'public guidance (e.g. university career-centre resume guides): show qualities through evidence'),
    messages: {
      cliche: { zh: '“{phrase}”是套话，招聘方无法核实：用一件事或一个数据证明它', en: '"{phrase}" is a cliché no one can check: prove it with an example or a number' },
    },
  },
  check({ doc, analysis, report }) {
    for (const piece of contentPieces(doc, analysis)) {
      // Clichés are phrased in either language inside one line; both lists are read.
      for (const lang of ['zh', 'en'] as const)
        for (const hit of phrases('filler', lang).find(piece.text))
          report({ messageId: 'cliche', span: { start: piece.start + hit.start, end: piece.start + hit.end }, data: { phrase: doc.text.slice(piece.start + hit.start, piece.start + hit.end) }, penalty: 3 });
    }
  },
});
