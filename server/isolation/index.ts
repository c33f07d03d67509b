import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import { PARSE_LIMITS } from '../../lib/ingest/index.ts';
import { messages } from '../../lib/ingest/messages.ts';
import { ParseCache } from './cache.ts';
import { ParsePool, type PoolOptions } from './pool.ts';
import type { ParseInput } from './protocol.ts';

export { BusyError, ParserUnavailableError, ParsePool, type PoolOptions, type PoolStats } from './pool.ts';
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

function integerFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Defaults sized for a 2-core server; each can be set through the environment. */
export function defaultPoolOptions(): PoolOptions {
  const root = repositoryRoot();
  return {
    workerPath: join(root, WORKER),
    cwd: root,
    size: integerFromEnv('LIANGDIAN_PARSE_WORKERS', 2),
    queueLimit: integerFromEnv('LIANGDIAN_PARSE_QUEUE', 100),
    // The parser stops itself at its own limit with its own message; this is the backstop for
    // work that never yields (a regex or a synchronous inflate), a little later.
    timeoutMs: integerFromEnv('LIANGDIAN_PARSE_TIMEOUT_MS', PARSE_LIMITS.timeoutMs + 5_000),
    heapMb: integerFromEnv('LIANGDIAN_PARSE_HEAP_MB', 512),
    rssLimitMb: integerFromEnv('LIANGDIAN_PARSE_RSS_MB', 1024),
    maxJobsPerChild: integerFromEnv('LIANGDIAN_PARSE_JOBS_PER_CHILD', 500),
  };
}

// One pool and one cache per process: Next may load this module once per route bundle.
const GLOBAL_KEY = Symbol.for('liangdian.parsePool');
const CACHE_KEY = Symbol.for('liangdian.parseCache');
type WithPool = typeof globalThis & { [GLOBAL_KEY]?: ParsePool; [CACHE_KEY]?: ParseCache | null };

/** Remembered parses (`LIANGDIAN_PARSE_CACHE` entries, 64 by default; 0 turns it off). */
function parseCache(): ParseCache | null {
  const holder = globalThis as WithPool;
  if (holder[CACHE_KEY] === undefined) {
    const entries = Number(process.env.LIANGDIAN_PARSE_CACHE ?? 64);
    holder[CACHE_KEY] = Number.isInteger(entries) && entries > 0 ? new ParseCache(entries) : null;
  }
  return holder[CACHE_KEY];
}

export function getParsePool(): ParsePool {
  const holder = globalThis as WithPool;
  holder[GLOBAL_KEY] ??= new ParsePool(defaultPoolOptions());
  return holder[GLOBAL_KEY];
}

/** Stops the process-wide pool (scripts and tests call this before they exit). */
export async function closeParsePool(): Promise<void> {
  const holder = globalThis as WithPool;
  const pool = holder[GLOBAL_KEY];
  delete holder[GLOBAL_KEY];
  await pool?.close();
}

/**
 * `parseResume` in a child process, or from memory when the same input was parsed lately. Rejects with the parser's own `IngestError` (same code and
 * message), with IngestError 'timeout' or 'corrupt' when the child had to be killed or died,
 * and with `BusyError` when too many files are already waiting.
 */
export async function parseIsolated(input: ParseInput): Promise<ResumeDocument> {
  // The parser would refuse it too; refusing here spares copying it to a child.
  if ('bytes' in input && input.bytes.byteLength > PARSE_LIMITS.maxBytes) {
    throw new IngestError('too-large', messages.tooLarge(PARSE_LIMITS.maxBytes));
  }
  const parse = (each: ParseInput) => getParsePool().parse(each);
  return parseCache()?.get(input, parse) ?? parse(input);
}
