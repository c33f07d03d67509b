import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, type Finding, type Report } from '../../lib/report/schema.ts';
import { migrate, openPglite, openPostgres, type Database } from '../store/db.ts';
import { insertReview, newReviewId } from '../store/reviews.ts';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../test/postgres.ts';
import {
  addComment, addDecision, addVerdict, addVersion, createMentorLink, deleteReview, loadMentorLoop, mentorFor,
  ownerOf, revokeMentorLink, setLinkPersonal, setResolved, type Actor,
} from './index.ts';

const V1 = '张三\n负责社群运营，每天发布内容。\n负责活动策划。';
const V2 = '张三\n主导社群运营，拉新 3 万人。\n负责活动策划，到场 500 人。';

function finding(id: string, ruleId: string, text: string, words: string | null): Finding {
  const start = words === null ? -1 : text.indexOf(words);
  return {
    id, ruleId, messageId: 'm', severity: 'warning', dimension: 'highlights',
    span: words === null ? null : { start, end: start + words.length },
    message: { zh: '提示', en: 'hint' }, why: { source: 'RULEBOOK.md', quote: 'q' }, gain: 3,
  };
}

function report(text: string, findings: Finding[], overall: number): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    role: { target: 'user-ops', inferred: null, given: true },
    document: {
      version: 1, source: { type: 'text', bytes: Buffer.byteLength(text) }, text, language: 'zh', pages: [], lines: [],
      contact: { emails: [], phones: [], urls: [] }, sections: [], diagnostics: [],
    },
    findings,
    score: { overall, band: 'fair', algorithmVersion: 'test', dimensions: { highlights: 50, ownership: 50, resources: 50, roleFit: 50, clarity: 50 }, topFixes: [] },
  };
}

const report1 = report(V1, [finding('a1', 'task-list', V1, '负责社群运营'), finding('b1', 'task-list', V1, '负责活动策划'), finding('c', 'no-numbers', V1, null)], 48);
const report2 = report(V2, [finding('b2', 'task-list', V2, '负责活动策划'), finding('d2', 'weak-verb', V2, '主导')], 71);
const textOriginal = (text: string) => ({ sourceType: 'text' as const, fileName: 'resume.txt', mediaType: 'text/plain', bytes: new TextEncoder().encode(text) });

async function newReview(db: Database): Promise<Actor> {
  const id = newReviewId();
  await insertReview(db, { id, original: textOriginal(V1), report: report1 });
  return (await ownerOf(db, id))!;
}

async function mentorOn(db: Database, owner: Actor, name: string) {
  const { token } = await createMentorLink(db, owner.reviewId, { name });
  return { token, mentor: (await mentorFor(db, token))! };
}

const quoteAt = (version: number, text: string, quote: string) => ({ version, span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }, quote });

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`real-PostgreSQL store tests skipped: ${unavailable}`);

interface Driver { name: string; open(): Promise<Database>; openSecond?(): Promise<Database>; stop(): Promise<void> }

function pgliteDriver(): Driver {
  const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-mentor-'));
  return { name: 'pglite', open: () => openPglite(path.join(dir, 'db')), stop: async () => rmSync(dir, { recursive: true, force: true }) };
}

function postgresDriver(): Driver {
  let server: TestPostgres | undefined;
  return {
    name: 'postgres',
    async open() { server ??= await startPostgres(); return openPostgres(server.url); },
    async openSecond() { return openPostgres(server!.url); },
    async stop() { await server?.stop(); },
  };
}

describe.each([
  { make: pgliteDriver, skip: false },
  { make: postgresDriver, skip: Boolean(unavailable) },
])('mentor loop store ($make.name)', ({ make, skip }) => {
  const driver = make();
  let db: Database;

  beforeAll(async () => {
    if (skip) return;
    db = await driver.open();
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await driver.stop();
  });

  it.skipIf(skip)('shows a mentor personal details only once the candidate turns them on for that link', async () => {
    const text = '张三\n电话 13800138000\n负责社群运营，每天发布内容。';
    const withContact: Report = {
      ...report(text, [finding('p1', 'task-list', text, '负责社群运营')], 50),
    };
    withContact.document.contact = { name: { value: '张三', span: { start: 0, end: 2 } }, emails: [], phones: [{ value: '13800138000', span: { start: 6, end: 17 } }], urls: [] };
    const id = newReviewId();
    await insertReview(db, { id, original: textOriginal(text), report: withContact });
    const owner = (await ownerOf(db, id))!;
    const { token, mentor } = await mentorOn(db, owner, 'Zhou');
    expect(mentor.showPersonal).toBe(false);
    const masked = (await loadMentorLoop(db, mentor))!;
    expect(masked.report.document.text).not.toMatch(/张三|13800138000/);
    expect(masked.report.document.text).toHaveLength(text.length);
    expect(JSON.stringify(masked)).not.toMatch(/张三|13800138000|resume\.txt/);
    expect((await loadMentorLoop(db, owner))!.report.document.text).toBe(text);
    const [link] = (await loadMentorLoop(db, owner))!.links!;
    expect(link!.showPersonal).toBe(false);
    expect(await setLinkPersonal(db, id, link!.id, true)).toMatchObject({ id: link!.id, showPersonal: true });
    const allowed = (await mentorFor(db, token))!;
    expect(allowed.showPersonal).toBe(true);
    expect((await loadMentorLoop(db, allowed))!.report.document.text).toBe(text);
    expect(await setLinkPersonal(db, (await newReview(db)).reviewId, link!.id, true)).toBeNull();
  });

  it.skipIf(skip)('a wrong, malformed, revoked or expired token reads nothing', async () => {
    const owner = await newReview(db);
    const { token, mentor } = await mentorOn(db, owner, 'Wang');
    expect(mentor).toMatchObject({ role: 'mentor', reviewId: owner.reviewId, name: 'Wang' });
    expect(await mentorFor(db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(await mentorFor(db, 'short')).toBeNull();
    expect(await mentorFor(db, owner.reviewId)).toBeNull();
    const expiring = await createMentorLink(db, owner.reviewId, { name: 'Li', expiresInDays: 1 });
    expect(await mentorFor(db, expiring.token)).not.toBeNull();
    expect(await mentorFor(db, expiring.token, new Date(Date.now() + 2 * 86_400_000))).toBeNull();
    expect(await revokeMentorLink(db, owner.reviewId, mentor.linkId)).toBe(true);
    expect(await mentorFor(db, token)).toBeNull();
    const other = await newReview(db);
    expect(await revokeMentorLink(db, other.reviewId, expiring.link.id)).toBe(false);
    expect(await ownerOf(db, newReviewId())).toBeNull();
    await expect(createMentorLink(db, owner.reviewId, { name: 'wang' })).rejects.toThrow(/name exists/);
  });

  it.skipIf(skip)('keeps decisions, anchored comments, replies, resolutions and verdicts with their authors', async () => {
    const owner = await newReview(db);
    const { mentor } = await mentorOn(db, owner, 'Wang');
    await addDecision(db, mentor, { version: 1, findingId: 'a1', action: 'agree' });
    await addDecision(db, mentor, { version: 1, findingId: 'b1', action: 'dismiss', reason: '策划本身就是亮点' });
    await addDecision(db, mentor, { version: 1, findingId: 'c', action: 'severity', severity: 'error' });
    await expect(addDecision(db, mentor, { version: 1, findingId: 'nope', action: 'agree' })).rejects.toThrow(/no such finding/);
    const comment = await addComment(db, mentor, { body: '写清楚发布了多少、阅读量多少', anchor: quoteAt(1, V1, '每天发布内容') });
    await expect(addComment(db, mentor, { body: 'x', anchor: { ...quoteAt(1, V1, '每天发布内容'), quote: '别的字' } })).rejects.toThrow(/quote/);
    const reply = await addComment(db, owner, { body: '好的，我补上数据', parentId: comment.id });
    const nested = await addComment(db, mentor, { body: '👍', parentId: reply.id });
    expect(nested.parentId).toBe(comment.id);
    expect(await setResolved(db, owner.reviewId, comment.id, true)).toBe(true);
    await addVerdict(db, mentor, { body: '整体不错，补数据后可投', signedOff: true });

    const view = (await loadMentorLoop(db, owner))!;
    expect(view.viewer).toEqual({ role: 'owner', name: 'candidate' });
    expect(view.links?.map((l) => l.name)).toEqual(['Wang']);
    expect(view.feedback.decisions.map((d) => [d.findingId, d.action, d.author.name])).toEqual([['a1', 'agree', 'Wang'], ['b1', 'dismiss', 'Wang'], ['c', 'severity', 'Wang']]);
    expect(view.feedback.comments.map((c) => [c.author.role, c.body, c.resolved, c.parentId])).toEqual([
      ['mentor', '写清楚发布了多少、阅读量多少', true, null],
      ['owner', '好的，我补上数据', false, comment.id],
      ['mentor', '👍', false, comment.id],
    ]);
    expect(view.feedback.verdicts).toEqual([expect.objectContaining({ author: { role: 'mentor', name: 'Wang' }, signedOff: true })]);
    expect(Date.parse(view.feedback.comments[0]!.at)).not.toBeNaN();
    const mentorView = (await loadMentorLoop(db, mentor))!;
    expect(mentorView.links).toBeUndefined();
    expect(JSON.stringify(mentorView)).not.toContain(owner.reviewId);
  });

  it.skipIf(skip)('a revision shows what changed, carries decisions and moves or outdates comments', async () => {
    const owner = await newReview(db);
    const { mentor } = await mentorOn(db, owner, 'Wang');
    await addDecision(db, mentor, { version: 1, findingId: 'b1', action: 'agree' });
    await addComment(db, mentor, { body: '加上人数', anchor: quoteAt(1, V1, '负责活动策划') });
    await addComment(db, mentor, { body: '没有数据', anchor: quoteAt(1, V1, '每天发布内容') });
    const [v2, v3] = await Promise.all([
      addVersion(db, owner.reviewId, { original: textOriginal(V2), report: report2 }),
      addVersion(db, owner.reviewId, { original: textOriginal(V2), report: report2 }),
    ]);
    expect([v2, v3].sort()).toEqual([2, 3]);
    const view = (await loadMentorLoop(db, owner))!;
    expect(view.versions.map((v) => [v.version, v.score])).toEqual([[1, 48], [2, 71], [3, 71]]);
    expect(view.version).toBe(3);
    expect(view.changes).toMatchObject({ from: 2, resolved: [], added: [], unchanged: 2 });
    const [moved, outdated] = view.feedback.comments;
    expect(moved).toMatchObject({ outdated: false, anchor: quoteAt(3, V2, '负责活动策划') });
    expect(outdated).toMatchObject({ outdated: true, anchor: quoteAt(1, V1, '每天发布内容') });
    expect(view.feedback.decisions).toEqual([expect.objectContaining({ findingId: 'b2', action: 'agree' })]);
  });

  it.skipIf(skip)('a sign-off belongs to its version; an earlier version reopens with what was said by then', async () => {
    const owner = await newReview(db);
    const { mentor } = await mentorOn(db, owner, 'Wang');
    await addVerdict(db, mentor, { body: '可以投递', signedOff: true });
    await addDecision(db, mentor, { version: 1, findingId: 'b1', action: 'dismiss', reason: '不适用' });
    await addVersion(db, owner.reviewId, { original: textOriginal(V2), report: report2 });
    await addVerdict(db, mentor, { body: '还要再改', signedOff: false, version: 2 });
    await expect(addVerdict(db, mentor, { body: 'x', signedOff: true, version: 3 })).rejects.toMatchObject({ code: 'bad-request' });
    const latest = (await loadMentorLoop(db, owner))!;
    expect(latest.feedback.verdicts.map((v) => [v.version, v.signedOff])).toEqual([[1, true], [2, false]]);
    const first = (await loadMentorLoop(db, owner, 1))!;
    expect(first.version).toBe(1);
    expect(first.changes).toBeNull();
    expect(first.feedback.verdicts.map((v) => v.version)).toEqual([1]);
    expect(first.outcomes).toEqual([expect.objectContaining({ findingId: 'b1', dismissal: expect.objectContaining({ reason: '不适用' }) })]);
    expect(await loadMentorLoop(db, owner, 9)).toBeNull();
  });

  it.skipIf(skip)('two mentors commenting at the same moment both keep every comment', async () => {
    const owner = await newReview(db);
    const [a, b] = await Promise.all([mentorOn(db, owner, 'A'), mentorOn(db, owner, 'B')]);
    await Promise.all(Array.from({ length: 20 }, (_, i) => addComment(db, i % 2 ? a.mentor : b.mentor, { body: `c${i}`, anchor: quoteAt(1, V1, '负责活动策划') })));
    const view = (await loadMentorLoop(db, owner))!;
    expect(view.feedback.comments.map((c) => c.body).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`).sort());
  });

  it.skipIf(skip)('deleting a review removes every row that hangs on it', async () => {
    const owner = await newReview(db);
    const { mentor, token } = await mentorOn(db, owner, 'Wang');
    await addDecision(db, mentor, { version: 1, findingId: 'a1', action: 'agree' });
    await addComment(db, mentor, { body: 'x', anchor: quoteAt(1, V1, '负责活动策划') });
    await addVerdict(db, mentor, { body: 'ok', signedOff: false });
    await addVersion(db, owner.reviewId, { original: textOriginal(V2), report: report2 });
    expect(await deleteReview(db, owner.reviewId)).toBe(true);
    for (const table of ['review_versions', 'mentor_links', 'mentor_decisions', 'review_comments', 'mentor_verdicts']) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE review_id = $1`, [owner.reviewId]);
      expect(rows[0]!.n, table).toBe(0);
    }
    expect((await db.query('SELECT 1 FROM reviews WHERE id = $1', [owner.reviewId])).rows).toEqual([]);
    expect(await mentorFor(db, token)).toBeNull();
    expect(await loadMentorLoop(db, owner)).toBeNull();
    // A mentor whose token was checked just before the deletion gets a clean not-found, not a crash.
    await expect(addVerdict(db, mentor, { body: 'late', signedOff: true })).rejects.toMatchObject({ code: 'not-found' });
    await expect(addDecision(db, mentor, { version: 1, findingId: 'a1', action: 'agree' })).rejects.toMatchObject({ code: 'bad-request' });
    expect(await deleteReview(db, owner.reviewId)).toBe(false);
  });

  it.skipIf(skip || !driver.openSecond)('two app instances on one database see each other\'s comments at once', async () => {
    const second = await driver.openSecond!();
    try {
      await migrate(second);
      const owner = await newReview(db);
      const { token } = await mentorOn(db, owner, 'Wang');
      const viaSecond = (await mentorFor(second, token))!;
      await addComment(second, viaSecond, { body: '从第二个实例写的', anchor: quoteAt(1, V1, '负责活动策划') });
      const seenFirst = (await loadMentorLoop(db, owner))!;
      expect(seenFirst.feedback.comments.map((c) => c.body)).toEqual(['从第二个实例写的']);
      await addComment(db, owner, { body: '收到', parentId: seenFirst.feedback.comments[0]!.id });
      expect((await loadMentorLoop(second, viaSecond))!.feedback.comments.map((c) => c.body)).toEqual(['从第二个实例写的', '收到']);
    } finally {
      await second.close();
    }
  });
});
