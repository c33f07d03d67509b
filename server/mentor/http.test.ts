import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommentBody, VerdictBody } from '../../lib/mentor/api.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../../lib/report/schema.ts';
import { database } from '../store/db.ts';
import { insertReview, newReviewId } from '../store/reviews.ts';
import { addVerdict } from './feedback.ts';
import { asMentor, asOwner, jsonOk, mentorPost, readJson } from './http.ts';
import { createMentorLink, revokeMentorLink } from './links.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-mentor-http-'));
const previous = process.env.LIANGDIAN_DATA_DIR;
const text = '张三\n负责社群运营';
const report: Report = {
  schemaVersion: REPORT_SCHEMA_VERSION,
  role: { target: null, inferred: null, given: false },
  document: { version: 1, source: { type: 'text', bytes: 20 }, text, language: 'zh', pages: [], lines: [], contact: { emails: [], phones: [], urls: [] }, sections: [], diagnostics: [] },
  findings: [],
  score: { overall: 50, band: 'fair', algorithmVersion: 't', dimensions: { highlights: 50, ownership: 50, resources: 50, roleFit: 50, clarity: 50 }, topFixes: [] },
};

beforeAll(() => { process.env.LIANGDIAN_DATA_DIR = dir; });
afterAll(async () => {
  await (await database()).close();
  (globalThis as { liangdianDatabase?: unknown }).liangdianDatabase = undefined;
  process.env.LIANGDIAN_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://x/api', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('mentor API guards', () => {
  it('answers a wrong, revoked or unknown key with the same bare 404, in the reader\'s language', async () => {
    const db = await database();
    const id = newReviewId();
    await insertReview(db, { id, original: { sourceType: 'text', fileName: null, mediaType: null, bytes: new TextEncoder().encode(text) }, report });
    const { token, link } = await createMentorLink(db, id, { name: 'Wang' });
    const reached: string[] = [];
    const handler = async () => { reached.push('handler'); return jsonOk({ secret: true }); };

    expect((await asMentor(new Request('http://x'), token, handler)).status).toBe(200);
    await revokeMentorLink(db, id, link.id);
    const answers = await Promise.all([
      asMentor(new Request('http://x', { headers: { 'accept-language': 'en' } }), token, handler),
      asMentor(new Request('http://x', { headers: { 'accept-language': 'en' } }), 'A'.repeat(43), handler),
      asMentor(new Request('http://x', { headers: { 'accept-language': 'en' } }), id, handler),
      asOwner(new Request('http://x', { headers: { 'accept-language': 'en' } }), newReviewId(), handler),
    ]);
    expect(reached).toEqual(['handler']);
    const bodies = await Promise.all(answers.map(async (a) => [a.status, await a.json()]));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]).toEqual([404, { error: { code: 'not-found', message: 'Not found: the link is wrong, was revoked or has expired.' } }]);
  });

  it('records a valid mentor POST with 201 and refuses a bad body with 400', async () => {
    const db = await database();
    const id = newReviewId();
    await insertReview(db, { id, original: { sourceType: 'text', fileName: null, mediaType: null, bytes: new TextEncoder().encode(text) }, report });
    const { token } = await createMentorLink(db, id, { name: 'Li' });
    const post = mentorPost(VerdictBody, addVerdict);
    const params = Promise.resolve({ token });
    const created = await post(json({ body: 'Ready to send.', signedOff: true }), { params });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ author: { role: 'mentor', name: 'Li' }, text: 'Ready to send.', signedOff: true });
    const refused = await post(json({ body: '', signedOff: true }), { params });
    expect(refused.status).toBe(400);
    expect((await post(json({ body: 'x', signedOff: true }), { params: Promise.resolve({ token: 'B'.repeat(43) }) })).status).toBe(404);
  });

  it('reads bodies within their limits', async () => {
    await expect(readJson(json({ body: 'hi', parentId: 'p' }), CommentBody)).resolves.toEqual({ body: 'hi', parentId: 'p' });
    await expect(readJson(json({ body: '' , parentId: 'p' }), CommentBody)).rejects.toThrow();
    await expect(readJson(json({ body: 'x'.repeat(70_000), parentId: 'p' }), CommentBody)).rejects.toThrow();
    // A cross-site form or fetch can send text/plain without asking first: never read as JSON.
    const plain = new Request('http://x/api', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ body: 'hi', parentId: 'p' }) });
    await expect(readJson(plain, CommentBody)).rejects.toMatchObject({ code: 'unsupported-type' });
    // A chunked body declares no length: it is cut off as it passes the limit, not read whole first.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull(controller) { pulled++; controller.enqueue(new Uint8Array(16 * 1024).fill(32)); } });
    const chunked = new Request('http://x/api', { method: 'POST', headers: { 'content-type': 'application/json' }, body: endless, duplex: 'half' } as RequestInit);
    await expect(readJson(chunked, CommentBody)).rejects.toMatchObject({ code: 'bad-request' });
    expect(pulled).toBeLessThan(10);
  });
});
