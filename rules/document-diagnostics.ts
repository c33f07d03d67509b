import type { DiagnosticCode } from '../lib/document/schema.ts';
import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';

// Text read by OCR costs nothing: the words the recogniser doubts are marked for the reader to check.
const PENALTY: Record<DiagnosticCode, number> = { 'no-text-layer': 30, encrypted: 10, 'lost-digits': 10, 'unmapped-glyphs': 8, 'truncated-text': 10, 'two-columns': 3, ocr: 0, 'ocr-uncertain': 0, 'ocr-uncertain-numbers': 0 };
const SEVERITY = { 'no-text-layer': 'error', encrypted: 'warning', 'lost-digits': 'warning', 'unmapped-glyphs': 'warning', 'truncated-text': 'warning', 'two-columns': 'suggestion', ocr: 'suggestion', 'ocr-uncertain': 'warning', 'ocr-uncertain-numbers': 'warning' } as const;
/** Doubtful OCR words marked one by one, up to this many (a blurred photo would mark every other word). */
const MARKED_WORDS = 20;

export default defineRule({
  meta: {
    id: 'document-diagnostics',
    description: {
      zh: '文件本身的问题：没有文字层、数字丢失、字形无法识别、双栏排版、加密或被截断——招聘系统读到的和你看到的不一样',
      en: 'Problems in the file itself: no text layer, lost digits, unmapped glyphs, two columns, encryption or truncation — what a screening system reads differs from what you see',
    },
    dimension: 'clarity',
    severity: 'warning',
    citation: commonPractice('Submit a text-based PDF that applicant tracking systems can read', 'public guidance on applicant tracking systems: single-column, text-based, standard fonts'),
    messages: {
      'no-text-layer': { zh: 'PDF 没有文字层（像是扫描件或图片）：招聘系统读不到内容，请导出为文字版 PDF', en: 'The PDF has no text layer (a scan or an image): screening systems read nothing; export a text PDF' },
      encrypted: { zh: 'PDF 加密了：部分系统无法读取，请导出不加密的版本', en: 'The PDF is encrypted: some systems cannot read it; export an unencrypted copy' },
      'lost-digits': { zh: '这个 PDF 的文字层丢失了 {count} 处数字：你的数据在招聘系统里看不到，请换字体或重新导出', en: 'The PDF\'s text layer lost digits in {count} places: screening systems will not see your numbers; change the font or re-export' },
      'unmapped-glyphs': { zh: '有 {count} 个字形无法识别为文字：招聘系统会读到乱码', en: '{count} glyphs do not map to text: screening systems will read garbage' },
      'truncated-text': { zh: '文字没有读完整（文件过大或损坏）', en: 'The text was not read in full (the file is too large or damaged)' },
      'two-columns': { zh: '双栏排版：部分招聘系统会把左右两栏混在一起读', en: 'Two-column layout: some screening systems read the columns mixed together' },
      ocr: { zh: '这是图片或扫描件：文字由 OCR 识别（平均置信度 {confidence}%），招聘系统未必读得出；请上传文字版 PDF', en: 'This is an image or a scan: its text was read by OCR (mean confidence {confidence}%), which screening systems may not manage; upload a text PDF' },
      'ocr-uncertain': { zh: '请核对这个词：文字识别没有把握', en: 'Check this word: OCR was unsure of it' },
      'ocr-uncertain-numbers': { zh: '请核对这个数字：文字识别没有把握，未经核对不能算作成绩', en: 'Check this number: OCR was unsure of it, and an unchecked number is no result' },
    },
  },
  check({ doc, report }) {
    for (const d of doc.diagnostics) {
      const count = typeof d.data.count === 'number' ? d.data.count : d.spans.length || 1;
      if (d.code === 'ocr-uncertain' || d.code === 'ocr-uncertain-numbers') {
        // Numbers get the number message; every other doubtful word the word message, each where it is.
        const numbers = doc.diagnostics.find((other) => other.code === 'ocr-uncertain-numbers')?.spans ?? [];
        const spans = d.code === 'ocr-uncertain' ? d.spans.filter((span) => !numbers.some((number) => number.start === span.start)) : d.spans;
        for (const span of spans.slice(0, MARKED_WORDS)) report({ messageId: d.code, span, penalty: 0, severity: SEVERITY[d.code] });
        continue;
      }
      report({ messageId: d.code, span: d.spans[0] ?? null, data: { ...d.data, count }, penalty: PENALTY[d.code], severity: SEVERITY[d.code] });
    }
  },
});
