import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PgliteThread } from './pglite-thread.ts';

/** What the rest of the server needs from a database; PGlite and Postgres both provide it. */
export interface Queryable {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly driver: 'pglite' | 'postgres';
}

/** Embedded Postgres (WASM) in a directory, on its own thread (see pglite-thread.ts). */
export function openPglite(dataDir: string): Promise<Database> {
  return PgliteThread.open(dataDir);
}

/** A real Postgres server through a connection pool. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10 });
  return {
    driver: 'postgres',
    query: async (sql, params) => ({ rows: (await pool.query(sql, params)).rows }),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (sql, params) => ({ rows: (await client.query(sql, params)).rows }) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export const MIGRATIONS_DIR = path.join(process.cwd(), 'server', 'store', 'migrations');

export interface Migration { version: number; name: string; sql: string }

/** `NNN-name.sql` files, in number order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .map((file) => /^(\d{3})-([\w-]+)\.sql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ version: Number(match[1]), name: match[2]!, sql: readFileSync(path.join(/*turbopackIgnore: true*/ dir, match[0]), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction.
 * An advisory lock keeps two servers starting against one Postgres from racing.
 */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7238001)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Splits a migration file at top-level semicolons (our migrations hold no functions or quoted semicolons). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** The data directory for the embedded database. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.LIANGDIAN_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const db = url ? await openPostgres(url) : await openPglite(path.join(dataDir(), 'pglite'));
  await migrate(db);
  return db;
}

// One database per server process, shared by every bundle Next loads this module into:
// PGlite must never be opened twice on the same directory.
const shared = globalThis as typeof globalThis & { liangdianDatabase?: Promise<Database> };

export function database(): Promise<Database> {
  const opening: Promise<Database> = shared.liangdianDatabase ??= openDatabase().then(
    (db) => {
      // A database thread that dies (say, WASM out of memory) fails the calls it had and every later
      // one; the next caller opens the database again, after the dead thread has let go of its files.
      if (db instanceof PgliteThread) {
        void db.ended.then(() => {
          if (shared.liangdianDatabase === opening) shared.liangdianDatabase = undefined;
        });
      }
      return db;
    },
    (error: unknown) => {
      shared.liangdianDatabase = undefined;
      throw error;
    },
  );
  return opening;
}
