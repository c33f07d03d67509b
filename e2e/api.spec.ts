import { expect, test, type APIResponse } from '@playwright/test';
import { ApiError, CreateReviewResponse, ReviewProgressEvent, UPLOAD_LIMITS } from '../lib/api/reviews.ts';
import { fixtureDocx, fixturePdf } from '../server/fixtures.ts';
import { corruptPdf, encryptedPdf, imageOnlyPdf } from './files.ts';
import { readFileSync } from 'node:fs';

const zhText = readFileSync('fixtures/resumes/zh-ops.txt', 'utf8');
const PDF = 'application/pdf';

async function expectError(response: APIResponse, status: number, code: string): Promise<string> {
  expect(response.status()).toBe(status);
  const body = ApiError.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error.message;
}

function file(name: string, mimeType: string, buffer: Buffer | Uint8Array) {
  return { multipart: { file: { name, mimeType, buffer: Buffer.from(buffer) } } };
}

test.describe('POST /api/reviews', () => {
  test('reviews pasted text (JSON) and stores it under an unguessable id', async ({ request }) => {
    const response = await request.post('/api/reviews', { data: { text: zhText, role: 'community-ops' } });
    expect(response.status()).toBe(201);
    const body = CreateReviewResponse.parse(await response.json());
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.url).toBe(`/r/${body.id}`);
    expect(body.report.role.target).toBe('community-ops');
    expect(body.report.document.text).toContain('林晓雯');

    const stored = await request.get(`/api/reviews/${body.id}`);
    expect(stored.status()).toBe(200);
    expect(await stored.json()).toEqual(body.report);
    expect((await request.get(body.url)).status()).toBe(200);
  });

  test('reviews an uploaded PDF and serves its pages as images', async ({ request }) => {
    const response = await request.post('/api/reviews', file('en-ops.pdf', PDF, await fixturePdf('en-ops')));
    expect(response.status()).toBe(201);
    const { id, report } = CreateReviewResponse.parse(await response.json());
    expect(report.document.source.type).toBe('pdf');
    expect(report.document.pages.length).toBeGreaterThan(0);
    const image = await request.get(`/api/reviews/${id}/pages/1`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
    await expectError(await request.get(`/api/reviews/${id}/pages/${report.document.pages.length + 1}`), 404, 'not-found');
  });

  test('reviews a DOCX with a chosen role; a text review has no page images', async ({ request }) => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const response = await request.post('/api/reviews', {
      multipart: { file: { name: 'zh-ops.docx', mimeType: docx, buffer: Buffer.from(await fixtureDocx('zh-ops')) }, role: 'user-ops' },
    });
    expect(response.status()).toBe(201);
    const { id, report } = CreateReviewResponse.parse(await response.json());
    expect(report.document.source.type).toBe('docx');
    expect(report.role).toMatchObject({ target: 'user-ops', given: true });
    expect(report.document.text).toContain('林晓雯');
    await expectError(await request.get(`/api/reviews/${id}/pages/1`), 404, 'not-found');
  });

  test('reports progress as NDJSON when asked', async ({ request }) => {
    const response = await request.post('/api/reviews', {
      headers: { Accept: 'application/x-ndjson' },
      multipart: { text: zhText },
    });
    expect(response.status()).toBe(200);
    const events = (await response.text()).trim().split('\n').map((line) => ReviewProgressEvent.parse(JSON.parse(line)));
    expect(events.slice(0, 3)).toEqual([{ stage: 'reading' }, { stage: 'reviewing' }, { stage: 'saving' }]);
    const last = events.at(-1)!;
    expect('result' in last && last.result.url).toMatch(/^\/r\//);
  });

  test('400 for a body that is not a review request', async ({ request }) => {
    await expectError(await request.post('/api/reviews', { headers: { 'Content-Type': 'application/json' }, data: '{"text": ' }), 400, 'bad-request');
    await expectError(await request.post('/api/reviews', { data: { txt: 'hello' } }), 400, 'bad-request');
    await expectError(await request.post('/api/reviews', { data: { text: '   ' } }), 400, 'bad-request');
    await expectError(await request.post('/api/reviews', { data: { text: zhText, role: 'astronaut' } }), 400, 'bad-request');
    await expectError(await request.post('/api/reviews', { multipart: { role: 'user-ops' } }), 400, 'bad-request');
  });

  test('413 for a file or text over the limit', async ({ request }) => {
    const big = Buffer.alloc(UPLOAD_LIMITS.maxFileBytes + 1, 0x20);
    big.write('%PDF-1.7\n');
    await expectError(await request.post('/api/reviews', file('big.pdf', PDF, big)), 413, 'too-large');
    await expectError(await request.post('/api/reviews', { data: { text: 'a'.repeat(UPLOAD_LIMITS.maxTextChars + 1) } }), 413, 'too-large');
  });

  test('415 for a type we do not read', async ({ request }) => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await expectError(await request.post('/api/reviews', file('photo.png', 'image/png', png)), 415, 'unsupported-type');
    await expectError(await request.post('/api/reviews', { headers: { 'Content-Type': 'text/plain' }, data: zhText }), 415, 'unsupported-type');
  });

  test('422 for files that cannot be read, in the language asked for', async ({ request }) => {
    const en = { 'Accept-Language': 'en-US,en;q=0.9' };
    const zh = { 'Accept-Language': 'zh-CN,zh;q=0.9' };
    const encrypted = await expectError(await request.post('/api/reviews', { headers: en, ...file('locked.pdf', PDF, encryptedPdf()) }), 422, 'encrypted');
    expect(encrypted).toMatch(/password/i);
    const scan = await expectError(await request.post('/api/reviews', { headers: zh, ...file('scan.pdf', PDF, await imageOnlyPdf()) }), 422, 'no-text-layer');
    expect(scan).toMatch(/[\u4e00-\u9fff]/);
    await expectError(await request.post('/api/reviews', file('broken.pdf', PDF, corruptPdf())), 422, 'corrupt');
    await expectError(await request.post('/api/reviews', file('empty.txt', 'text/plain', Buffer.alloc(0))), 422, 'empty');
  });

  test('the language cookie wins over Accept-Language', async ({ request }) => {
    const response = await request.post('/api/reviews', {
      headers: { 'Accept-Language': 'zh-CN', Cookie: 'liangdian-lang=en' },
      data: { nothing: true },
    });
    expect(await expectError(response, 400, 'bad-request')).toMatch(/^[\x20-\x7e’]+$/);
  });
});

test.describe('GET /api/reviews/{id}', () => {
  test('404 that reveals nothing for unknown and malformed ids', async ({ request }) => {
    const unknown = await request.get('/api/reviews/AAAAAAAAAAAAAAAAAAAAAA');
    const malformed = await request.get("/api/reviews/1' OR '1'='1");
    const a = await expectError(unknown, 404, 'not-found');
    const b = await expectError(malformed, 404, 'not-found');
    expect(a).toBe(b);
    expect((await request.get('/r/AAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404);
    expect((await request.get('/api/reviews/AAAAAAAAAAAAAAAAAAAAAA/pages/1')).status()).toBe(404);
  });
});
