import { isTaskList } from '../lib/review/analysis.ts';
import { defineRule } from '../lib/review/rule.ts';
import { headingSpan, inBullet, rewriteTemplate, widenToRatio } from '../lib/review/helpers.ts';
import { phrases } from './data/index.ts';

/** Points the highlights dimension loses across all result-less bullets together (spread over the bullets). */
export const DUTY_BULLETS_PENALTY = 50;

export default defineRule({
  meta: {
    id: 'highlights',
    description: {
      zh: '逐条判断工作经历是成绩还是职责：成绩要有结果、数据、KPI 完成、价值或荣誉；按岗位统计成绩占比，全篇至少要有亮点',
      en: 'Reads each work line as an achievement or a duty (a result, data, KPI attainment, value or an honour); the share of achievements per role; whether the resume has any highlight at all',
    },
    dimension: 'highlights',
    severity: 'warning',
    citation: {
      source: 'community-ops-and-resume-advice.zh.txt',
      quote: '工作亮点其实是对你过往工作成绩、结果、数据的总结',
      gloss: 'a highlight summarises results and data: KPI attainment, what a module you owned achieved, value to the company, honours',
    },
    messages: {
      achievement: { zh: '亮点：写出了成果（{evidence}）', en: 'Highlight: states a result ({evidence})', praise: true },
      honours: { zh: '列出了荣誉奖项：这也是亮点', en: 'Lists honours and awards: highlights too', praise: true },
      noResult: { zh: '只写了做什么，没写做成了什么：补上结果、数据或带来的价值', en: 'Says what you did, not what it achieved: add the result, a number or the value it brought' },
      strongRole: { zh: '这段经历 {total} 条里有 {achievements} 条写了成果', en: '{achievements} of {total} lines in this role state a result', praise: true },
      fewHighlights: { zh: '这段经历 {total} 条里只有 {achievements} 条写了成果', en: 'Only {achievements} of {total} lines in this role state a result' },
      noHighlights: { zh: '全篇没有一条写出成果（数据、KPI 完成情况、价值或荣誉），这是面试官最想看的', en: 'No line states a result (data, KPI attainment, value or an honour) — the thing interviewers most want to see' },
      noHighlightsDigitsLost: {
        zh: '读到的文本里没有写出成果的句子，但这份 PDF 丢失了数字，请核对原文中的数据是否完整',
        en: 'No line reads as a result, but this PDF lost its digits: check that your numbers survive in the file',
      },
    },
  },
  check({ doc, analysis, report }) {
    const work = analysis.bullets;
    const dutyWording = (text: string, lang: 'zh' | 'en') => phrases('duty-wording', lang).test(text);
    for (const b of work) {
      const text = doc.text.slice(b.bullet.span.start, b.bullet.span.end);
      if (b.analysis.label === 'achievement') {
        // The strongest evidence, widened to a whole ratio ("1:5.2", never its lone "1").
        const evidence = widenToRatio(text, b.analysis.evidence[0]!);
        report({ messageId: 'achievement', span: inBullet(b, evidence), data: { evidence: text.slice(evidence.start, evidence.end) } });
      } else if (!b.digitsLost && !dutyWording(analysis.folded.slice(b.bullet.span.start, b.bullet.span.end), b.lang)) {
        // Duty wording (负责…, Responsible for) is the task-list rule's finding; this one covers the rest.
        report({
          messageId: 'noResult',
          span: b.bullet.span,
          penalty: DUTY_BULLETS_PENALTY / work.length,
          fix: {
            advice: { zh: '用你自己的话补上结果：改了什么指标、从多少到多少、带来什么价值', en: 'Add the result in your own words: which metric moved, from what to what, and what it was worth' },
            template: rewriteTemplate(text, b.lang),
          },
        });
      }
    }
    for (const e of analysis.entries) {
      const total = e.bullets.length;
      const achievements = e.bullets.filter((b) => b.analysis.label === 'achievement').length;
      if (total >= 2 && achievements / total >= 2 / 3) report({ messageId: 'strongRole', span: headingSpan(doc, e), data: { total, achievements } });
      // A task list is the task-list rule's finding; this one covers roles that are thin on results otherwise.
      if (total >= 2 && achievements / total < 1 / 3 && !isTaskList(e.bullets) && !e.bullets.some((b) => b.digitsLost))
        report({ messageId: 'fewHighlights', span: headingSpan(doc, e), data: { total, achievements }, penalty: 4 });
    }
    // Honours count as highlights (the advice names 荣誉或者认可), wherever the resume lists them.
    for (const section of analysis.honours) report({ messageId: 'honours', span: section.titleSpan });
    if (work.length > 0 && analysis.honours.length === 0 && !work.some((b) => b.analysis.label === 'achievement')) {
      if (analysis.digitsLost) report({ messageId: 'noHighlightsDigitsLost', span: null, severity: 'suggestion', penalty: 0 });
      else report({ messageId: 'noHighlights', span: null, severity: 'error', penalty: 30 });
    }
  },
});
