// `liangdian eval review <truth-dir> [--json]`: the whole-resume measures (docs/review-truth.md).
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { judgeReview, ReviewTruth, scoreReviews, type CaseResult, type Ratio } from '../lib/eval/review.ts';
import { parseResume } from '../lib/ingest/index.ts';
import { review } from '../lib/review/index.ts';

const USAGE = 'usage: liangdian eval review <truth-dir> [--json]\n';

async function judgeFile(path: string): Promise<CaseResult> {
  const truth = ReviewTruth.parse(JSON.parse(await readFile(path, 'utf8')));
  const resume = resolve(dirname(path), truth.resume);
  const doc = await parseResume({ bytes: new Uint8Array(await readFile(resume)), fileName: truth.resume.split('/').pop() });
  // A fixed "today" keeps the report the same from run to run.
  return judgeReview(path.split('/').pop()!.replace(/\.json$/, ''), truth, review(doc, { config: { now: '2026-12-01' } }));
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const dir = positionals[0];
  if (!dir) {
    process.stderr.write(USAGE);
    return 2;
  }
  let cases: CaseResult[];
  try {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    if (files.length === 0) throw new Error('没有 .json 标注文件 / no .json truth files');
    cases = [];
    for (const file of files) {
      try {
        cases.push(await judgeFile(join(dir, file)));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } catch (error) {
    process.stderr.write(`liangdian eval review: ${dir}: ${(error as Error).message}\n`);
    return 1;
  }
  const scores = scoreReviews(cases);
  if (values.json) {
    process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
    return 0;
  }
  const show = (r: Ratio) => `${r.value.toFixed(3)} (${Number.isInteger(r.hits) ? r.hits : r.hits.toFixed(1)}/${r.total})`;
  const rows: [string, Ratio, string][] = [
    ['criticisms that are right (precision)', scores.criticismPrecision, '≥ 0.85'],
    ['duty bullets with a no-result / duty finding', scores.dutyFlagged, '≥ 0.85'],
    ['achievement bullets left uncriticised', scores.achievementsClean, '≥ 0.95'],
    ['resume-level problems raised', scores.problemsRaised, '≥ 0.75'],
    ['target role inferred as an expert would', scores.roleAgreement, '≥ 0.75'],
    ['score orders weak < medium < strong', scores.scoreOrder, '≥ 0.80'],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${'measure'.padEnd(width)}  value            target\n`);
  for (const [name, r, target] of rows) process.stdout.write(`${name.padEnd(width)}  ${show(r).padEnd(15)}  ${target}\n`);
  process.stdout.write('\nper rule message                     precision  judged  recall  support\n');
  for (const r of scores.rules)
    process.stdout.write(`${r.key.padEnd(37)}${r.precision.toFixed(3).padEnd(11)}${String(r.judged).padEnd(8)}${r.recall === null ? '-'.padEnd(8) : r.recall.toFixed(3).padEnd(8)}${r.support ?? '-'}\n`);
  process.stdout.write('\nresume                  band    score  role (truth → inferred)          problems missed / raised wrongly\n');
  for (const c of scores.cases) {
    const missed = c.problems.truth.filter((p) => !c.problems.raised.includes(p));
    const wrong = c.problems.raised.filter((p) => !c.problems.truth.includes(p));
    const role = `${c.role.truth ?? '-'} → ${c.role.inferred ?? '-'}`;
    process.stdout.write(`${c.name.padEnd(24)}${c.band.padEnd(8)}${String(c.score ?? 'unread').padEnd(7)}${role.padEnd(33)}${missed.join(',') || '-'} / ${wrong.join(',') || '-'}${c.unmatched.length ? `  (${c.unmatched.length} truth lines not found)` : ''}\n`);
  }
  return 0;
}
