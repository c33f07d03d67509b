// `npm run load [-- --clients=50 --seconds=60 --unique --read=page|api --hostile --no-build --port=3320]`
// Loopback load test: N clients upload our own 2-page resume PDF and read each report back (the report
// page as a browser opens it, or with --read=api the report's JSON as an API client reads it), for a
// bounded time; prints throughput, latency percentiles and errors, writes artifacts/load/load*.json.
// With --hostile, three more senders keep the server busy the whole time with what costs it most: a
// 9.9 MB text, a PDF whose page holds a 12000×12000 image, and one of 1.5 million rectangles (each
// uploaded, then its page image asked for); the table then shows the other clients' latency beside them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { fixturePdf } from '../server/fixtures.ts';
import { sampleMemory } from './stress/channels.ts';
import { imageBombPdf, rectanglePdf } from './stress/corpus.ts';
import { ROOT, buildServer, startServer } from './stress/server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const clients = Math.min(500, Number(option('clients', '50')));
const seconds = Math.min(600, Number(option('seconds', '60')));
const port = Number(option('port', '3320'));
/** Make every upload byte-distinct, so nothing can be answered from a cache of earlier parses. */
const unique = args.includes('--unique');
const read = option('read', 'page');
const hostile = args.includes('--hostile');
if (read !== 'page' && read !== 'api') throw new Error('--read is page or api');
/** Where a client reads the report it just uploaded, and how it knows it got all of it. */
const reportRequest = read === 'page'
  ? { path: (id: string) => `/r/${id}`, complete: (body: string) => body.includes('</html>') }
  : { path: (id: string) => `/api/reviews/${id}`, complete: (body: string) => body.endsWith('}') && body.includes('"findings"') };
const MAX_REQUESTS = 200_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Our 2-page resume: the Chinese and the English fixture, as Chromium printed them, in one PDF. */
async function twoPagePdf(): Promise<Uint8Array<ArrayBuffer>> {
  const merged = await PDFDocument.create();
  for (const name of ['zh-ops', 'en-ops']) {
    const source = await PDFDocument.load(await fixturePdf(name));
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
  }
  return new Uint8Array(await merged.save());
}

/** The same PDF with a different comment after %%EOF: readers ignore it, hashes do not. */
function variant(pdf: Uint8Array<ArrayBuffer>, client: number, round: number): Uint8Array<ArrayBuffer> {
  if (!unique) return pdf;
  const tail = new TextEncoder().encode(`\n% load ${client}.${round}.${Math.random()}\n`);
  const bytes = new Uint8Array(pdf.length + tail.length);
  bytes.set(pdf);
  bytes.set(tail, pdf.length);
  return bytes;
}

/**
 * CPU milliseconds a thread (`/proc/<pid>/task/<tid>`) or a whole process (`/proc/<pid>`) has used:
 * utime + stime, in clock ticks of 10 ms (Linux's USER_HZ).
 */
function cpuMs(statPath: string): number {
  const fields = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const BOUNDARY = 'liangdian-load-boundary';
const FORM_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/**
 * The upload as a browser's form sends it: one PDF in a multipart body. Encoded by hand once per
 * client and file, not per request, so the clients take less of the two cores the server needs.
 */
function uploadForm(bytes: Uint8Array, fileName: string): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const head = encoder.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
  const form = new Uint8Array(head.length + bytes.length + tail.length);
  form.set(head);
  form.set(bytes, head.length);
  form.set(tail, head.length + bytes.length);
  return form;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value);
  return { count: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) };
}

const pdf = await twoPagePdf();
const distDir = '.next-stress';
if (!args.includes('--no-build')) buildServer(distDir);
const workDir = join(ROOT, 'artifacts', 'load');
const dataDir = join(workDir, 'data');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
// Each client below is a distinct address (X-Forwarded-For); the per-client upload limit is raised
// because one load client uploads far more often than any person.
// The clients play a proxy in front of the server, which appends each one's address: one hop trusted.
const server = await startServer({ port, distDir, env: { LIANGDIAN_DATA_DIR: dataDir, LIANGDIAN_UPLOAD_RATE: '100000/100000', LIANGDIAN_TRUSTED_PROXY_HOPS: '1' } });
const { baseUrl } = server;
if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(baseUrl)) throw new Error('load runs on loopback only');

// Warm-up: the first requests compile routes and start the parser children.
for (let index = 0; index < 4; index++) {
  const form = uploadForm(variant(pdf, -1, index), 'resume.pdf');
  const response = await fetch(`${baseUrl}/api/reviews`, { method: 'POST', body: form, headers: { 'content-type': FORM_TYPE } });
  const body = await response.json() as { id?: string };
  if (body.id) await (await fetch(`${baseUrl}${reportRequest.path(body.id)}`)).arrayBuffer();
}

const memory = sampleMemory(server.pid, 200);
// Where each cycle's CPU goes: the server's request thread (Next), the server as a whole (with its
// database thread), and this process, the clients.
const serverThreadCpu = () => cpuMs(`/proc/${server.pid}/task/${server.pid}/stat`);
const serverCpu = () => cpuMs(`/proc/${server.pid}/stat`);
const cpuBefore = { thread: serverThreadCpu(), server: serverCpu(), clients: process.cpuUsage() };
const uploadMs: number[] = [];
const reportMs: number[] = [];
const totalMs: number[] = [];
const errors = new Map<string, number>();
const countError = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
let requests = 0;
const started = performance.now();
const deadline = started + seconds * 1000;

// Every client sends the same file under the same name, which the warm-up above has read already; with
// --unique none can be answered from the parse cache.
const sameForm = uploadForm(pdf, 'resume.pdf');

async function client(number: number): Promise<void> {
  const address = `10.0.${Math.floor(number / 250)}.${(number % 250) + 1}`;
  for (let round = 0; performance.now() < deadline && requests < MAX_REQUESTS; round++) {
    requests += 2;
    const begin = performance.now();
    try {
      const form = unique ? uploadForm(variant(pdf, number, round), 'resume.pdf') : sameForm;
      const upload = await fetch(`${baseUrl}/api/reviews`, {
        method: 'POST', body: form, headers: { 'content-type': FORM_TYPE, 'x-forwarded-for': address }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = await upload.json() as { id?: string; error?: { code: string } };
      const uploaded = performance.now();
      if (!upload.ok || !body.id) {
        countError(`upload ${upload.status} ${body.error?.code ?? ''}`.trim());
        continue;
      }
      const report = await fetch(`${baseUrl}${reportRequest.path(body.id)}`, { headers: { 'x-forwarded-for': address }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const text = await report.text();
      const done = performance.now();
      if (!report.ok || !reportRequest.complete(text)) {
        countError(`report ${report.status}`);
        continue;
      }
      uploadMs.push(uploaded - begin);
      reportMs.push(done - uploaded);
      totalMs.push(done - begin);
    } catch (error) {
      countError((error as Error).name === 'TimeoutError' ? 'timeout' : `network ${(error as Error).message}`);
    }
  }
}

/** What each hostile sender got back: status (and error code) → count, and how long each took. */
const hostileOutcomes = new Map<string, { count: number; ms: number[] }>();
function noteHostile(kind: string, outcome: string, ms: number): void {
  const key = `${kind}: ${outcome}`;
  const entry = hostileOutcomes.get(key) ?? { count: 0, ms: [] };
  entry.count++;
  entry.ms.push(ms);
  hostileOutcomes.set(key, entry);
}

/** The same bytes made distinct (a comment after the end), so no cache answers a hostile sender. */
function distinct(bytes: Uint8Array, round: number): Uint8Array<ArrayBuffer> {
  const tail = new TextEncoder().encode(`\n% ${round} ${Math.random()}\n`);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}

/** One hostile sender: uploads its file again and again, then asks for its first page as an image. */
async function hostileSender(kind: string, bytes: Uint8Array, fileName: string, drawPage: boolean): Promise<void> {
  const address = `192.0.2.${kind.length}`;
  for (let round = 0; performance.now() < deadline; round++) {
    const begin = performance.now();
    try {
      const form = uploadForm(distinct(bytes, round), fileName);
      const upload = await fetch(`${baseUrl}/api/reviews`, { method: 'POST', body: form, headers: { 'content-type': FORM_TYPE, 'x-forwarded-for': address }, signal: AbortSignal.timeout(120_000) });
      const body = await upload.json() as { id?: string; error?: { code: string } };
      noteHostile(kind, `upload ${upload.status} ${body.error?.code ?? ''}`.trim(), performance.now() - begin);
      if (!drawPage || !body.id) continue;
      const drawn = performance.now();
      const image = await fetch(`${baseUrl}/api/reviews/${body.id}/pages/1`, { headers: { 'x-forwarded-for': address }, signal: AbortSignal.timeout(120_000) });
      const code = image.ok ? '' : ((await image.json()) as { error?: { code: string } }).error?.code ?? '';
      if (image.ok) await image.arrayBuffer();
      noteHostile(kind, `page image ${image.status} ${code}`.trim(), performance.now() - drawn);
    } catch (error) {
      noteHostile(kind, (error as Error).name, performance.now() - begin);
    }
  }
}

const hostileSenders = hostile
  ? [
    hostileSender('9.9 MB text', new TextEncoder().encode('Grew users by 10% in 3 months. '.repeat(Math.floor((9.9 * 2 ** 20) / 31))), 'long.txt', false),
    hostileSender('image bomb', await imageBombPdf(12_000), 'image.pdf', true),
    hostileSender('rectangles', await rectanglePdf(1_500_000), 'rectangles.pdf', true),
  ]
  : [];
await Promise.all([...Array.from({ length: clients }, (_, number) => client(number)), ...hostileSenders]);
const elapsed = (performance.now() - started) / 1000;
const perCycle = (ms: number) => Math.round((ms / Math.max(1, totalMs.length)) * 10) / 10;
const clientsCpu = process.cpuUsage(cpuBefore.clients);
const cpuPerCycleMs = {
  serverRequestThread: perCycle(serverThreadCpu() - cpuBefore.thread),
  server: perCycle(serverCpu() - cpuBefore.server),
  clients: perCycle((clientsCpu.user + clientsCpu.system) / 1000),
};
const peakRssMb = Math.round(memory.stop());
const output = server.output();
await server.stop();

const result = {
  clients,
  seconds,
  unique,
  read,
  pdfBytes: pdf.length,
  pdfPages: 2,
  elapsedSeconds: Math.round(elapsed * 10) / 10,
  completed: totalMs.length,
  reviewsPerSecond: Math.round((totalMs.length / elapsed) * 10) / 10,
  uploadToReportMs: stats(totalMs),
  uploadMs: stats(uploadMs),
  reportMs: stats(reportMs),
  errors: Object.fromEntries(errors),
  errorCount: [...errors.values()].reduce((sum, count) => sum + count, 0),
  peakServerRssMb: peakRssMb,
  cores: availableParallelism(),
  cpuPerCycleMs,
  hostile: Object.fromEntries([...hostileOutcomes].map(([key, entry]) => [key, stats(entry.ms)])),
};
const table = [
  `load: ${clients} clients × ${seconds} s on ${baseUrl}, 2-page PDF (${Math.round(pdf.length / 1024)} KB)${unique ? ', every upload byte-distinct' : ''}, reading the report ${read === 'page' ? 'page' : 'JSON'}`,
  `  completed ${result.completed} upload→report cycles, ${result.reviewsPerSecond}/s, errors ${result.errorCount} ${JSON.stringify(result.errors)}`,
  `  ${'ms'.padEnd(18)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}`,
  ...([['upload→report', result.uploadToReportMs], ['upload (POST)', result.uploadMs], [read === 'page' ? 'report page (GET)' : 'report JSON (GET)', result.reportMs]] as const)
    .map(([name, s]) => `  ${name.padEnd(18)} ${String(s.p50).padStart(7)} ${String(s.p95).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.max).padStart(7)}`),
  `  peak server RSS (with parser children) ${peakRssMb} MiB`,
  `  CPU per cycle: server request thread ${cpuPerCycleMs.serverRequestThread} ms, whole server ${cpuPerCycleMs.server} ms, clients ${cpuPerCycleMs.clients} ms (${availableParallelism()} cores)`,
  ...(hostile ? ['  hostile senders, meanwhile (answer: count, p50 / max ms):', ...Object.entries(result.hostile).map(([key, entry]) => `    ${key.padEnd(40)} ${String(entry.count).padStart(4)}  ${entry.p50} / ${entry.max}`)] : []),
].join('\n');
console.log(table);
const out = join(workDir, `load${unique ? '-unique' : ''}${read === 'api' ? '-api' : ''}${hostile ? '-hostile' : ''}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(workDir, 'server.log'), output);
console.log(`wrote ${out}`);
process.exitCode = result.errorCount === 0 ? 0 : 1;
