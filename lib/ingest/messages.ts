import type { Localized } from '../report/schema.ts';

/** What each IngestError says, in both languages. */
export const messages = {
  empty: { zh: '文件是空的（0 字节）。请上传简历文件或粘贴简历文字。', en: 'The file is empty (0 bytes). Upload a resume file or paste its text.' },
  tooLarge: (maxBytes: number) => ({
    zh: `文件太大（上限 ${Math.round(maxBytes / 1024 / 1024)} MB）。请上传较小的简历文件。`,
    en: `The file is too large (limit ${Math.round(maxBytes / 1024 / 1024)} MB). Upload a smaller resume file.`,
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
  unreadableImage: {
    zh: '图片里的文字看不清（模糊、太小或不是文字），无法可靠识别。请上传清晰的照片或扫描件（正对纸面、光线均匀），或粘贴简历文字。',
    en: 'The text in the image cannot be read reliably (blurred, too small, or not text). Upload a sharper photo or scan (straight on, evenly lit), or paste the resume text.',
  },
  corruptImage: { zh: '图片文件已损坏或不完整，无法读取。请重新保存后上传。', en: 'The image file is damaged or incomplete and cannot be read. Save it again and upload.' },
  noOcr: {
    zh: '这是图片或扫描件，需要文字识别（OCR），但当前环境没有启用。请上传由文字生成的 PDF、DOCX，或粘贴简历文字。',
    en: 'This is an image or a scan, which needs text recognition (OCR), and OCR is not available here. Upload a PDF made from text or a DOCX, or paste the resume text.',
  },
  noText: { zh: '文件里没有可读的文字。', en: 'The file contains no readable text.' },
  timeout: (ms: number) => ({
    zh: `读取简历超过 ${Math.round(ms / 1000)} 秒，已停止。文件可能过于复杂。`,
    en: `Reading the resume took longer than ${Math.round(ms / 1000)} s and was stopped. The file may be too complex.`,
  }),
} satisfies Record<string, Localized | ((n: number) => Localized)>;
