// The CLI's parse, inside a worker thread (cli/isolated-parse.ts starts it): the parent can stop it
// when a hostile file makes the parser spin, and a parser that runs out of memory takes only this
// thread down. Errors go back as plain data: an IngestError keeps its code and both messages.
import { parentPort, workerData } from 'node:worker_threads';
import { IngestError, parseResume } from '../lib/ingest/index.ts';
import type { Ocr } from '../lib/ingest/ocr.ts';
import { closeOcr, ocrPages } from '../server/ocr/index.ts';
import type { WorkerJob, WorkerOutcome } from './isolated-parse.ts';

const { input } = workerData as WorkerJob;

/** OCR takes seconds: the reader is told that it runs, and why. */
const announced: Ocr = (source, signal) => {
  const pages = source.type === 'pdf' ? ` (${source.pages.length} page(s) without text)` : '';
  process.stderr.write(`liangdian: 正在识别图片中的文字（OCR）/ reading the text of the image by OCR${pages}…\n`);
  return ocrPages(source, signal);
};
let outcome: WorkerOutcome;
try {
  outcome = { ok: true, document: await parseResume(input, { ocr: announced }) };
} catch (error) {
  outcome = {
    ok: false,
    error: error instanceof IngestError
      ? { ingest: { code: error.code, localized: error.localized } }
      : { unexpected: error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error) },
  };
}
await closeOcr();
parentPort!.postMessage(outcome);
