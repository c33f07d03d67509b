import type { Localized } from '../report/schema.ts';

/** What each IngestError says, in both languages. */
export const messages = {
  empty: { zh: '文件是空的（0 字节）。请上传简历文件或粘贴简历文字。', en: 'The file is empty (0 bytes). Upload a resume file or paste its text.' },
  tooLarge: (maxBytes: number) => ({
    zh: `文件太大（上限 ${Math.round(maxBytes / 1024 / 1024)} MB）。请上传较小的简历文件。`,
    en: `The file is too large (limit ${Math.round(maxBytes / 1024 / 1024)} MB). Upload a smaller resume file.`,
  }),
  textTooLong: (maxChars: number) => ({
    zh: `简历文字超过 ${maxChars.toLocaleString('en-US')} 个字符的上限，不像一份简历。请只提交简历本身。`,
    en: `The resume text is longer than the ${maxChars.toLocaleString('en-US')}-character limit, which is not a resume. Submit the resume itself.`,
  }),
  tooManyPages: (maxPages: number) => ({
    zh: `PDF 超过 ${maxPages} 页，不像一份简历。请上传简历本身。`,
    en: `The PDF has more than ${maxPages} pages, which is not a resume. Upload the resume itself.`,
  }),
  unsupported: { zh: '无法识别文件类型。支持 PDF、DOCX 和纯文本（含 Markdown）。', en: 'The file type is not recognised. Supported: PDF, DOCX and plain text (including Markdown).' },
  zipNotDocx: { zh: '这是一个压缩包，但不是 Word 文档（DOCX）。', en: 'This is a zip archive but not a Word document (DOCX).' },
  legacyDoc: { zh: '这是旧版 Word 格式（.doc）。请另存为 DOCX 或 PDF 后上传。', en: 'This is the old Word format (.doc). Save it as DOCX or PDF and upload again.' },
  corruptPdf: { zh: 'PDF 文件已损坏或不完整，无法读取。请重新导出后上传。', en: 'The PDF is damaged or incomplete and cannot be read. Export it again and upload.' },
  corruptDocx: { zh: 'DOCX 文件已损坏或不完整，无法读取。请重新保存后上传。', en: 'The DOCX file is damaged or incomplete and cannot be read. Save it again and upload.' },
  encrypted: { zh: 'PDF 设有密码，无法读取。请去掉密码后重新导出。', en: 'The PDF is password-protected and cannot be read. Remove the password and export it again.' },
  encryptedDocx: { zh: 'Word 文档设有密码，无法读取。请去掉密码后重新保存为 DOCX 或 PDF。', en: 'The Word document is password-protected and cannot be read. Remove the password and save it again as DOCX or PDF.' },
  noTextLayer: {
    zh: 'PDF 里没有文字（可能是扫描件或图片）。请上传由文字生成的 PDF，或粘贴简历文字。',
    en: 'The PDF has no text (it may be a scan or an image). Upload a PDF made from text, or paste the resume text.',
  },
  structureUnread: {
    zh: '没能读出这份简历的结构（没有找到工作、项目或教育经历），因此不对内容打分。请检查文件是否完整，或粘贴简历文字。',
    en: 'The structure of this resume could not be read (no experience, projects or education found), so its content is not scored. Check that the file is complete, or paste the resume text.',
  },
  noText: { zh: '文件里没有可读的文字。', en: 'The file contains no readable text.' },
  notResumeTooLittle: {
    zh: '这看起来不是一份简历：文字太少（或没有任何语言的文字）。请上传完整的简历，或粘贴简历文字。',
    en: 'This does not look like a resume: there is too little text (or no letters of any language). Upload the whole resume, or paste its text.',
  },
  notResumeMarkup: {
    zh: '这看起来不是一份简历：内容主要是网页或图形标记（HTML、SVG、XML）。请上传简历本身，或粘贴简历文字。',
    en: 'This does not look like a resume: it is mostly web or graphics markup (HTML, SVG, XML). Upload the resume itself, or paste its text.',
  },
  notResumeGarbage: {
    zh: '这看起来不是一份简历：读出的内容大多是乱码或符号（文件的字体或编码可能有问题）。请另存为普通 PDF 或 Word 后重试，或粘贴简历文字。',
    en: 'This does not look like a resume: what could be read is mostly garbled symbols (the file\'s fonts or encoding may be broken). Save it again as a plain PDF or Word file, or paste the resume text.',
  },
  macroDocument: {
    zh: '这是启用了宏的 Word 文档（.docm），出于安全原因不接受。请另存为普通 DOCX 或 PDF 后上传。',
    en: 'This is a macro-enabled Word document (.docm), which is not accepted for safety. Save it as a plain DOCX or PDF and upload again.',
  },
  timeout: (ms: number) => ({
    zh: `读取简历超过 ${Math.round(ms / 1000)} 秒，已停止。文件可能过于复杂。`,
    en: `Reading the resume took longer than ${Math.round(ms / 1000)} s and was stopped. The file may be too complex.`,
  }),
} satisfies Record<string, Localized | ((n: number) => Localized)>;
