import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closePools, getPool, reviewIsolated } from '../../server/isolation/index.ts';
import { eachLimited, sampleMemory, throughApi, throughCli, throughIsolated, type Channel, type Result } from './channels.ts';
import { generateCorpus, type CorpusFile } from './corpus.ts';
import { ROOT, buildServer, startServer } from './server.ts';
import { formatSummary, summarise, type ChannelSummary } from './summary.ts';

export interface StressOptions {
  quick: boolean;
  channels: Channel[];
  /** Where the corpus is written (deleted afterwards) and the JSON report goes. */
  workDir: string;
  port: number;
  /** Use this running server instead of building and starting one. */
  baseUrl?: string;
  build: boolean;
  log?: (line: string) => void;
}

export interface StressReport {
  quick: boolean;
  files: number;
  generatedMs: number;
  channels: ChannelSummary[];
  /** API only: review ids found in the server's own output (must be none). */
  idsInServerLog?: number;
  serverAliveAfter?: boolean;
  ok: boolean;
}

/**
 * The CLI's share of a quick run, where each file costs a new process: one file of each category
 * whose parse is quick (bombs take the CLI tens of seconds; the full run covers them).
 */
const QUICK_CLI_CATEGORIES = new Set(['truncated-pdf', 'mutated-docx', 'encrypted', 'image-only', 'empty', 'wrong-type', 'hostile-text', 'odd-but-valid']);
function quickCliShare(files: CorpusFile[]): CorpusFile[] {
  return files.filter((file, index) => QUICK_CLI_CATEGORIES.has(file.category) && files.findIndex((other) => other.category === file.category) === index);
}

export async function runStress(options: StressOptions): Promise<StressReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const corpusDir = join(options.workDir, 'corpus');
  rmSync(corpusDir, { recursive: true, force: true });
  const started = Date.now();
  const files = await generateCorpus(corpusDir, { quick: options.quick });
  const report: StressReport = { quick: options.quick, files: files.length, generatedMs: Date.now() - started, channels: [], ok: true };
  log(`generated ${files.length} hostile files in ${(report.generatedMs / 1000).toFixed(1)} s`);
  try {
    if (options.channels.includes('isolated')) {
      await getPool('review').whenReady();
      const memory = sampleMemory(process.pid);
      const results: Result[] = [];
      await eachLimited(files, 4, async (file) => void results.push(await throughIsolated(file, (input) => reviewIsolated(input))));
      report.channels.push(summarise('isolated', results, memory.stop()));
      await closePools();
    }
    if (options.channels.includes('cli')) {
      const results: Result[] = [];
      await eachLimited(options.quick ? quickCliShare(files) : files, 2, async (file) => void results.push(await throughCli(file, ROOT, 120_000)));
      report.channels.push(summarise('cli', results, null));
    }
    if (options.channels.includes('api')) await runApi(files, options, report, log);
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
  const everyFileRight = report.channels.every((channel) => channel.ok === channel.files);
  report.ok = everyFileRight && (report.serverAliveAfter ?? true) && (report.idsInServerLog ?? 0) === 0;
  for (const channel of report.channels) log(formatSummary(channel));
  const out = join(options.workDir, `stress-${options.quick ? 'quick' : 'full'}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${out}`);
  return report;
}

async function runApi(files: CorpusFile[], options: StressOptions, report: StressReport, log: (line: string) => void): Promise<void> {
  const distDir = '.next-stress';
  if (!options.baseUrl && options.build) buildServer(distDir);
  const dataDir = join(options.workDir, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  // Every file comes from one client here; the limiter's own behaviour is tested elsewhere.
  const server = options.baseUrl ? null : await startServer({
    port: options.port, distDir, env: { LIANGDIAN_DATA_DIR: dataDir, LIANGDIAN_UPLOAD_RATE: '100000/100000' },
  });
  const baseUrl = options.baseUrl ?? server!.baseUrl;
  log(`API at ${baseUrl}`);
  const memory = server ? sampleMemory(server.pid) : null;
  const results: Result[] = [];
  const reviewIds: string[] = [];
  try {
    await eachLimited(files, 4, async (file) => void results.push(await throughApi(file, { baseUrl, timeoutMs: 90_000 }, reviewIds)));
    const alive = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(10_000) }).then((response) => response.ok, () => false);
    report.serverAliveAfter = alive && (!server || server.process.exitCode === null);
  } finally {
    report.channels.push(summarise('api', results, memory?.stop() ?? null));
    if (server) {
      await server.stop();
      const output = server.output();
      report.idsInServerLog = reviewIds.filter((id) => output.includes(id)).length;
      writeFileSync(join(options.workDir, 'stress-server.log'), output);
    }
  }
  log(`server alive after the run: ${report.serverAliveAfter}; review ids in its log: ${report.idsInServerLog ?? 'n/a'}`);
}
