import type { Localized } from '../lib/report/schema.ts';
import { defineRule } from '../lib/review/rule.ts';
import { headingSpan, inBullet, listOf } from '../lib/review/helpers.ts';
import { phrases, type Concept } from './data/index.ts';

const PROJECT_HEADING = /项目|project|campaign|活动/iu;
const CAOPAN = /操盘/gu;

const PARTS: { concept: Concept | 'result' | 'value'; label: Localized }[] = [
  { concept: 'coordination', label: { zh: '如何牵线搭桥（协调了谁）', en: 'how you brought parties together' } },
  { concept: 'result', label: { zh: '取得的结果', en: 'the result' } },
  { concept: 'value', label: { zh: '产生的价值', en: 'the value created' } },
  { concept: 'lessons', label: { zh: '经验心得', en: 'what you learned' } },
];

export default defineRule({
  meta: {
    id: 'project-ownership',
    description: {
      zh: '项目经验看你是否主导：主导/牵头/带领 还是 参与/协助/配合；没有主导却用“操盘”；项目是否写了牵线搭桥、结果、价值、经验心得',
      en: 'Project ownership: lead wording (led, owned, drove) versus participation only (assisted, helped, supported); "操盘" without a lead role; whether a project states how you brought parties together, the result, the value and the lessons',
    },
    dimension: 'ownership',
    severity: 'warning',
    citation: {
      source: 'community-ops-and-resume-advice.zh.txt',
      quote: '项目经验,就是过往哪个重大级别的项目,由你负责,前提是你在其中承担核心的主导作用',
      gloss: 'list major projects you were responsible for, where you played the core leading role',
    },
    messages: {
      leadShown: { zh: '写清了你的主导角色（“{wording}”）', en: 'Makes your lead role clear ("{wording}")', praise: true },
      participantOnly: {
        zh: '这段经历只写了“{wording}”，看不出你负责哪一块：如果某部分由你主导，请写明',
        en: 'This entry only says "{wording}": it does not show what you owned. If you led a part, say which',
      },
      caopanWithoutLead: {
        zh: '“操盘”意味着你是项目负责人，但这段经历看不出你主导：要么写明你的负责范围，要么换成准确的说法',
        en: '"操盘" means you ran the project, but nothing here shows a lead role: state what you were in charge of, or use a plainer word',
      },
      missingParts: { zh: '项目还缺：{parts}', en: 'This project does not yet say: {parts}' },
      noLeadAnywhere: {
        zh: '全篇没有一段经历写出你主导或负责的项目：面试官想看由你承担核心作用的项目',
        en: 'No entry shows a project you led or owned: interviewers look for projects where you played the core role',
      },
    },
  },
  check({ doc, analysis, report }) {
    let anyLead = false;
    for (const e of analysis.entries) {
      const heading = `${e.entry.heading} ${e.entry.organisation ?? ''}`;
      const lead = e.bullets.find((b) => b.analysis.ownership === 'lead');
      const headingLead = phrases('lead', /\p{Script=Han}/u.test(heading) ? 'zh' : 'en').first(heading);
      if (lead || headingLead) anyLead = true;
      if (lead) {
        const span = inBullet(lead, lead.analysis.ownershipSpan!);
        report({ messageId: 'leadShown', span, data: { wording: doc.text.slice(span.start, span.end) } });
      } else if (!headingLead) {
        const participant = e.bullets.find((b) => b.analysis.ownership === 'participant');
        if (participant) {
          const span = inBullet(participant, participant.analysis.ownershipSpan!);
          report({ messageId: 'participantOnly', span, data: { wording: doc.text.slice(span.start, span.end) }, penalty: 8, severity: 'suggestion' });
        }
      }
      const entryText = doc.text.slice(e.entry.span.start, e.entry.span.end);
      for (const m of entryText.matchAll(CAOPAN)) {
        if (lead || headingLead) break;
        const start = e.entry.span.start + m.index;
        report({ messageId: 'caopanWithoutLead', span: { start, end: start + m[0].length }, penalty: 15 });
      }
      const isProject = e.section.kind === 'projects' || PROJECT_HEADING.test(e.entry.heading);
      if (!isProject || e.bullets.length === 0) continue;
      const lang = e.bullets[0]!.lang;
      const missing = PARTS.filter(({ concept }) => {
        if (concept === 'result') return !e.bullets.some((b) => b.analysis.label === 'achievement');
        if (concept === 'value') return !e.bullets.some((b) => b.analysis.evidence.some((ev) => ev.kind === 'value' || ev.kind === 'uptake') || phrases('value-nouns', b.lang).test(doc.text.slice(b.bullet.span.start, b.bullet.span.end)));
        return !phrases(concept, lang).test(entryText);
      });
      if (missing.length > 0)
        report({
          messageId: 'missingParts',
          span: headingSpan(doc, e),
          data: { parts: listOf(missing.map((m) => m.label)) },
          penalty: 3 * missing.length,
          severity: 'suggestion',
          fix: { advice: { zh: '按“如何牵线搭桥 → 结果 → 价值 → 经验心得”补全，每项一句', en: 'Add one line each: how you brought parties together, the result, the value, what you learned' } },
        });
    }
    if (analysis.entries.length >= 2 && !anyLead) report({ messageId: 'noLeadAnywhere', span: null, penalty: 25, severity: 'suggestion' });
  },
});
