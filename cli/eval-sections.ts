// `liangdian eval sections <truth-dir> --corpus <dir> [--json]`: section accuracy (../shared/eval/FORMAT.md).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scoreAll, scoreFile, SectionsTruth, type FileScore } from '../lib/eval/sections.ts';
import { IngestError, parseResume } from '../lib/ingest/index.ts';

/** Accuracy is measured here, speed by the benchmark: a parse slowed by a busy machine still counts. */
const EVAL_LIMITS = { timeoutMs: 120_000 };

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const corpusAt = args.indexOf('--corpus');
  const corpus = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
  const truthDir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--corpus');
  if (!truthDir || !corpus) {
    process.stderr.write('usage: liangdian eval sections <truth-dir> --corpus <dir> [--json] [--verbose]\n');
    return 2;
  }
  const names = (await readdir(truthDir)).filter((name) => name.endsWith('.json')).sort();
  const files: FileScore[] = [];
  for (const name of names) {
    const truth = SectionsTruth.parse(JSON.parse(await readFile(join(truthDir, name), 'utf8')));
    try {
      const bytes = new Uint8Array(await readFile(join(corpus, truth.file)));
      files.push(scoreFile(truth, await parseResume({ bytes, fileName: truth.file }, { limits: EVAL_LIMITS })));
    } catch (error) {
      if (!(error instanceof IngestError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // An unreadable or missing resume scores zero: nothing was recovered from it.
      const empty = scoreFile(truth, { version: 1, source: { type: 'text', bytes: 0 }, text: '', language: 'en', pages: [], lines: [], contact: { emails: [], phones: [], urls: [] }, sections: [], diagnostics: [] });
      files.push(empty);
      process.stderr.write(`${truth.file}: ${(error as Error).message}\n`);
    }
  }
  const score = scoreAll(files);
  if (json) {
    const out = { overall: score.overall, files: score.files.map(({ file, titleRecall, bulletRecall, entryRecall, titles, bullets, entries }) => ({ file, titleRecall, bulletRecall, entryRecall, titles, bullets, entries })) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const width = Math.max(...files.map((file) => file.file.length), 7);
  const pct = (value: number) => `${(value * 100).toFixed(1).padStart(6)}%`;
  const count = (part: { found: number; total: number }, pad: number) => `${part.found}/${part.total}`.padStart(pad);
  const rows = [`${'file'.padEnd(width)}  titleRecall   bulletRecall   entryRecall`];
  for (const file of files) {
    rows.push(`${file.file.padEnd(width)}  ${pct(file.titleRecall)} ${count(file.titles, 5)}  ${pct(file.bulletRecall)} ${count(file.bullets, 6)}  ${pct(file.entryRecall)} ${count(file.entries, 5)}`);
    if (verbose) {
      for (const title of file.missed.titles) rows.push(`    missed title: ${title}`);
      for (const bullet of file.missed.bullets) rows.push(`    missed bullet: ${bullet}`);
      for (const entry of file.missed.entries) rows.push(`    missed entry: ${entry}`);
    }
  }
  rows.push(`${'overall'.padEnd(width)}  ${pct(score.overall.titleRecall)}        ${pct(score.overall.bulletRecall)}         ${pct(score.overall.entryRecall)}`);
  process.stdout.write(`${rows.join('\n')}\n`);
  return 0;
}
