import type { ResumeDocument, Span } from '../document/schema.ts';
import type { Finding, Report } from '../report/schema.ts';
import { MentorReview } from '../mentor/schema.ts';
import { review } from '../review/index.ts';

/**
 * Test data for the exporters: the review engine's report on a real parsed resume, and a mentor
 * review on it (decisions on its findings, an anchored comment with a reply, an outdated comment,
 * a verdict) as the mentor loop stores them.
 */

const phrases = {
  zh: { commentOn: '签约 45 位核心创作者', mentor: '王老师', owner: '候选人', comment: '写出这些创作者带来的流量。', reply: '好的，我补充数据。', outdated: '这一句已经删掉了吗？', reason: '下一行已有具体资源', verdict: '整体不错，改完项目经验再投递。' },
  en: { commentOn: '300 ambassadors recruited', mentor: 'Ms Wang', owner: 'Candidate', comment: 'Say what traffic they brought.', reply: 'Will add the numbers.', outdated: 'Was this line removed?', reason: 'the next line names them', verdict: 'Solid; fix the projects before applying.' },
};

/** Where `words` stand in the text, allowing for a line the reader broke in two (a PDF's wrapped line). */
function spanOf(doc: ResumeDocument, words: string): Span {
  const pattern = new RegExp([...words.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
  const match = pattern.exec(doc.text);
  if (!match) throw new Error(`test data: "${words}" is not in the resume`);
  return { start: match.index, end: match.index + match[0].length };
}

function pick(report: Report, test: (finding: Finding) => boolean): Finding {
  const found = report.findings.find((f) => f.span !== null && test(f));
  if (!found) throw new Error('test data: the review has no finding of the kind needed');
  return found;
}

export function sampleReview(doc: ResumeDocument, lang: 'zh' | 'en'): { report: Report; mentor: MentorReview } {
  const report = review(doc, { role: 'community-ops' });
  const say = phrases[lang];
  const mentorAuthor = { role: 'mentor' as const, name: say.mentor };
  const owner = { role: 'owner' as const, name: say.owner };
  const agreed = pick(report, (f) => f.severity === 'warning');
  const raised = pick(report, (f) => f.severity === 'suggestion');
  const dismissed = pick(report, (f) => f.dimension === 'resources' && f.severity === 'warning');
  const commentSpan = spanOf(doc, say.commentOn);
  const mentor = MentorReview.parse({
    decisions: [
      { findingId: agreed.id, author: mentorAuthor, action: 'agree', at: '2026-11-20T10:00:00Z' },
      { findingId: raised.id, author: mentorAuthor, action: 'severity', severity: 'warning', at: '2026-11-20T10:01:00Z' },
      { findingId: dismissed.id, author: mentorAuthor, action: 'dismiss', reason: say.reason, at: '2026-11-20T10:02:00Z' },
    ],
    comments: [
      { id: 'c1', parentId: null, author: mentorAuthor, body: say.comment, anchor: { version: 1, span: commentSpan, quote: doc.text.slice(commentSpan.start, commentSpan.end) },
        outdated: false, resolved: false, at: '2026-11-20T10:03:00Z' },
      { id: 'c2', parentId: 'c1', author: owner, body: say.reply, anchor: null, outdated: false, resolved: false, at: '2026-11-20T11:00:00Z' },
      { id: 'c3', parentId: null, author: mentorAuthor, body: say.outdated, anchor: { version: 1, span: { start: 0, end: 3 }, quote: '—' },
        outdated: true, resolved: true, at: '2026-11-20T10:04:00Z' },
    ],
    verdicts: [{ author: mentorAuthor, text: say.verdict, signedOff: false, at: '2026-11-20T12:00:00Z' }],
  });
  return { report, mentor };
}
