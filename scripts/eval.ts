// `npm run eval [-- --shared <dir>] [--out <file>]`: the accuracy measures on the labelled
// development data beside the repo, as one table and one JSON file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: process.env.LIANGDIAN_SHARED ?? resolve('..', 'shared') },
    out: { type: 'string', default: join('eval-results', 'eval.json') },
  },
});
const shared = resolve(values.shared);
const cli = resolve('bin', 'liangdian.js');

function runJson(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, [cli, ...args, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

type Prf = { precision: number; recall: number; f1: number; support: number };
const sections = runJson(['eval', 'sections', join(shared, 'eval', 'sections'), '--corpus', join(shared, 'corpus')]) as {
  overall: { titleRecall: number; bulletRecall: number };
  files: { file: string; titleRecall: number; bulletRecall: number }[];
};
type BulletScores = Record<string, Record<'duty' | 'participant', Prf>>;
const bullets = runJson(['eval', 'bullets', join(shared, 'eval', 'bullets.dev.jsonl')]) as BulletScores;
// Our own labelled operations lines: a check that the rules hold beyond the development set.
const opsBullets = runJson(['eval', 'bullets', join('fixtures', 'eval', 'bullets.ops.jsonl')]) as BulletScores;

const pct = (x: number) => x.toFixed(3);
const rows: string[][] = [['measure', 'value', 'target']];
rows.push(['sections: title recall', pct(sections.overall.titleRecall), '≥ 0.90']);
rows.push(['sections: bullet recall', pct(sections.overall.bulletRecall), '≥ 0.85']);
const prf = (x: Prf) => `${pct(x.f1)} (${pct(x.precision)}/${pct(x.recall)}, ${x.support})`;
for (const [set, scores] of [['dev', bullets], ['ops (ours)', opsBullets]] as const) {
  for (const [lang, byClass] of Object.entries(scores)) {
    rows.push([`bullets ${set} ${lang}: duty F1 (P/R, n)`, prf(byClass.duty), '≥ 0.85']);
    rows.push([`bullets ${set} ${lang}: participant F1 (P/R, n)`, prf(byClass.participant), '≥ 0.80']);
  }
}
// Whole resumes: the six measures of issue #11 on the project's own labelled resumes (docs/review-truth.md).
type Ratio = { value: number; hits: number; total: number };
const wholeResumes = runJson(['eval', 'review', join('fixtures', 'review-truth')]) as Record<
  'criticismPrecision' | 'dutyFlagged' | 'achievementsClean' | 'problemsRaised' | 'roleAgreement' | 'scoreOrder',
  Ratio
> & { rules: { key: string; precision: number; judged: number; recall: number | null; support: number | null }[] };
const ratio = (r: Ratio) => `${pct(r.value)} (${Number.isInteger(r.hits) ? r.hits : r.hits.toFixed(1)}/${r.total})`;
rows.push(['review: criticisms that are right', ratio(wholeResumes.criticismPrecision), '≥ 0.85']);
rows.push(['review: duty bullets with a duty finding', ratio(wholeResumes.dutyFlagged), '≥ 0.85']);
rows.push(['review: achievement bullets uncriticised', ratio(wholeResumes.achievementsClean), '≥ 0.95']);
rows.push(['review: resume-level problems raised', ratio(wholeResumes.problemsRaised), '≥ 0.75']);
rows.push(['review: role inferred as an expert would', ratio(wholeResumes.roleAgreement), '≥ 0.75']);
rows.push(['review: score orders weak < medium < strong', ratio(wholeResumes.scoreOrder), '≥ 0.80']);
for (const r of wholeResumes.rules)
  rows.push([`review rule ${r.key}: precision (n) / recall (n)`, `${pct(r.precision)} (${r.judged})${r.recall === null ? '' : ` / ${pct(r.recall)} (${r.support})`}`, '']);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({ sections, bullets, opsBullets, wholeResumes }, null, 2) + '\n');
console.log(`\nwrote ${values.out}`);
