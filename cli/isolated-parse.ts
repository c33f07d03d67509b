// Parsing a file the CLI was handed, isolated in a worker thread: a hostile file (a parser that
// spins, a memory bomb, a document pdf.js builds wrongly) ends in a bilingual IngestError and a
// non-zero exit, never a hang, a crash or a stack trace.
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { isAcceptedUpload } from '../lib/api/reviews.ts';
import { ResumeDocument } from '../lib/document/schema.ts';
import { IngestError, type IngestErrorCode } from '../lib/ingest/errors.ts';
import { PARSE_LIMITS, type ResumeInput } from '../lib/ingest/index.ts';
import { messages } from '../lib/ingest/messages.ts';
import type { Localized } from '../lib/report/schema.ts';
import { integerFromEnv, memoryLimits } from '../server/isolation/limits.ts';
import { isolationMessages } from '../server/isolation/messages.ts';

/** Parent → worker, as workerData. */
export interface WorkerJob {
  input: ResumeInput;
}

/** Worker → parent: the parse's outcome as plain data (a class does not survive the thread boundary). */
export type WorkerOutcome =
  | { ok: true; document: unknown }
  | { ok: false; error: { ingest: { code: IngestErrorCode; localized: Localized } } | { unexpected: string } };

export interface IsolationOptions {
  /** Wall-clock limit after which the worker is stopped, whatever it is doing. */
  timeoutMs: number;
  /** The worker's heap limit. */
  heapMb: number;
  /** The whole process's resident memory limit (buffers live outside any heap): the server's child cap. */
  rssLimitMb: number;
}

/** How often resident memory is looked at while the worker runs. */
const RSS_POLL_MS = 50;

/**
 * The parser stops itself at PARSE_LIMITS.timeoutMs with its own message; the worker is stopped a
 * little later, for work that never yields (a regex, a synchronous loop in pdf.js).
 */
export function isolationOptions(): IsolationOptions {
  return {
    timeoutMs: integerFromEnv('LIANGDIAN_PARSE_TIMEOUT_MS', PARSE_LIMITS.timeoutMs + 2_000),
    ...memoryLimits(),
  };
}

const corrupt = () => new IngestError('corrupt', isolationMessages.crashed.review);

function debug(detail: string): void {
  if (process.env.LIANGDIAN_DEBUG) process.stderr.write(`liangdian: ${detail}\n`);
}

/**
 * The worker thread: the bundled worker beside this module's bundle when the CLI runs from one
 * (this code may sit in a chunk one folder down), else the TypeScript source compiled through tsx.
 */
function startWorker(job: WorkerJob, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (import.meta.url.endsWith('.ts')) {
    const module = new URL('./parse-worker.ts', import.meta.url).href;
    return new Worker(new URL('./tsx-worker.js', import.meta.url), { workerData: { ...job, module }, resourceLimits });
  }
  const bundled = ['./parse-worker.js', '../parse-worker.js'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url));
  if (!bundled) throw new Error(`parse-worker.js is missing beside ${import.meta.url}`);
  return new Worker(bundled, { workerData: job, resourceLimits });
}

/** `parseResume(input)` in a worker thread; rejects with an IngestError for every file that cannot be read. */
export function parseInWorker(input: ResumeInput, options: IsolationOptions = isolationOptions()): Promise<ResumeDocument> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ input }, options.heapMb);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new IngestError('timeout', messages.timeout(PARSE_LIMITS.timeoutMs)))), options.timeoutMs);
    const watchdog = setInterval(() => {
      if (process.memoryUsage.rss() <= options.rssLimitMb * 2 ** 20) return;
      debug(`parse stopped past ${options.rssLimitMb} MB resident`);
      settle(() => reject(corrupt()));
    }, RSS_POLL_MS);
    worker.on('message', (outcome: WorkerOutcome) => settle(() => {
      if (!outcome.ok) {
        if ('ingest' in outcome.error) return reject(new IngestError(outcome.error.ingest.code, outcome.error.ingest.localized));
        debug(`parser failed: ${outcome.error.unexpected}`);
        return reject(corrupt());
      }
      // What the parser built is checked like any other boundary (pdf.js can yield NaN boxes).
      const document = ResumeDocument.safeParse(outcome.document);
      if (document.success) return resolve(document.data);
      debug(`parser built an invalid document: ${document.error.message}`);
      reject(corrupt());
    }));
    // Out of memory, or a crash inside the parser.
    worker.on('error', (error) => settle(() => {
      debug(`parse worker failed: ${error.stack ?? error.message}`);
      reject(corrupt());
    }));
    worker.on('exit', (code) => settle(() => {
      debug(`parse worker exited (${code}) without an answer`);
      reject(corrupt());
    }));
  });
}

/**
 * The file's bytes, refused before they are read when larger than a parse accepts, or when its name
 * says a type the web upload refuses (a macro-enabled .docm): the CLI and the API take the same files.
 * A file that cannot be read at all is the caller's to word (its own error, not an IngestError).
 */
export async function readResumeFile(path: string): Promise<Uint8Array> {
  if (extname(path) && !isAcceptedUpload(basename(path), '')) throw new IngestError('unsupported-type', messages.unsupported);
  const { size } = await stat(path);
  if (size > PARSE_LIMITS.maxBytes) throw new IngestError('too-large', messages.tooLarge(PARSE_LIMITS.maxBytes));
  return new Uint8Array(await readFile(path));
}
