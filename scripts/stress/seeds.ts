import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Well-formed resumes the hostile files start from: written here (a fictional candidate), produced
 * by the same kinds of tools candidates use (a PDF library, Chromium's print, a DOCX writer).
 */
export const SEED_RESUME_EN = [
  'Jordan Lee',
  'jordan.lee@example.com | +1 555 0100 | Hangzhou',
  'EXPERIENCE',
  'User Operations Lead, Maple Learning, 2021-03 - present',
  '- Grew monthly active users from 120k to 310k in 14 months through a referral programme',
  '- Led a team of 6 running weekly campaigns; retention at day 30 rose from 18% to 27%',
  '- Built the churn dashboard used by three product teams',
  'Community Operations Specialist, Brightside Apps, 2018-07 - 2021-02',
  '- Managed 40 WeChat groups with 15,000 members; organised 24 offline meetups',
  'EDUCATION',
  'B.A. Marketing, Zhejiang University, 2014 - 2018',
  'SKILLS',
  'SQL, Excel, A/B testing, copywriting, event planning',
];

export const SEED_RESUME_ZH = [
  '林晓雨',
  'xiaoyu.lin@example.com | 138 0000 0000 | 上海',
  '工作经历',
  '用户运营经理 | 星河教育 | 2020.06 - 至今',
  '· 负责新用户增长，半年内注册用户从 8 万提升至 21 万，获客成本下降 35%',
  '· 主导会员体系改版，付费转化率由 2.1% 提升至 3.4%',
  '· 带领 4 人小组策划 12 场线上活动，累计参与 5.6 万人次',
  '社群运营专员 | 青柠科技 | 2018.07 - 2020.05',
  '· 运营 30 个微信社群，月均活跃率保持在 45% 以上',
  '教育背景',
  '复旦大学 | 市场营销 本科 | 2014 - 2018',
  '技能',
  'SQL、Excel、数据分析、活动策划、文案',
];

export async function seedPdfLib(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  SEED_RESUME_EN.forEach((line, index) => page.drawText(line, { x: 56, y: 780 - index * 18, size: 11, font }));
  return Buffer.from(await pdf.save());
}

/** A two-page Chinese and English resume printed by Chromium (CJK fonts embedded, as real exports are). */
export async function seedChromiumPdf(): Promise<Buffer> {
  const { pdfFromHtml } = await import('../../server/pdf-from-html.ts');
  const block = (lines: string[]) => lines.map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  const html = `<!doctype html><meta charset="utf-8"><style>body{font:12pt "Noto Sans CJK SC",sans-serif;margin:40px}.b{page-break-before:always}</style>
    ${block(SEED_RESUME_ZH)}<div class="b">${block(SEED_RESUME_EN)}</div>`;
  return Buffer.from(await pdfFromHtml(html));
}

export async function seedDocx(lines: string[] = SEED_RESUME_ZH): Promise<Buffer> {
  const document = new Document({
    sections: [{
      children: lines.map((line, index) => (index === 0
        ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(line)] })
        : new Paragraph({ children: [new TextRun(line)] }))),
    }],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
