import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';

export const LIMITS = { zh: { min: 200, max: 2200 }, en: { min: 150, max: 900 }, pages: 2 } as const;

export default defineRule({
  meta: {
    id: 'length',
    description: { zh: '篇幅：中文按汉字数、英文按词数、PDF 按页数，太短说不清，太长没人读完', en: 'Length: Chinese characters, English words and pages — too short says too little, too long goes unread' },
    dimension: 'clarity',
    severity: 'warning',
    citation: commonPractice('Keep a resume to one page, two at most for long careers', 'public guidance (e.g. university career-centre resume guides): one page for early careers, two at most'),
    messages: {
      tooLong: { zh: '正文约 {count} {unit}，偏长（建议不超过 {max}）：删去职责罗列，保留成绩', en: 'About {count} {unit}: long (aim for at most {max}); cut the duty lists, keep the results' },
      tooShort: { zh: '正文只有约 {count} {unit}，信息太少（建议至少 {min}）', en: 'Only about {count} {unit}: too little to judge (aim for at least {min})' },
      tooManyPages: { zh: '共 {pages} 页：简历一般 1 页，经历很长也不要超过 2 页', en: '{pages} pages: keep it to one page, two at most' },
    },
  },
  check({ doc, analysis, report }) {
    const lang = analysis.lang;
    const count = lang === 'zh' ? (doc.text.match(/\p{Script=Han}/gu)?.length ?? 0) : (doc.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
    const unit = lang === 'zh' ? { zh: '字', en: 'Chinese characters' } : { zh: '词', en: 'words' };
    const limits = LIMITS[lang];
    if (count > limits.max) report({ messageId: 'tooLong', span: null, data: { count, unit, max: limits.max }, penalty: 8 });
    else if (count < limits.min) report({ messageId: 'tooShort', span: null, data: { count, unit, min: limits.min }, penalty: 10 });
    if (doc.pages.length > LIMITS.pages) report({ messageId: 'tooManyPages', span: null, data: { pages: doc.pages.length }, penalty: 6 });
  },
});
