// `npm run bench -- <folder> [--json <out>] [--batch <n>] [--workers <n>] [--runs <n>] [--ocr-runs <n>]`: review
// speed on every PDF in a folder (recursively), against pdftotext on the same files in the same run, then a batch
// of reviews on worker threads, then OCR seconds per page (scripts/bench-ocr.ts; --ocr-runs 0 skips it). Targets: warm parse + review ≤ 1.0× pdftotext's whole process (median), the batch under
// 60 s on 2 cores. No assertions: targets live here, not in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { bundled } from '../cli/bundle.js';
import { parseResume } from '../lib/ingest/index.ts';
import { pdfjsWorkerPatched } from '../lib/ingest/pdf.ts';
import { review } from '../lib/review/index.ts';
import { benchOcr } from './bench-ocr.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/** Nearest-rank quantile (p in 0..1) of a non-empty list. */
export function quantile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function pdfsUnder(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...pdfsUnder(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.pdf')) out.push(path);
  }
  return out.sort();
}

async function reviewOnce(bytes: Uint8Array, fileName: string): Promise<void> {
  review(await parseResume({ bytes, fileName }));
}

/**
 * Warm in-process time of parse + review, and of review alone (which part is the engine's): medians of
 * `runs` timed runs after one untimed run.
 */
async function warmMs(bytes: Uint8Array, fileName: string, runs: number): Promise<{ total: number; review: number } | null> {
  let doc;
  try {
    doc = await parseResume({ bytes, fileName });
    review(doc);
  } catch {
    return null; // An unreadable PDF is reported in the table, not timed.
  }
  const totals: number[] = [];
  const reviews: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await reviewOnce(bytes, fileName);
    totals.push(performance.now() - t);
    const r = performance.now();
    review(doc);
    reviews.push(performance.now() - r);
  }
  return { total: median(totals), review: median(reviews) };
}

function processMs(command: string, args: string[]): number {
  const t = performance.now();
  spawnSync(command, args, { stdio: 'ignore', maxBuffer: 64 << 20 });
  return performance.now() - t;
}

interface BatchResult {
  files: number;
  seconds: number;
  /** Until every worker had loaded the code (part of `seconds`). */
  startupSeconds: number;
  /** Reviews that threw (unreadable files): counted as done, named by the table. */
  failed: number;
  /** Peak resident memory of the batch's own process: its main thread and every worker. */
  peakRssMb: number;
  workers: number;
}

interface BatchJob {
  files: string[];
  total: number;
  workers: number;
}

/**
 * Runs the batch in a process of its own, from the precompiled bundle of this script: its peak RSS is
 * the batch's alone, and its workers do not each pay tsx's compile of the whole graph (0.3 GB apiece).
 */
async function batchInOwnProcess(job: BatchJob): Promise<BatchResult> {
  const entry = fileURLToPath(await bundled(REPO_ROOT, 'scripts/bench.ts'));
  const child = spawnSync(process.execPath, [entry, '--batch-process'], { input: JSON.stringify(job), encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench: the batch process exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout) as BatchResult;
}

/** Hands the files out one review at a time, round-robin over the list, to whichever worker is free. */
async function runBatch({ files, total, workers }: BatchJob): Promise<BatchResult> {
  const t = performance.now();
  let handedOut = 0;
  let ready = 0;
  let startupSeconds = 0;
  let failed = 0;
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL(import.meta.url));
          worker.on('message', (message: 'ready' | 'done' | 'failed') => {
            if (message === 'ready' && ++ready === workers) startupSeconds = (performance.now() - t) / 1000;
            if (message === 'failed') failed++;
            worker.postMessage(handedOut < total ? files[handedOut++ % files.length]! : null);
          });
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`bench worker exited with ${code}`))));
        }),
    ),
  );
  return { files: total, seconds: (performance.now() - t) / 1000, startupSeconds, failed, peakRssMb: process.resourceUsage().maxRSS / 1024, workers };
}

/** A batch worker: reviews each file it is sent (null ends it); each file is read once. */
function workerMain(): void {
  const port = parentPort!;
  const cache = new Map<string, Uint8Array>();
  port.on('message', async (file: string | null) => {
    if (file === null) return port.close();
    if (!cache.has(file)) cache.set(file, new Uint8Array(readFileSync(file)));
    try {
      await reviewOnce(cache.get(file)!, file);
      port.postMessage('done');
    } catch {
      port.postMessage('failed');
    }
  });
  port.postMessage('ready');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      batch: { type: 'string', default: '1000' },
      workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      runs: { type: 'string', default: '5' },
      'batch-process': { type: 'boolean' },
      'ocr-runs': { type: 'string', default: '3' },
    },
  });
  if (values['batch-process']) {
    process.stdout.write(JSON.stringify(await runBatch(JSON.parse(readFileSync(0, 'utf8')) as BatchJob)));
    return 0;
  }
  const folder = positionals[0];
  if (!folder) {
    process.stderr.write('usage: npm run bench -- <folder> [--json <out>] [--batch <n>] [--workers <n>] [--runs <n>]\n');
    return 2;
  }
  const files = pdfsUnder(resolve(folder));
  if (files.length === 0) {
    process.stderr.write(`bench: no PDF under ${folder}\n`);
    return 1;
  }
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    process.stderr.write('bench: pdftotext (poppler-utils) is needed for the comparison\n');
    return 1;
  }
  // The machine's load is part of every number below: it is printed and kept with them.
  const loadAtStart = loadavg();
  console.log(`load average ${loadAtStart.map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  // Which pdf.js worker the warm times are of (LIANGDIAN_PDFJS_PATCHES=off measures the one pdf.js ships).
  const pdfjsWorker = (await pdfjsWorkerPatched()) ? 'text-only (patched)' : 'as shipped';
  console.log(`pdf.js worker: ${pdfjsWorker}`);
  const cli = resolve('bin', 'liangdian.js');
  const rows: { file: string; warm: number | null; reviewOnly: number | null; cli: number; pdftotext: number }[] = [];
  const f = (x: number) => x.toFixed(1);
  const width = Math.max(...files.map((file) => relative(resolve(folder), file).length), 4);
  // Rows are printed as they are measured: a run over a large folder shows its progress.
  console.log(`${'file'.padEnd(width)}  warm ms  review ms  cli ms  pdftotext ms  warm/pdftotext`);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const timed = await warmMs(bytes, file, Number(values.runs));
    const warm = timed?.total ?? null;
    const cliMs = processMs(process.execPath, [cli, 'review', file, '--format', 'json']);
    const pdftotext = median([0, 1, 2].map(() => processMs('pdftotext', [file, '-'])));
    const row = { file: relative(resolve(folder), file), warm, reviewOnly: timed?.review ?? null, cli: cliMs, pdftotext };
    rows.push(row);
    console.log(`${row.file.padEnd(width)}  ${(warm === null ? 'failed' : f(warm)).padStart(7)}  ${(row.reviewOnly === null ? '' : f(row.reviewOnly)).padStart(9)}  ${f(cliMs).padStart(6)}  ${f(pdftotext).padStart(12)}  ${warm === null ? '' : f(warm / pdftotext).padStart(14)}`);
  }
  const ok = rows.filter((r) => r.warm !== null);
  const ratios = ok.map((r) => r.warm! / r.pdftotext);
  const batchResult =
    Number(values.batch) > 0 && ok.length > 0
      ? await batchInOwnProcess({ files: ok.map((r) => join(resolve(folder), r.file)), total: Number(values.batch), workers: Number(values.workers) })
      : null;
  const summary = {
    files: files.length,
    warmReviewMs: { median: median(ok.map((r) => r.warm!)), p95: quantile(ok.map((r) => r.warm!), 0.95) },
    /** The review engine's share of the warm time (parsing is the rest). */
    reviewOnlyMs: { median: median(ok.map((r) => r.reviewOnly!)), p95: quantile(ok.map((r) => r.reviewOnly!), 0.95) },
    cliMs: { median: median(rows.map((r) => r.cli)) },
    pdftotextMs: { median: median(rows.map((r) => r.pdftotext)) },
    ratioWarmToPdftotext: median(ratios),
    batch: batchResult,
    failed: rows.filter((r) => r.warm === null).map((r) => r.file),
    pdfjsWorker,
    loadAverage: { start: loadAtStart, end: loadavg() },
    cores: availableParallelism(),
  };

  console.log(`\n${files.length} files: warm median ${f(summary.warmReviewMs.median)} ms (p95 ${f(summary.warmReviewMs.p95)}; review alone ${f(summary.reviewOnlyMs.median)} ms, p95 ${f(summary.reviewOnlyMs.p95)}), CLI median ${f(summary.cliMs.median)} ms, pdftotext median ${f(summary.pdftotextMs.median)} ms, warm/pdftotext median ${summary.ratioWarmToPdftotext.toFixed(2)}× (target ≤ 1.0×)`);
  if (batchResult)
    console.log(`batch: ${batchResult.files} reviews in ${f(batchResult.seconds)} s (${f(batchResult.startupSeconds)} s of it starting) on ${batchResult.workers} worker threads${batchResult.failed ? `, ${batchResult.failed} failed` : ''}, peak RSS ${f(batchResult.peakRssMb)} MB (target < 60 s on 2 cores)`);
  console.log(`load average at the end ${summary.loadAverage.end.map((x) => x.toFixed(2)).join(' ')}`);
  if (summary.failed.length) console.log(`unreadable: ${summary.failed.join(', ')}`);
  const ocr = Number(values['ocr-runs']) > 0 ? await benchOcr(Number(values['ocr-runs']), median) : null;
  if (ocr) {
    console.log('\nOCR in the parse pool (one child, its limits), seconds per page:');
    for (const page of ocr.pages) console.log(`  ${page.name.padEnd(32)} ${page.seconds.map((x) => x.toFixed(2)).join(' ')}  (confidence ${page.confidence ?? '?'})${page.failures.length ? `  ${page.failures.length} failed: ${page.failures[0]}` : ''}`);
    console.log(`OCR median ${ocr.medianSecondsPerPage.toFixed(2)} s per page (target ≤ 5 s), child peak RSS ${f(ocr.peakChildRssMb)} MB, parent event loop held at most ${f(ocr.parentEventLoopMaxMs)} ms`);
  }
  if (values.json) {
    mkdirSync(dirname(resolve(values.json)), { recursive: true });
    writeFileSync(values.json, JSON.stringify({ ...summary, ocr }, null, 2) + '\n');
  }
  return 0;
}

if (!isMainThread) workerMain();
else if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) process.exitCode = await main();
