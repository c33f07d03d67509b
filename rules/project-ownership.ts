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
        zh: '这段经历每一条都是“{wording}”这类参与：看不出你负责哪一块。如果某部分由你主导，请写明',
        en: 'Every line of this entry is participation ("{wording}"): it does not show what you owned. If you led a part, say which',
      },
      caopanWithoutLead: {
        citation: {
          source: 'community-ops-and-resume-advice.zh.txt',
          quote: '现在很多人爱用“操盘”这个词,其实不合适,操盘的意思是这个项目你是负责人',
          gloss: '"操盘" means you were the person in charge of the project: do not use it loosely',
        },
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
      const folded = analysis.folded;
      const heading = folded.slice(headingSpan(doc, e).start, headingSpan(doc, e).end);
      const headingLang = /\p{Script=Han}/u.test(heading) ? 'zh' : 'en';
      const lead = e.bullets.find((b) => b.analysis.ownership === 'lead');
      const headingLead = phrases('lead', headingLang).first(heading);
      const owned = Boolean(lead || headingLead);
      if (owned) anyLead = true;
      if (lead) {
        const span = inBullet(lead, lead.analysis.ownershipSpan!);
        report({ messageId: 'leadShown', span, data: { wording: doc.text.slice(span.start, span.end) } });
      }
      // Only participation is an entry-level judgement: one line of the writer's own work (负责素材收集, Monitored live chat) is enough to show a part they did themselves.
      const participants = e.bullets.filter((b) => b.analysis.ownership === 'participant');
      if (!owned && participants.length > 0 && participants.length === e.bullets.length) {
        const first = inBullet(participants[0]!, participants[0]!.analysis.ownershipSpan!);
        report({ messageId: 'participantOnly', span: headingSpan(doc, e), data: { wording: doc.text.slice(first.start, first.end) }, penalty: 8, severity: 'suggestion' });
      }
      const entryText = folded.slice(e.entry.span.start, e.entry.span.end);
      if (!owned)
        for (const m of entryText.matchAll(CAOPAN)) {
          const start = e.entry.span.start + m.index;
          report({ messageId: 'caopanWithoutLead', span: { start, end: start + m[0].length }, penalty: 15 });
        }
      const isProject = e.section.kind === 'projects' || PROJECT_HEADING.test(e.entry.heading);
      if (!isProject || e.bullets.length === 0) continue;
      const lang = e.bullets[0]!.lang;
      const missing = PARTS.filter(({ concept }) => {
        if (concept === 'result') return !e.bullets.some((b) => b.analysis.label === 'achievement');
        if (concept === 'value') return !e.bullets.some((b) => b.analysis.evidence.some((ev) => ev.kind === 'value' || ev.kind === 'uptake') || phrases('value-nouns', b.lang).test(folded.slice(b.bullet.span.start, b.bullet.span.end)));
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
    // Summary lines count too: "带领 6 人团队" in a profile shows a lead role the entries may not repeat.
    const summaryLead = doc.sections.some((section) => section.kind === 'summary' && section.lines.some((line) => phrases('lead', analysis.lang).test(analysis.folded.slice(line.span.start, line.span.end))));
    if (analysis.entries.filter((e) => e.bullets.length > 0).length >= 2 && !anyLead && !summaryLead) report({ messageId: 'noLeadAnywhere', span: null, penalty: 25, severity: 'suggestion' });
  },
});
