import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { database } from './db.ts';
import { PgliteThread } from './pglite-thread.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-database-'));
const before = process.env.LIANGDIAN_DATA_DIR;
const url = process.env.DATABASE_URL;
process.env.LIANGDIAN_DATA_DIR = dir;
delete process.env.DATABASE_URL;
afterAll(async () => {
  await (await database()).close();
  (globalThis as { liangdianDatabase?: unknown }).liangdianDatabase = undefined;
  if (before === undefined) delete process.env.LIANGDIAN_DATA_DIR;
  else process.env.LIANGDIAN_DATA_DIR = before;
  if (url !== undefined) process.env.DATABASE_URL = url;
  rmSync(dir, { recursive: true, force: true });
});

describe("the server's one database", () => {
  it('is opened once, however many callers ask at the same moment', async () => {
    const [first, second] = await Promise.all([database(), database()]);
    expect(first).toBe(second);
    expect(first.driver).toBe('pglite');
  });

  it('is opened again, with everything committed, after its thread has died', async () => {
    const db = await database();
    await db.query("INSERT INTO schema_migrations (version, name) VALUES (9001, 'committed before the crash')");
    expect(db).toBeInstanceOf(PgliteThread);
    await (db as PgliteThread).terminate();
    await expect(db.query('SELECT 1')).rejects.toThrow('embedded database thread exited');
    const reopened = await database();
    expect(reopened).not.toBe(db);
    const { rows } = await reopened.query('SELECT name FROM schema_migrations WHERE version = 9001');
    expect(rows).toEqual([{ name: 'committed before the crash' }]);
  });
});
