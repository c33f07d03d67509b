import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { fixturePdf, fixtureText } from '../server/fixtures.ts';
import { ExportEnvelope } from '../lib/export/schema.ts';
import { nfkc } from '../lib/text/normalise.ts';

/** A stored review of one of our fixture resumes, with a mentor's decision, comment and verdict. */
async function reviewWithMentor(request: APIRequestContext, file: { name: string; mimeType: string; buffer: Buffer }, words: string) {
  const created = await request.post('/api/reviews', { multipart: { file } });
  // The upload's own error (code and message) names the cause when this fails, e.g. a 422 from the parser.
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const report = (await (await request.get(`/api/reviews/${id}`)).json()) as { document: { text: string }; findings: { id: string; message: { zh: string; en: string } }[] };
  const link = await request.post(`/api/reviews/${id}/mentors`, { data: { name: '王老师' } });
  expect(link.status()).toBe(201);
  const { url } = (await link.json()) as { url: string };
  const token = url.split('/').at(-1)!;
  const start = report.document.text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  const comments = await request.post(`/api/m/${token}/comments`, { data: { body: '写出这些创作者带来的流量。', anchor: { version: 1, span: { start, end: start + words.length }, quote: words } } });
  expect(comments.status()).toBe(201);
  expect((await request.post(`/api/m/${token}/decisions`, { data: { version: 1, findingId: report.findings[0]!.id, action: 'agree' } })).status()).toBe(201);
  expect((await request.post(`/api/m/${token}/verdicts`, { data: { body: '改完项目经验再投递。', signedOff: false } })).status()).toBe(201);
  return { id, token, url, report };
}

/** Picks a format in the export panel, downloads it and returns the file's bytes and name. */
async function download(page: Page, format: RegExp, personal = false): Promise<{ bytes: Buffer; name: string }> {
  const panel = page.getByRole('region', { name: /导出报告|Export/ });
  await panel.getByRole('radio', { name: format }).check();
  await panel.getByRole('checkbox', { name: /包含个人信息|Include personal details/ }).setChecked(personal);
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /下载|Download/ }).click()]);
  await expect(panel.getByRole('status')).toContainText(/已下载|Downloaded/);
  return { bytes: readFileSync((await file.path())!), name: file.suggestedFilename() };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return nfkc((await parser.getText()).text).replace(/\s+/g, '');
  } finally {
    await parser.destroy();
  }
}

test('the owner downloads every format of a Chinese PDF review, anonymous unless asked', async ({ page, request }) => {
  const { id, report } = await reviewWithMentor(request, { name: 'zh-ops.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await fixturePdf('zh-ops')) }, '签约 45 位核心创作者');
  await page.goto(`/r/${id}`);
  mkdirSync('artifacts/e2e', { recursive: true });
  await page.getByRole('region', { name: '导出报告' }).screenshot({ path: 'artifacts/e2e/export-panel.png' });
  const firstMessage = report.findings[0]!.message.zh;

  const pdf = await download(page, /PDF 报告/);
  expect(pdf.name).toMatch(/^liangdian-review-.*\.pdf$/);
  const text = await pdfText(pdf.bytes);
  expect(text).toContain(nfkc(firstMessage).replace(/\s+/g, ''));
  expect(text).toContain('写出这些创作者带来的流量。');
  expect(text).not.toContain('林晓雯');

  const md = (await download(page, /Markdown/)).bytes.toString('utf8');
  expect(md).toContain('改完项目经验再投递。');
  expect(md).toContain('王老师 同意');
  expect(md).not.toContain('林晓雯');
  expect((await download(page, /Markdown/, true)).bytes.toString('utf8')).toContain('林晓雯');

  const envelope = ExportEnvelope.parse(JSON.parse((await download(page, /JSON/)).bytes.toString('utf8')));
  expect(envelope.personal).toBe(false);
  expect(envelope.mentor.comments[0]!.body).toBe('写出这些创作者带来的流量。');
  expect(envelope.report.findings.map((f) => f.id)).toEqual(report.findings.map((f) => f.id));

  const docx = await JSZip.loadAsync((await download(page, /Word/)).bytes);
  expect(await docx.file('word/comments.xml')!.async('string')).toContain('写出这些创作者带来的流量。');

  const annotated = await download(page, /带批注的原 PDF/, true);
  expect(annotated.name).toBe('zh-ops-liangdian.annotated.pdf');
  const original = await PDFDocument.load(annotated.bytes);
  expect(original.getPage(0).node.Annots()!.size()).toBeGreaterThanOrEqual(report.findings.length);
  expect(await pdfText(annotated.bytes)).toContain('林晓雯');
});

test('a mentor downloads from the mentor page; a text upload has no annotated original', async ({ page, request }) => {
  const text = await fixtureText('en-ops');
  const { id, url, report } = await reviewWithMentor(request, { name: 'en-ops.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }, '300 ambassadors recruited');
  await page.goto(url);
  const panel = page.getByRole('region', { name: /导出报告|Export/ });
  await expect(panel.getByRole('radio', { name: /带批注的原 PDF/ })).toBeDisabled();
  const pdf = await download(page, /PDF 报告/);
  const printed = await pdfText(pdf.bytes);
  expect(printed).toContain(nfkc(report.findings[0]!.message.zh).replace(/\s+/g, ''));
  expect(printed).not.toContain('JordanLee');
  // The API explains the refusal in the reader's language.
  const refused = await request.get(`/api/reviews/${id}/export?format=annotated-pdf`, { headers: { 'Accept-Language': 'en' } });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/only for reviews of an uploaded PDF/);
  expect((await request.get(`/api/reviews/${id}/export?format=rtf`)).status()).toBe(400);
});
