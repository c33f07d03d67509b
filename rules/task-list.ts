import { isTaskList } from '../lib/review/analysis.ts';
import { defineRule } from '../lib/review/rule.ts';
import { headingSpan, inBullet, rewriteTemplate } from '../lib/review/helpers.ts';
import { phrases } from './data/index.ts';
import { DUTY_BULLETS_PENALTY } from './highlights.ts';

export default defineRule({
  meta: {
    id: 'task-list',
    description: {
      zh: '不要罗列工作内容：“负责……/日常……/协助……”且没有结果的句子；职责占多数的岗位是任务清单，应把职责压缩成一句概述',
      en: 'No plain task lists: duty wording (Responsible for, Duties included, In charge of, Handled) with no result; a role that is mostly duties is a task list whose duties belong in one summary line',
    },
    dimension: 'highlights',
    severity: 'warning',
    citation: {
      source: 'community-ops-and-resume-advice.zh.txt',
      quote: '很多人的简历就是在罗列工作内容,这种简历我特别不喜欢。日常工作简单概况一下就行了',
      gloss: 'many resumes just list job content; summarise daily work briefly — it will never impress an interviewer',
    },
    messages: {
      dutyWording: { zh: '“{wording}”开头的是工作内容，不是成绩：面试官知道这个岗位做什么', en: '"{wording}" lists a duty, not a result: the interviewer already knows what the job involves' },
      taskList: {
        zh: '这段经历 {total} 条中有 {duties} 条是职责：把它们压缩成一句概述，把篇幅留给成绩',
        en: '{duties} of {total} lines in this role are duties: fold them into one summary line and give the space to results',
      },
    },
  },
  check({ doc, analysis, report }) {
    for (const b of analysis.bullets) {
      if (b.analysis.label !== 'duty' || b.digitsLost) continue;
      const wording = phrases('duty-wording', b.lang).first(analysis.folded.slice(b.bullet.span.start, b.bullet.span.end));
      if (!wording) continue;
      const text = doc.text.slice(b.bullet.span.start, b.bullet.span.end);
      report({
        messageId: 'dutyWording',
        span: inBullet(b, wording),
        data: { wording: text.slice(wording.start, wording.end) },
        penalty: DUTY_BULLETS_PENALTY / analysis.bullets.length,
        fix: {
          advice: { zh: '改写成“做成了什么”：用你的动作和对象，补上方法和结果数据', en: 'Rewrite as what you achieved: keep your action and object, add the method and the result' },
          template: rewriteTemplate(text, b.lang),
        },
      });
    }
    for (const e of analysis.entries) {
      const total = e.bullets.length;
      const duties = e.bullets.filter((b) => b.analysis.label === 'duty').length;
      if (isTaskList(e.bullets) && !e.bullets.some((b) => b.digitsLost))
        report({
          messageId: 'taskList',
          span: headingSpan(doc, e),
          data: { total, duties },
          penalty: 6,
          fix: { advice: { zh: '一句话概括日常职责，再用 2–3 条写这个岗位上做成的事', en: 'Summarise the daily duties in one line, then give 2–3 lines to what you achieved in the role' } },
        });
    }
  },
});
