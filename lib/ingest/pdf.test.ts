import { PDFDocument, PDFHexString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDocx, fixturePdf, fixtureText } from '../../server/fixtures.ts';
import { pdfFromHtml } from '../../server/pdf-from-html.ts';
import { ResumeDocument } from '../document/schema.ts';
import { outline, spanProblems } from './check.ts';
import { IngestError, parseResume } from './index.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    if (error instanceof IngestError) return error.code;
    throw error;
  }
}

const documents: Record<string, ResumeDocument> = {};
beforeAll(async () => {
  for (const name of ['zh-ops', 'en-ops', 'zh-two-column']) {
    documents[`${name}.pdf`] = await parseResume({ bytes: await fixturePdf(name), fileName: `${name}.pdf` });
  }
  for (const name of ['zh-ops', 'en-ops']) {
    documents[`${name}.docx`] = await parseResume({ bytes: await fixtureDocx(name), fileName: `${name}.docx` });
    documents[`${name}.txt`] = await parseResume({ text: await fixtureText(name) });
  }
});

describe('PDF, DOCX and text give the same structure', () => {
  it.each(['zh-ops', 'en-ops'])('%s', (name) => {
    const text = outline(documents[`${name}.txt`]!);
    expect(outline(documents[`${name}.pdf`]!)).toEqual(text);
    expect(outline(documents[`${name}.docx`]!)).toEqual(text);
    expect(documents[`${name}.pdf`]!.source.type).toBe('pdf');
    expect(documents[`${name}.docx`]!.source.type).toBe('docx');
  });
  it('spans are exact in every source', () => {
    for (const document of Object.values(documents)) expect(spanProblems(document)).toEqual([]);
  });
  it('contact is found in every source', () => {
    for (const name of ['zh-ops.pdf', 'zh-ops.docx']) {
      expect(documents[name]!.contact).toMatchObject({ name: { value: '林晓雯' }, phones: [{ value: '138 0013 8000' }], emails: [{ value: 'linxiaowen.ops@example.com' }] });
    }
  });
});

describe('PDF layout', () => {
  it('keeps page sizes, line boxes and piece boxes in points from the top-left', () => {
    const document = documents['zh-ops.pdf']!;
    expect(document.pages).toEqual([{ number: 1, width: expect.closeTo(595.3, 0), height: expect.closeTo(841.9, 0) }]);
    const title = document.sections.find((section) => section.title === '工作经历')!;
    const line = document.lines.find((candidate) => candidate.span.start === title.titleSpan.start)!;
    expect(line.box!.y).toBeGreaterThan(60);
    expect(line.box!.y).toBeLessThan(200);
    for (const candidate of document.lines) {
      expect(candidate.box!.x).toBeGreaterThanOrEqual(0);
      expect(candidate.box!.x + candidate.box!.width).toBeLessThanOrEqual(596);
      expect(candidate.pieces!.length).toBeGreaterThan(0);
    }
    // The piece that holds "66%" sits inside its line's box.
    const at = document.text.indexOf('66%');
    const owner = document.lines.find((candidate) => candidate.span.start <= at && at < candidate.span.end)!;
    const piece = owner.pieces!.find((candidate) => candidate.span.start <= at && at < candidate.span.end)!;
    expect(piece.box.x).toBeGreaterThanOrEqual(owner.box!.x);
    expect(piece.box.x + piece.box.width).toBeLessThanOrEqual(owner.box!.x + owner.box!.width + 0.01);
  });
  it('gives each line its language', () => {
    const languages = new Set(documents['zh-ops.pdf']!.lines.map((line) => line.language));
    expect(languages.has('zh')).toBe(true);
    expect(documents['en-ops.pdf']!.lines.every((line) => line.language === 'en')).toBe(true);
  });
  it('reads a two-column page column by column and says so', () => {
    const document = documents['zh-two-column.pdf']!;
    expect(document.diagnostics).toContainEqual({ code: 'two-columns', spans: [], data: { columns: 2, pages: 1 } });
    expect(document.sections.map((section) => section.title)).toEqual(['', '专业技能', '教育背景', '拥有资源', '工作经历', '项目经验', '自我评价']);
    const single = outline(documents['zh-ops.pdf']!).find((section) => section.kind === 'experience');
    expect(outline(document).find((section) => section.kind === 'experience')).toEqual(single);
  });
});

describe('unreadable PDFs', () => {
  it('a truncated PDF is corrupt', async () => {
    const bytes = await fixturePdf('en-ops');
    expect(await codeOf(parseResume({ bytes: bytes.slice(0, Math.floor(bytes.length / 3)) }))).toBe('corrupt');
  });
  it('a PDF locked with a password is encrypted', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Secret resume');
    // A standard security handler dictionary whose user password is not empty.
    const encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, P: -44, O: PDFHexString.of('ab'.repeat(32)), U: PDFHexString.of('cd'.repeat(32)) });
    pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
    pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
    const bytes = await pdf.save({ useObjectStreams: false });
    expect(await codeOf(parseResume({ bytes }))).toBe('encrypted');
  });
  it('a PDF that is only an image has no text layer', async () => {
    const html = `<!doctype html><body style="margin:0"><canvas id="c" width="600" height="300"></canvas>
      <script>const g=document.getElementById('c').getContext('2d');g.fillStyle='#246';g.fillRect(20,20,400,60);g.fillRect(20,120,300,20);</script></body>`;
    const bytes = await pdfFromHtml(html);
    expect(await codeOf(parseResume({ bytes }))).toBe('no-text-layer');
  });
  it('too many pages, and a time limit that is too short', async () => {
    const bytes = await fixturePdf('en-ops');
    expect(await codeOf(parseResume({ bytes }, { limits: { maxPages: 0 } }))).toBe('too-large');
    expect(await codeOf(parseResume({ bytes }, { limits: { timeoutMs: 1 } }))).toBe('timeout');
  });
  /** A one-page PDF written by hand; pdf.js rebuilds its missing cross-reference table. */
  const handWrittenPdf = (content: string, mediaBox: string) => new TextEncoder().encode(`%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [${mediaBox}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length ${content.length} >> stream
${content}
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF`);
  // A 401-digit number reads as Infinity, and Infinity * 0 is NaN in the text matrix.
  const infinite = '1' + '0'.repeat(400);
  it('drops text runs placed by a damaged matrix, and every box stays finite', async () => {
    const run = (matrix: string, text: string) => `BT /F1 12 Tf ${matrix} Tm (${text}) Tj ET`;
    const content = [run('1 0 0 1 72 700', 'Jordan Lee'), run('1 0 0 1 72 660', 'Experience'), run(`${infinite} 0 0 1 72 640`, 'Broken run'), run('1 0 0 1 72 600', 'Operations Manager')].join('\n');
    const document = await parseResume({ bytes: handWrittenPdf(content, '0 0 612 792') });
    expect(ResumeDocument.safeParse(document).error).toBeUndefined();
    expect(document.text).toContain('Operations Manager');
    expect(document.text).not.toContain('Broken');
    const numbers = document.lines.flatMap((line) => [line.box!, ...line.pieces!.map((piece) => piece.box)]).flatMap((box) => Object.values(box));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
  it('a page without a real size is corrupt', async () => {
    const bytes = handWrittenPdf('BT /F1 12 Tf 1 0 0 1 72 700 Tm (Jordan Lee) Tj ET', `0 0 ${infinite} 792`);
    expect(await codeOf(parseResume({ bytes }))).toBe('corrupt');
  });
  it('a truncated DOCX is corrupt', async () => {
    const bytes = await fixtureDocx('en-ops');
    expect(await codeOf(parseResume({ bytes: bytes.slice(0, bytes.length - 200) }))).toBe('corrupt');
  });
});
