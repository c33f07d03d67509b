import type { Localized } from '../../lib/report/schema.ts';

/** What a user reads when the isolated parser had to be stopped or could not take the file. */
export const isolationMessages = {
  timeout: {
    zh: '读取这份文件用时过长，已停止。请另存为普通 PDF 或 Word 文件后重试，或直接粘贴简历文字。',
    en: 'Reading this file took too long and was stopped. Save it again as a plain PDF or Word file and retry, or paste the resume text.',
  },
  crashed: {
    zh: '这份文件无法读取（文件可能已损坏，或解开后过大）。请重新导出后再试，或直接粘贴简历文字。',
    en: 'This file could not be read (it may be damaged, or too large once unpacked). Export it again and retry, or paste the resume text.',
  },
  busy: {
    zh: '当前提交的简历较多，请稍后几秒再试。',
    en: 'Many resumes are being read right now. Please try again in a few seconds.',
  },
  unavailable: {
    zh: '简历读取服务暂时无法启动，请稍后再试。',
    en: 'The resume reader could not start. Please try again later.',
  },
} satisfies Record<string, Localized>;
