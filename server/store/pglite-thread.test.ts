import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteThread } from './pglite-thread.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settledYet = (promise: Promise<unknown>) => {
  const state = { settled: false };
  promise.then(() => (state.settled = true), () => (state.settled = true));
  return state;
};

describe('PGlite on its own thread', () => {
  let db: PgliteThread;

  beforeAll(async () => {
    db = await PgliteThread.open(path.join(dir, 'main'));
    await db.query('CREATE TABLE items (id integer PRIMARY KEY, name text UNIQUE, bytes bytea, doc jsonb, at timestamptz DEFAULT now())');
  });
  afterAll(() => db.close());

  it('returns bytea as the same bytes, and leaves the caller its own array', async () => {
    const bytes = new Uint8Array(randomBytes(267 * 1024));
    bytes.set([0, 255, 92, 120], 0);
    const doc = { text: '张三\n负责用户运营', spans: [{ start: 0, end: 2 }], nested: { n: null, ok: true } };
    await db.query('INSERT INTO items (id, bytes, doc) VALUES ($1, $2, $3)', [1, bytes, JSON.stringify(doc)]);
    expect(bytes.byteLength).toBe(267 * 1024);
    const { rows } = await db.query<{ bytes: Uint8Array; doc: unknown; at: Date }>('SELECT bytes, doc, at FROM items WHERE id = 1');
    expect(rows[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(rows[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(rows[0]!.doc).toEqual(doc);
    expect(rows[0]!.at).toBeInstanceOf(Date);
  });

  it('refuses a bytea parameter that is not a byte array', async () => {
    await expect(db.query('INSERT INTO items (id, bytes) VALUES (2, $1)', ['text'])).rejects.toThrow('bytea parameter must be a Uint8Array');
  });

  it("passes Postgres's message, SQLSTATE and fields through, outside and inside a transaction", async () => {
    await db.query("INSERT INTO items (id, name) VALUES (10, 'taken')");
    const outside = await db.query("INSERT INTO items (id, name) VALUES (11, 'taken')").catch((error: unknown) => error);
    expect(outside).toBeInstanceOf(Error);
    expect(outside).toMatchObject({ code: '23505', constraint: 'items_name_key', message: expect.stringContaining('duplicate key value violates unique constraint') });
    const inside = await db.transaction((tx) => tx.query('SELEC 1')).catch((error: unknown) => error);
    expect(inside).toMatchObject({ code: '42601', message: 'syntax error at or near "SELEC"' });
  });

  it('commits what the work did when it resolves, and returns its value', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query("INSERT INTO items (id, name) VALUES (20, 'a')");
      await tx.query("INSERT INTO items (id, name) VALUES (21, 'b')");
      return (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE id IN (20, 21)')).rows[0]!.n;
    });
    expect(value).toBe(2);
    expect((await db.query('SELECT id FROM items WHERE id IN (20, 21)')).rows).toHaveLength(2);
  });

  it('rolls back everything the work did when it throws, and rethrows its error', async () => {
    const failure = new Error('changed my mind');
    await expect(db.transaction(async (tx) => {
      await tx.query("INSERT INTO items (id, name) VALUES (30, 'c')");
      await tx.query("UPDATE items SET name = 'renamed' WHERE id = 10");
      throw failure;
    })).rejects.toBe(failure);
    expect((await db.query('SELECT id FROM items WHERE id = 30')).rows).toEqual([]);
    expect((await db.query('SELECT name FROM items WHERE id = 10')).rows).toEqual([{ name: 'taken' }]);
  });

  it('makes queries from outside wait until the transaction ends, then see what it committed', async () => {
    let outside: Promise<{ rows: Record<string, unknown>[] }> | null = null;
    let outsideState = { settled: false };
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO items (id, name) VALUES (40, 'd')");
      outside = db.query('SELECT count(*)::int AS n FROM items WHERE id = 40');
      outsideState = settledYet(outside);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Still inside: the outside query must not have run, let alone answered.
      await tx.query("INSERT INTO items (id, name) VALUES (41, 'e')");
      expect(outsideState.settled).toBe(false);
    });
    expect((await outside!).rows).toEqual([{ n: 1 }]);
  });

  it('refuses a query on a transaction that has ended', async () => {
    let kept: Parameters<Parameters<PgliteThread['transaction']>[0]>[0] | null = null;
    await db.transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.query('SELECT 1')).rejects.toThrow('Transaction is closed');
  });

  it('rejects every call after close', async () => {
    const other = await PgliteThread.open(path.join(dir, 'closed'));
    await other.query('SELECT 1');
    await other.close();
    await expect(other.query('SELECT 1')).rejects.toThrow('the database is closed');
    await other.close();
  });
});

describe('a database thread that dies', () => {
  it('rejects the calls in flight with a clear error, and every later call too', async () => {
    const db = await PgliteThread.open(path.join(dir, 'crash'));
    let inTransaction: Promise<unknown> | null = null;
    const transaction = db.transaction(async (tx) => {
      inTransaction = tx.query('SELECT pg_sleep(2)');
      return inTransaction;
    });
    const waiting = db.query('SELECT 1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await db.terminate();
    await expect(transaction).rejects.toThrow('embedded database thread exited (code 1)');
    await expect(inTransaction!).rejects.toThrow('embedded database thread exited (code 1)');
    await expect(waiting).rejects.toThrow('embedded database thread exited (code 1)');
    await expect(db.query('SELECT 1')).rejects.toThrow('embedded database thread exited (code 1)');
    await expect(db.transaction(async () => 1)).rejects.toThrow('embedded database thread exited (code 1)');
    await db.close();
  });

  it('fails to open with the reason when the thread cannot start', async () => {
    const broken = path.join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot load');\n");
    await expect(PgliteThread.open(path.join(dir, 'never'), broken)).rejects.toThrow('embedded database thread crashed: cannot load');
  });

  it("fails to open with PGlite's error when the directory holds another Postgres version's files", async () => {
    const foreign = path.join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'PG_VERSION'), '9\n');
    await expect(PgliteThread.open(foreign)).rejects.toThrow('PGlite failed to initialize properly');
  });
});

describe('the process around the database thread', () => {
  const runScript = (body: string) => {
    const script = `import { openPglite } from './server/store/db.ts';
const db = await openPglite(${JSON.stringify(path.join(dir, 'script'))});
${body}`;
    return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
  };

  it('exits when the work is done, though the database was never closed (as a script may leave it)', () => {
    const run = runScript("console.log((await db.query('SELECT 41 + 1 AS answer')).rows[0].answer);");
    expect(run.stderr).not.toContain('Error');
    expect(run.stdout.trim()).toBe('42');
    expect(run.status).toBe(0);
  });

  it('stays alive while close() waits for the thread to end', () => {
    const run = runScript("await db.query('SELECT 1');\nawait db.close();\nconsole.log('closed');");
    expect(run.stderr).not.toContain('Error');
    expect(run.stdout.trim()).toBe('closed');
    expect(run.status).toBe(0);
  });
});
