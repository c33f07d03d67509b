import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, type Report } from '../../lib/report/schema.ts';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../test/postgres.ts';
import { migrate, openPglite, openPostgres, readMigrations, type Database } from './db.ts';
import { findOriginal, findReview, insertReview, newReviewId } from './reviews.ts';
import { addVersion, deleteReview } from '../mentor/versions.ts';

const text = '张三\n负责用户运营，DAU 提升 35%';

function sampleReport(): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    role: { target: 'user-ops', inferred: 'user-ops', given: true },
    document: {
      version: 1,
      source: { type: 'text', bytes: Buffer.byteLength(text) },
      text,
      language: 'zh',
      pages: [],
      lines: [
        { span: { start: 0, end: 2 }, page: 1, language: 'zh' },
        { span: { start: 3, end: text.length }, page: 1, language: 'zh' },
      ],
      contact: { emails: [], phones: [], urls: [] },
      sections: [],
      diagnostics: [],
    },
    findings: [{
      id: 'f1', ruleId: 'highlights/quantified', messageId: 'praise', severity: 'praise', dimension: 'highlights',
      span: { start: 13, end: 16 }, message: { zh: '有数据', en: 'Has numbers' },
      why: { source: 'RULEBOOK.md', quote: '用数据说话' }, gain: 0,
    }],
    score: { overall: 72, band: 'good', algorithmVersion: 'test-1', dimensions: { highlights: 80, ownership: 60, resources: 50, roleFit: 70, clarity: 90 }, topFixes: [] },
  };
}

const drivers: { name: string; skip: string | null; open: (dir: string) => Promise<Database & { stopServer?: () => Promise<void> }> }[] = [
  { name: 'PGlite', skip: null, open: (dir) => openPglite(path.join(dir, 'pglite')) },
  {
    name: 'PostgreSQL',
    skip: postgresUnavailable(),
    async open() {
      const server: TestPostgres = await startPostgres();
      return Object.assign(await openPostgres(server.url), { stopServer: server.stop });
    },
  },
];

describe.each(drivers)('store on $name', ({ skip, open }) => {
  let dir: string;
  let db: Database & { stopServer?: () => Promise<void> };

  beforeAll(async () => {
    if (skip) return;
    dir = mkdtempSync(path.join(tmpdir(), 'liangdian-store-'));
    db = await open(dir);
  });

  afterAll(async () => {
    if (skip) return;
    await db.close();
    await db.stopServer?.();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.skipIf(skip)('migrations', () => {
    it('apply once, in order, and are recorded', async () => {
      const versions = readMigrations().map((m) => m.version);
      expect(await migrate(db)).toEqual(versions);
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(versions);
    });

    it('apply only the new ones from a directory, in number order', async () => {
      const extra = path.join(dir, 'migrations');
      mkdirSync(extra);
      writeFileSync(path.join(extra, '902-second.sql'), 'ALTER TABLE probe ADD COLUMN b int;');
      writeFileSync(path.join(extra, '901-first.sql'), '-- a comment; with a semicolon\nCREATE TABLE probe (a int);');
      writeFileSync(path.join(extra, 'notes.txt'), 'not a migration');
      expect(await migrate(db, readMigrations(extra))).toEqual([901, 902]);
      await db.query('INSERT INTO probe (a, b) VALUES (1, 2)');
    });

    it('roll back a failing migration entirely', async () => {
      const broken = [{ version: 903, name: 'broken', sql: 'CREATE TABLE half (a int); SELECT no_such_function();' }];
      await expect(migrate(db, broken)).rejects.toThrow();
      const { rows } = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half'");
      expect(rows).toHaveLength(0);
    });
  });

  describe.skipIf(skip)('reviews', () => {
    it('make ids of 128 random bits in base64url', () => {
      const ids = new Set(Array.from({ length: 100 }, newReviewId));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    });

    it('store a report with its original and read both back', async () => {
      const id = newReviewId();
      // Every byte value, in a view that starts inside its buffer (bytea goes over the wire as binary).
      const bytes = Uint8Array.from({ length: 300 }, (_, index) => index % 256).subarray(7, 290);
      const report = sampleReport();
      await insertReview(db, { id, original: { sourceType: 'text', fileName: 'cv.txt', mediaType: 'text/plain', bytes }, report });
      const stored = await findReview(db, id);
      expect(stored?.report).toEqual(report);
      expect(stored?.version).toBe(1);
      expect(stored?.createdAt).toBeInstanceOf(Date);
      const original = await findOriginal(db, id);
      expect(original).toEqual({ sourceType: 'text', fileName: 'cv.txt', mediaType: 'text/plain', bytes });
    });

    it('serve a stored report from memory, yet see versions and deletions made by another instance', async () => {
      const id = newReviewId();
      const original = { sourceType: 'text' as const, fileName: null, mediaType: null, bytes: new Uint8Array([1]) };
      await insertReview(db, { id, original, report: sampleReport() });
      const first = await findReview(db, id);
      expect((await findReview(db, id))?.report).toBe(first?.report);
      expect(Object.isFrozen(first?.report.findings[0])).toBe(true);
      // Another instance on the same database adds a revision: straight into the table, past this process's memory.
      const revised = { ...sampleReport(), score: { ...sampleReport().score, overall: 90 } };
      await db.query(
        `INSERT INTO review_versions (review_id, version, source_type, file_name, media_type, original, algorithm_version, report)
         VALUES ($1, 2, 'text', NULL, NULL, $2, 'test-1', $3)`,
        [id, new Uint8Array([2]), JSON.stringify(revised)],
      );
      expect((await findReview(db, id))?.report.score.overall).toBe(90);
      await db.query('DELETE FROM reviews WHERE id = $1', [id]);
      expect(await findReview(db, id)).toBeNull();
    });

    it('forget a deleted review', async () => {
      const id = newReviewId();
      await insertReview(db, { id, original: { sourceType: 'text', fileName: null, mediaType: null, bytes: new Uint8Array([1]) }, report: sampleReport() });
      expect(await deleteReview(db, id)).toBe(true);
      expect(await findReview(db, id)).toBeNull();
    });

    it('read back the latest revision as the review', async () => {
      const id = newReviewId();
      const original = { sourceType: 'text' as const, fileName: null, mediaType: null, bytes: new Uint8Array([1]) };
      await insertReview(db, { id, original, report: sampleReport() });
      const revised = { ...sampleReport(), score: { ...sampleReport().score, overall: 81 } };
      expect(await addVersion(db, id, { original, report: revised })).toBe(2);
      const stored = await findReview(db, id);
      expect(stored?.version).toBe(2);
      expect(stored?.report.score.overall).toBe(81);
    });

    it('find nothing for an unknown or malformed id', async () => {
      expect(await findReview(db, newReviewId())).toBeNull();
      expect(await findReview(db, "x' OR 1=1 --")).toBeNull();
      expect(await findOriginal(db, '../../etc/passwd')).toBeNull();
    });

    it('serialise concurrent writes and a transaction', async () => {
      const ids = Array.from({ length: 20 }, newReviewId);
      const original = { sourceType: 'text' as const, fileName: null, mediaType: null, bytes: new Uint8Array([1]) };
      await Promise.all([
        ...ids.map((id) => insertReview(db, { id, original, report: sampleReport() })),
        db.transaction(async (tx) => {
          await tx.query('CREATE TABLE tx_probe (a int)');
          await tx.query('INSERT INTO tx_probe VALUES (1)');
        }),
      ]);
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reviews WHERE id = ANY($1)', [ids]);
      expect(rows[0]?.n).toBe(20);
    });

    it('roll back a transaction that throws', async () => {
      const id = newReviewId();
      const original = { sourceType: 'text' as const, fileName: null, mediaType: null, bytes: new Uint8Array([1]) };
      await expect(db.transaction(async (tx) => {
        await insertReview(tx, { id, original, report: sampleReport() });
        throw new Error('stop');
      })).rejects.toThrow('stop');
      expect(await findReview(db, id)).toBeNull();
    });
  });
});

describe('migration 020 (reports as text) on a database that has reviews already', () => {
  it('keeps every stored report readable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-store-'));
    const db = await openPglite(path.join(dir, 'pglite'));
    try {
      const [before, after] = [readMigrations().filter((m) => m.version < 20), readMigrations().filter((m) => m.version >= 20)];
      await migrate(db, before);
      const id = newReviewId();
      await db.query(
        `INSERT INTO reviews (id, source_type, original, algorithm_version, report) VALUES ($1, 'text', $2, 'test-1', $3::jsonb)`,
        [id, new Uint8Array([1]), JSON.stringify(sampleReport())],
      );
      expect(await migrate(db, after)).toEqual(after.map((m) => m.version));
      expect((await findReview(db, id))?.report).toEqual(sampleReport());
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
