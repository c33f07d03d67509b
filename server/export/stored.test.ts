import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { migrate, openPglite, type Database } from '../store/db.ts';
import { insertReview, newReviewId } from '../store/reviews.ts';
import { addComment, addDecision, addVerdict, createMentorLink, mentorFor, ownerOf } from '../mentor/index.ts';
import { contentDisposition, exportStoredReview } from './stored.ts';
import { closePrinter } from './printer.ts';
import { sampleReviewOfPdf } from './test-support.ts';

let db: Database;
const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-export-store-'));

beforeAll(async () => {
  db = await openPglite(dir);
  await migrate(db);
});
afterAll(async () => {
  await closePrinter();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('exports a stored PDF review with the feedback its mentor left, for the owner and the mentor', async () => {
  const { report, original } = await sampleReviewOfPdf('zh');
  const id = newReviewId();
  await insertReview(db, { id, original: { sourceType: 'pdf', fileName: '林晓雯-简历.pdf', mediaType: 'application/pdf', bytes: original }, report: { ...report, document: { ...report.document, source: { ...report.document.source, fileName: '林晓雯-简历.pdf' } }, findings: report.findings.slice(0, 3) } });
  const owner = (await ownerOf(db, id))!;
  const { token } = await createMentorLink(db, id, { name: '王老师' });
  const mentor = (await mentorFor(db, token))!;
  const words = '签约 45 位核心创作者';
  const start = report.document.text.indexOf(words);
  await addComment(db, mentor, { body: '补充这些创作者带来的流量。', anchor: { version: 1, span: { start, end: start + words.length }, quote: words } });
  await addDecision(db, mentor, { version: 1, findingId: report.findings[0]!.id, action: 'agree' });
  await addVerdict(db, mentor, { body: '改完项目经验再投递。', signedOff: false });

  for (const actor of [owner, mentor]) {
    const md = await exportStoredReview(db, actor, 'md', { includePersonal: true });
    const text = new TextDecoder().decode(md!.bytes);
    expect(text).toContain('补充这些创作者带来的流量。');
    expect(text).toContain('改完项目经验再投递。');
    expect(text).toContain('王老师 同意');
    expect(md!.fileName).toBe('林晓雯-简历-liangdian.md');
  }
  const annotated = await exportStoredReview(db, owner, 'annotated-pdf', { includePersonal: true });
  const pdf = await PDFDocument.load(annotated!.bytes);
  expect(pdf.getPage(0).node.Annots()!.size()).toBeGreaterThanOrEqual(3);
  const masked = await exportStoredReview(db, owner, 'md');
  expect(new TextDecoder().decode(masked!.bytes)).not.toContain('林晓雯');
  expect(masked!.fileName).not.toContain('林晓雯');
});

it('names the download so a browser keeps a Chinese file name', () => {
  expect(contentDisposition('林晓雯-简历-liangdian.pdf')).toBe(
    `attachment; filename="___-__-liangdian.pdf"; filename*=UTF-8''${encodeURIComponent('林晓雯-简历-liangdian.pdf')}`,
  );
});
