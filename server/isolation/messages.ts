import type { Localized } from '../../lib/report/schema.ts';
import type { Task } from './protocol.ts';

/** What a user reads when a pool child had to be stopped, died, or could not take the job. */
export const isolationMessages = {
  timeout: {
    review: {
      zh: '读取这份文件用时过长，已停止。请另存为普通 PDF 或 Word 文件后重试，或直接粘贴简历文字。',
      en: 'Reading this file took too long and was stopped. Save it again as a plain PDF or Word file and retry, or paste the resume text.',
    },
    'page-image': {
      zh: '这一页绘制用时过长，已停止（页面内容过于复杂）。报告中的文字与建议不受影响。',
      en: 'Drawing this page took too long and was stopped (the page is too complex). The report\'s text and advice are not affected.',
    },
    export: {
      zh: '生成导出文件用时过长，已停止。请换一种导出格式再试。',
      en: 'Making the export took too long and was stopped. Try another export format.',
    },
  },
  crashed: {
    review: {
      zh: '这份文件无法读取（文件可能已损坏，或解开后过大）。请重新导出后再试，或直接粘贴简历文字。',
      en: 'This file could not be read (it may be damaged, or too large once unpacked). Export it again and retry, or paste the resume text.',
    },
    'page-image': {
      zh: '这一页无法绘制（页面过大或已损坏）。报告中的文字与建议不受影响。',
      en: 'This page could not be drawn (it is too large or damaged). The report\'s text and advice are not affected.',
    },
    export: {
      zh: '无法生成导出文件（原文件过大或已损坏）。请换一种导出格式再试。',
      en: 'The export could not be made (the original is too large or damaged). Try another export format.',
    },
  },
  busy: {
    zh: '当前提交的简历较多，请稍后几秒再试。',
    en: 'Many resumes are being read right now. Please try again in a few seconds.',
  },
  unavailable: {
    zh: '简历读取服务暂时无法启动，请稍后再试。',
    en: 'The resume reader could not start. Please try again later.',
  },
} satisfies { timeout: Record<Task['kind'], Localized>; crashed: Record<Task['kind'], Localized>; busy: Localized; unavailable: Localized };
