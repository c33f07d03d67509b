// @ts-check
// The embedded database's own thread (see pglite-thread.ts). Plain JavaScript on purpose: a worker
// thread gets no TypeScript loader (tsx's `--import` hooks do not reach workers on Node 20), and
// this file must load unchanged under vitest, tsx and `next start`.
import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** @typedef {import('./pglite-thread.ts').ThreadRequest} ThreadRequest */
/** @typedef {import('./pglite-thread.ts').ThreadReply} ThreadReply */
/** @typedef {import('./pglite-thread.ts').ErrorFields} ErrorFields */
/** @typedef {import('@electric-sql/pglite').Transaction} Transaction */

const BYTEA_OID = 17;

/**
 * PGlite's own bytea serializer builds hex text one byte at a time in JavaScript (about 80 ms for a
 * 400 KB PDF); a byte array handed back as is goes over the wire protocol as a binary parameter.
 * @param {unknown} value
 */
function byteaBinary(value) {
  if (!(value instanceof Uint8Array)) throw new TypeError('bytea parameter must be a Uint8Array');
  return /** @type {never} */ (value);
}

/**
 * PGlite's own bytea parser decodes the hex text a character pair at a time in JavaScript (about
 * 17 ms for a 267 KB PDF); Buffer decodes it natively.
 * @param {string} text `\x` and two hex digits a byte
 * @returns {Uint8Array}
 */
function byteaFromHex(text) {
  return Buffer.from(text.slice(2), 'hex');
}

/**
 * What the caller needs of an error: its message and every text field Postgres sent (code, detail,
 * constraint...). Not `params`: it can hold the whole upload.
 * @param {unknown} error
 * @returns {ErrorFields}
 */
function errorFields(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  /** @type {ErrorFields} */
  const fields = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) if (typeof value === 'string') fields[key] = value;
  return fields;
}

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {ThreadReply} reply */
const reply = (reply) => port.postMessage(reply);

/** Thrown into PGlite's transaction callback to make it roll back; never reaches the caller. */
const ROLLBACK = Symbol('rollback');

/**
 * Open transactions by the id the main thread gave them. Each holds PGlite's transaction callback
 * open until the main thread says how it ends.
 * @type {Map<number, { tx: Transaction; end: (commit: boolean) => void; settled: Promise<unknown> }>}
 */
const transactions = new Map();

/** @type {PGlite} */
let pglite;
try {
  pglite = await PGlite.create(/** @type {string} */ (workerData.dataDir), { serializers: { [BYTEA_OID]: byteaBinary }, parsers: { [BYTEA_OID]: byteaFromHex } });
} catch (error) {
  reply({ kind: 'failed', error: errorFields(error) });
  port.close();
  throw error;
}

/**
 * @param {number} id
 * @returns {Promise<void>} once the transaction holds PGlite (queries outside it wait from then on)
 */
function begin(id) {
  return new Promise((opened, failed) => {
    /** @type {(commit: boolean) => void} */
    let end = () => undefined;
    const ending = new Promise((commit, rollback) => {
      end = (shouldCommit) => (shouldCommit ? commit(undefined) : rollback(ROLLBACK));
    });
    const settled = pglite.transaction(async (tx) => {
      transactions.set(id, { tx, end, settled });
      opened();
      await ending;
    });
    settled.catch(failed);
  });
}

/**
 * @param {number} id
 * @param {boolean} commit
 */
async function finish(id, commit) {
  const transaction = transactions.get(id);
  if (!transaction) throw new Error('Transaction is closed');
  transactions.delete(id);
  transaction.end(commit);
  await transaction.settled.catch((error) => {
    if (error !== ROLLBACK) throw error;
  });
}

const WAL = join(/** @type {string} */ (workerData.dataDir), 'pg_wal');
const WAL_SEGMENT = /^[0-9A-F]{24}$/;
/** Size and modification time of each WAL segment when it was last synced. @type {Map<string, string>} */
const syncedWal = new Map();

/** @param {string} path */
function fsyncPath(path) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes what was written so far survive a power cut: the WASM Postgres writes its files through
 * Node without ever reaching the disk's cache flush (its fsync goes nowhere), so after every write
 * this flushes the write-ahead log, from which Postgres recovers everything committed. The newest
 * segment is always flushed (a time stamp can be too coarse to show a change), older ones when their
 * size or time changed, and the folder when a segment appeared. LIANGDIAN_PGLITE_SYNC=off skips it.
 */
function syncWriteAheadLog() {
  if (!workerData.sync) return;
  /** @type {{ name: string; mark: string; mtime: number }[]} */
  const segments = [];
  for (const name of readdirSync(WAL)) {
    if (!WAL_SEGMENT.test(name)) continue;
    const { size, mtimeMs } = statSync(join(WAL, name));
    segments.push({ name, mark: `${size}:${mtimeMs}`, mtime: mtimeMs });
  }
  const newest = segments.reduce((latest, segment) => (!latest || segment.mtime >= latest.mtime ? segment : latest), /** @type {typeof segments[number] | undefined} */ (undefined));
  let appeared = false;
  for (const segment of segments) {
    if (segment !== newest && syncedWal.get(segment.name) === segment.mark) continue;
    appeared ||= !syncedWal.has(segment.name);
    fsyncPath(join(WAL, segment.name));
    syncedWal.set(segment.name, segment.mark);
  }
  if (appeared) fsyncPath(WAL);
}

/**
 * @param {ThreadRequest} request
 * @returns {Promise<Record<string, unknown>[]>}
 */
async function handle(request) {
  const rows = await run(request);
  // Acknowledged means on disk: a statement on its own, or a commit.
  if ((request.kind === 'query' && request.tx === null) || request.kind === 'commit') syncWriteAheadLog();
  return rows;
}

/**
 * @param {ThreadRequest} request
 * @returns {Promise<Record<string, unknown>[]>}
 */
async function run(request) {
  switch (request.kind) {
    case 'query': {
      if (request.tx === null) return (await pglite.query(request.sql, request.params)).rows;
      const transaction = transactions.get(request.tx);
      if (!transaction) throw new Error('Transaction is closed');
      return (await transaction.tx.query(request.sql, request.params)).rows;
    }
    case 'begin':
      await begin(request.tx);
      return [];
    case 'commit':
    case 'rollback':
      await finish(request.tx, request.kind === 'commit');
      return [];
    case 'close':
      await pglite.close();
      return [];
  }
}

port.on('message', (/** @type {ThreadRequest} */ request) => {
  handle(request).then(
    (rows) => {
      reply({ id: request.id, ok: true, rows });
      // Nothing is left to do: the thread ends once its port is closed.
      if (request.kind === 'close') port.close();
    },
    (error) => reply({ id: request.id, ok: false, error: errorFields(error) }),
  );
});

reply({ kind: 'ready' });
