import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSE_LIMITS } from '../../lib/ingest/limits.ts';
import { messages } from '../../lib/ingest/messages.ts';
import { pageTooLarge } from '../page-image.ts';
import { closePools, getPool, pageImageIsolated, reviewIsolated } from './index.ts';

afterAll(() => closePools());

const resume = ['Li Lei', 'lilei@example.com', 'Experience', 'Acme, User Operations, 2021.03-2023.06', 'Grew monthly active users from 10,000 to 40,000 in 6 months'].join('\n');

async function pdfWithPage(width: number, height: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([width, height]).drawText('Li Lei, user operations', { x: 20, y: height - 40, size: 12, font });
  return pdf.save();
}

describe('the real worker, from its bundle', () => {
  it('reads and reviews an upload in a child, not under tsx', async () => {
    const report = await reviewIsolated({ text: resume });
    expect(report.document.text).toContain('Grew monthly active users');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(process.env.LIANGDIAN_TSX).not.toBe('1');
    for (const pid of getPool('review').pids()) {
      const { readFileSync } = await import('node:fs');
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      expect(command.join(' ')).not.toContain('tsx');
      expect(command.some((part) => part.endsWith('main.js'))).toBe(true);
    }
  });

  it('refuses text over the text limit as such, whether pasted or in a file', async () => {
    const long = 'Grew sales by 10% '.repeat(Math.ceil(PARSE_LIMITS.maxTextChars / 18) + 10);
    const expected = { code: 'too-large', localized: messages.textTooLong(PARSE_LIMITS.maxTextChars) };
    await expect(reviewIsolated({ text: long })).rejects.toMatchObject(expected);
    await expect(reviewIsolated({ bytes: new TextEncoder().encode(long), fileName: 'long.txt' })).rejects.toMatchObject(expected);
  });

  it('hands back no NUL, which no store can keep', async () => {
    const report = await reviewIsolated({ bytes: new TextEncoder().encode(`${resume}\nSkills: a\u0000b`), fileName: 'nul.txt' });
    expect(report.document.text).toContain('Skills');
    expect(JSON.stringify(report)).not.toContain('\\u0000');
  });

  it('draws a page, refuses a giant one with its reason, and answers null past the last page', async () => {
    const normal = await pageImageIsolated('test/normal/1', await pdfWithPage(595, 842), 1);
    expect(Buffer.from(normal!.subarray(1, 4)).toString()).toBe('PNG');
    await expect(pageImageIsolated('test/normal/2', await pdfWithPage(595, 842), 2)).resolves.toBeNull();
    await expect(pageImageIsolated('test/giant/1', await pdfWithPage(14_400, 14_400), 1)).rejects.toMatchObject({ code: 'too-large', localized: pageTooLarge });
  });
});
