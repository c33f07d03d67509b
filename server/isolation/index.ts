import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExportResult } from '../export/index.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import { PARSE_LIMITS } from '../../lib/ingest/limits.ts';
import { messages } from '../../lib/ingest/messages.ts';
import type { Report, Role } from '../../lib/report/schema.ts';
import { OutcomeCache, reviewKey } from './cache.ts';
import { integerFromEnv, memoryLimits } from './limits.ts';
import { WorkerPool, type PoolOptions } from './pool.ts';
import type { ParseInput, Task } from './protocol.ts';

export { BusyError, WorkerUnavailableError, WorkerPool, type PoolOptions, type PoolStats } from './pool.ts';
export type { ParseInput } from './protocol.ts';

const WORKER = 'server/isolation/worker.ts';

/**
 * The repository root, where the worker module and `tsx` live. Found from the working directory
 * (how `next start`, the CLI and the scripts run), else from this module's own location.
 */
function repositoryRoot(): string {
  const candidates = [process.env.LIANGDIAN_ROOT, process.cwd()];
  try {
    candidates.push(resolve(dirname(fileURLToPath(import.meta.url)), '../..'));
  } catch {
    // Bundled without a file URL: the working directory is the answer.
  }
  for (const candidate of candidates) if (candidate && existsSync(join(candidate, WORKER))) return candidate;
  throw new Error(`cannot find ${WORKER} from ${process.cwd()}; set LIANGDIAN_ROOT`);
}

/**
 * The children run the worker as one precompiled bundle (cli/bundle.js, rebuilt when a source it
 * was built from changes): no TypeScript loader in each child, which costs hundreds of MB and seconds
 * to start. Where no bundle can be built, or with LIANGDIAN_TSX=1, they compile it through tsx.
 */
async function workerModule(root: string): Promise<string> {
  const source = join(root, WORKER);
  if (process.env.LIANGDIAN_TSX === '1') return source;
  try {
    const bundle: typeof import('../../cli/bundle.js') = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(join(root, 'cli/bundle.js')).href);
    return await bundle.bundled(root, WORKER);
  } catch (error) {
    console.error('[liangdian] worker bundle not built, children compile through tsx', error);
    return source;
  }
}

/**
 * Two pools, so drawing and exporting (slow on a hostile page, and asked for by anyone holding a
 * link) never hold up reading uploads, and the reverse:
 * - review: parse and review of uploads and revisions;
 * - render: page images and exports, at a lower CPU priority than the server and its reviews
 *   (uploads waiting on a review child must not lose the cores to a page being drawn).
 */
export type Lane = 'review' | 'render';

/** Defaults sized for a 2-core server; each can be set through the environment. */
export function defaultPoolOptions(lane: Lane): PoolOptions {
  const root = repositoryRoot();
  const shared = { workerPath: workerModule(root), cwd: root, ...memoryLimits(), maxJobsPerChild: integerFromEnv('LIANGDIAN_PARSE_JOBS_PER_CHILD', 500) };
  if (lane === 'review') {
    return {
      ...shared,
      size: integerFromEnv('LIANGDIAN_PARSE_WORKERS', 2),
      queueLimit: integerFromEnv('LIANGDIAN_PARSE_QUEUE', 100),
      // The parser stops itself at its own limit with its own message; this is the backstop for
      // work that never yields (a regex or a synchronous inflate) and for the review after it.
      timeoutMs: integerFromEnv('LIANGDIAN_PARSE_TIMEOUT_MS', PARSE_LIMITS.timeoutMs + 5_000),
    };
  }
  return {
    ...shared,
    size: integerFromEnv('LIANGDIAN_RENDER_WORKERS', 2),
    queueLimit: integerFromEnv('LIANGDIAN_RENDER_QUEUE', 32),
    timeoutMs: integerFromEnv('LIANGDIAN_RENDER_TIMEOUT_MS', 15_000),
    nice: 10,
  };
}

// One pool per lane and one cache per process: Next may load this module once per route bundle.
const POOLS_KEY = Symbol.for('liangdian.workerPools');
const CACHE_KEY = Symbol.for('liangdian.reviewCache');
const PAGES_KEY = Symbol.for('liangdian.pageImageCache');
type WithPools = typeof globalThis & {
  [POOLS_KEY]?: Partial<Record<Lane, WorkerPool>>;
  [CACHE_KEY]?: OutcomeCache<Report> | null;
  [PAGES_KEY]?: OutcomeCache<Uint8Array | null>;
};
const holder = globalThis as WithPools;

export function getPool(lane: Lane): WorkerPool {
  const pools = (holder[POOLS_KEY] ??= {});
  return (pools[lane] ??= new WorkerPool(defaultPoolOptions(lane)));
}

/** Stops the process-wide pools (scripts and tests call this before they exit). */
export async function closePools(): Promise<void> {
  const pools = holder[POOLS_KEY] ?? {};
  delete holder[POOLS_KEY];
  await Promise.all(Object.values(pools).map((pool) => pool.close()));
}

/** Reviews remembered by content and role (`LIANGDIAN_PARSE_CACHE` entries, 64 by default; 0 turns it off). */
function reviewCache(): OutcomeCache<Report> | null {
  if (holder[CACHE_KEY] === undefined) {
    const entries = Number(process.env.LIANGDIAN_PARSE_CACHE ?? 64);
    // A timeout depends on the machine's load: the same file may pass on a quieter one.
    holder[CACHE_KEY] = Number.isInteger(entries) && entries > 0 ? new OutcomeCache<Report>(entries, new Set(['timeout'])) : null;
  }
  return holder[CACHE_KEY];
}

/**
 * The report of an upload, parsed and reviewed in a child process, or from memory when the same
 * input was reviewed lately; `onParsed` is told when the review starts. Rejects with the parser's own `IngestError` (same code and message),
 * with IngestError 'timeout' or 'corrupt' when the child had to be killed or died, and with
 * `BusyError` when too many files are already waiting.
 */
export async function reviewIsolated(input: ParseInput, role?: Role, onParsed?: () => void): Promise<Report> {
  // The parser would refuse it too; refusing here spares copying it to a child.
  if ('bytes' in input && input.bytes.byteLength > PARSE_LIMITS.maxBytes) {
    throw new IngestError('too-large', messages.tooLarge(PARSE_LIMITS.maxBytes));
  }
  if ('text' in input && input.text.length > PARSE_LIMITS.maxTextChars) {
    throw new IngestError('too-large', messages.textTooLong(PARSE_LIMITS.maxTextChars));
  }
  let told = false;
  const parsed = () => {
    if (!told) onParsed?.();
    told = true;
  };
  const task: Task = { kind: 'review', input, role };
  const run = () => getPool('review').run(task, parsed) as Promise<Report>;
  const report = await (reviewCache()?.get(reviewKey(input, role), run) ?? run());
  // Remembered: read and reviewed long ago.
  parsed();
  return report;
}

/**
 * Page `page` of a stored PDF as a PNG (null when there is no such page), drawn in a child. Pages are
 * remembered by `key` (review, version, page), failures too: asking again for a page that could not
 * be drawn is answered at once.
 */
export function pageImageIsolated(key: string, pdf: Uint8Array, page: number): Promise<Uint8Array | null> {
  holder[PAGES_KEY] ??= new OutcomeCache<Uint8Array | null>(48);
  return holder[PAGES_KEY].get(key, () => getPool('render').run({ kind: 'page-image', pdf, page }) as Promise<Uint8Array | null>);
}

/** One export of a review, made in a child (see `exportReview`). */
export function exportIsolated(task: Omit<Extract<Task, { kind: 'export' }>, 'kind'>): Promise<ExportResult> {
  return getPool('render').run({ kind: 'export', ...task }) as Promise<ExportResult>;
}
