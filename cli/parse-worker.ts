// The CLI's parse, inside a worker thread (cli/isolated-parse.ts starts it): the parent can stop it
// when a hostile file makes the parser spin, and a parser that runs out of memory takes only this
// thread down. Errors go back as plain data: an IngestError keeps its code and both messages.
import { parentPort, workerData } from 'node:worker_threads';
import { IngestError, parseResume } from '../lib/ingest/index.ts';
import type { WorkerJob, WorkerOutcome } from './isolated-parse.ts';

const { input } = workerData as WorkerJob;
let outcome: WorkerOutcome;
try {
  outcome = { ok: true, document: await parseResume(input) };
} catch (error) {
  outcome = {
    ok: false,
    error: error instanceof IngestError
      ? { ingest: { code: error.code, localized: error.localized } }
      : { unexpected: error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error) },
  };
}
parentPort!.postMessage(outcome);
