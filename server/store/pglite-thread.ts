import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Database, Queryable } from './db.ts';

/** What the main thread asks of the database thread. `tx` names an open transaction, or null. */
export type ThreadRequest =
  | { id: number; kind: 'query'; sql: string; params: unknown[] | undefined; tx: number | null }
  | { id: number; kind: 'begin' | 'commit' | 'rollback'; tx: number }
  | { id: number; kind: 'close' };

/** An error as it crosses threads: its message and Postgres's text fields (code, detail, constraint...). */
export type ErrorFields = { message: string } & Record<string, string>;

export type ThreadReply =
  | { kind: 'ready' }
  | { kind: 'failed'; error: ErrorFields }
  | { id: number; ok: true; rows: Record<string, unknown>[] }
  | { id: number; ok: false; error: ErrorFields };

const WORKER_FILE = 'pglite-worker.mjs';

/**
 * The worker's entry beside this module; from the repository root when this module was bundled
 * (Next), where its own location says nothing about the source tree.
 */
export function workerEntry(): string {
  const candidates = [path.join(/*turbopackIgnore: true*/ process.cwd(), 'server', 'store', WORKER_FILE)];
  try {
    candidates.unshift(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE));
  } catch {
    // Bundled without a file URL: the working directory is the answer.
  }
  const found = candidates.find((candidate) => existsSync(/*turbopackIgnore: true*/ candidate));
  if (!found) throw new Error(`cannot find the database thread's entry (${WORKER_FILE}) from ${process.cwd()}`);
  return found;
}

/** Postgres's error, rebuilt on the caller's side: same message, same `code` and other fields. */
function rebuildError(fields: ErrorFields): Error {
  const { message, ...rest } = fields;
  return Object.assign(new Error(message), rest);
}

interface Call {
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: Error) => void;
}

/**
 * Embedded Postgres (PGlite, WASM) on its own worker thread, so that binding, executing, file I/O and
 * decoding never block the server's thread. PGlite is one connection: the thread runs one query or
 * transaction at a time, and the others wait there.
 */
export class PgliteThread implements Database {
  readonly driver = 'pglite';
  readonly #worker: Worker;
  readonly #calls = new Map<number, Call>();
  #nextId = 1;
  #nextTransaction = 1;
  /** Set once the thread is gone: every call from then on fails with it. */
  #failure: Error | null = null;
  readonly #ready: Promise<void>;
  readonly #exited: Promise<void>;

  private constructor(dataDir: string, entry: string) {
    // Durable unless the user opts out (see syncWriteAheadLog in the worker).
    const sync = process.env.LIANGDIAN_PGLITE_SYNC !== 'off';
    this.#worker = new Worker(/*turbopackIgnore: true*/ entry, { workerData: { dataDir, sync }, execArgv: [] });
    let ready: () => void = () => undefined;
    let failed: (error: Error) => void = () => undefined;
    this.#ready = new Promise((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    this.#worker.on('message', (reply: ThreadReply) => {
      if ('id' in reply) this.#settle(reply);
      else if (reply.kind === 'ready') {
        if (this.#calls.size === 0) this.#worker.unref();
        ready();
      } else failed(rebuildError(reply.error));
    });
    this.#worker.on('error', (error) => {
      this.#fail(new Error(`embedded database thread crashed: ${error.message}`, { cause: error }));
      failed(this.#failure!);
    });
    this.#exited = new Promise((resolve) => this.#worker.once('exit', (code) => {
      this.#fail(new Error(`embedded database thread exited (code ${code})`));
      failed(this.#failure!);
      resolve();
    }));
  }

  /** Starts the thread and opens the database in `dataDir`; rejects with PGlite's error if it cannot. */
  static async open(dataDir: string, entry: string = workerEntry()): Promise<PgliteThread> {
    mkdirSync(dataDir, { recursive: true });
    const thread = new PgliteThread(dataDir, entry);
    await thread.#ready;
    return thread;
  }

  query<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    return this.#queryIn(null, sql, params);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const tx = this.#nextTransaction++;
    await this.#call({ kind: 'begin', tx });
    let result: T;
    try {
      result = await work({ query: (sql, params) => this.#queryIn(tx, sql, params) });
    } catch (error) {
      // The caller's error is the one that matters; a failed rollback (thread gone) adds nothing.
      await this.#call({ kind: 'rollback', tx }).catch(() => undefined);
      throw error;
    }
    await this.#call({ kind: 'commit', tx });
    return result;
  }

  /** Closes PGlite (its files flushed) and ends the thread. */
  async close(): Promise<void> {
    if (!this.#failure) {
      await this.#call({ kind: 'close' });
      this.#fail(new Error('the database is closed'));
    }
    // The caller waits for the thread to end: that wait must keep the process alive.
    this.#worker.ref();
    await this.#exited;
  }

  /** Settles once the thread has ended: closed, or crashed. */
  get ended(): Promise<void> {
    return this.#exited;
  }

  /** Ends the thread at once, as a crash would (for tests of what callers then see). */
  async terminate(): Promise<void> {
    await this.#worker.terminate();
    await this.#exited;
  }

  async #queryIn<Row>(tx: number | null, sql: string, params: unknown[] | undefined): Promise<{ rows: Row[] }> {
    return { rows: (await this.#call({ kind: 'query', sql, params, tx })) as Row[] };
  }

  #call(request: DistributiveOmit<ThreadRequest, 'id'>): Promise<Record<string, unknown>[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // Structured clone copies the parameters: the caller keeps its byte arrays.
      this.#worker.postMessage({ ...request, id });
      this.#calls.set(id, { resolve, reject });
      // A waiting call keeps the process alive; an idle thread does not.
      if (this.#calls.size === 1) this.#worker.ref();
    });
  }

  #settle(reply: Extract<ThreadReply, { id: number }>): void {
    const call = this.#calls.get(reply.id);
    if (!call) return;
    this.#calls.delete(reply.id);
    if (this.#calls.size === 0) this.#worker.unref();
    if (reply.ok) call.resolve(reply.rows);
    else call.reject(rebuildError(reply.error));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const call of this.#calls.values()) call.reject(this.#failure);
    this.#calls.clear();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
