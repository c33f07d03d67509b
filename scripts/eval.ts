// `npm run eval [-- --shared <dir>] [--out <file>] [--skip-layouts]`: the accuracy measures on the
// labelled development data beside the repo, on our own whole resumes (fixtures/review-truth), and
// section recall per layout family of our own generated resumes (scripts/layouts/generate.ts), as
// tables and one JSON file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LAYOUT_RECALL_TARGET } from '../lib/eval/layouts.ts';
import { pooledByFolder, type Counts, type SectionsScore } from '../lib/eval/sections.ts';
import { generateLayouts, writeLayouts } from './layouts/generate.ts';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: process.env.LIANGDIAN_SHARED ?? resolve('..', 'shared') },
    out: { type: 'string', default: join('eval-results', 'eval.json') },
    'skip-layouts': { type: 'boolean', default: false },
  },
});
const shared = resolve(values.shared);
const cli = resolve('bin', 'liangdian.js');

function runJson(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, [cli, ...args, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

type Prf = { precision: number; recall: number; f1: number; support: number };
type SectionsJson = {
  overall: { titleRecall: number; bulletRecall: number; entryRecall: number };
  files: (Counts & { file: string; titleRecall: number; bulletRecall: number; entryRecall: number })[];
};
const sections = runJson(['eval', 'sections', join(shared, 'eval', 'sections'), '--corpus', join(shared, 'corpus')]) as SectionsJson;
type BulletScores = Record<string, Record<'duty' | 'participant', Prf>>;
const bullets = runJson(['eval', 'bullets', join(shared, 'eval', 'bullets.dev.jsonl')]) as BulletScores;
// Our own labelled operations lines: a check that the rules hold beyond the development set.
const opsBullets = runJson(['eval', 'bullets', join('fixtures', 'eval', 'bullets.ops.jsonl')]) as BulletScores;

const pct = (x: number) => x.toFixed(3);
function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
const rows: string[][] = [['measure', 'value', 'target']];
rows.push(['sections: title recall', pct(sections.overall.titleRecall), '≥ 0.90']);
rows.push(['sections: bullet recall', pct(sections.overall.bulletRecall), '≥ 0.85']);
rows.push(['sections: entry recall', pct(sections.overall.entryRecall), '≥ 0.90']);
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

printTable(rows);

// Our own resumes through every layout family, generated beside the results and scored by the same command.
let layouts: { families: Record<string, SectionsScore['overall'] & { files: number }>; scores: SectionsJson } | undefined;
if (!values['skip-layouts']) {
  const { truthDir, corpusDir } = await writeLayouts(join(dirname(values.out), 'layouts'), await generateLayouts());
  const scores = runJson(['eval', 'sections', truthDir, '--corpus', corpusDir]) as SectionsJson;
  const families = Object.fromEntries(pooledByFolder(scores.files));
  const target = `≥ ${LAYOUT_RECALL_TARGET.toFixed(2)}`;
  const familyRows: string[][] = [['layout family', 'files', 'titles', 'bullets', 'entries', `target (titles, bullets)`]];
  for (const [family, score] of Object.entries(families)) {
    familyRows.push([family, String(score.files), pct(score.titleRecall), pct(score.bulletRecall), pct(score.entryRecall), target]);
  }
  familyRows.push(['all layouts', String(scores.files.length), pct(scores.overall.titleRecall), pct(scores.overall.bulletRecall), pct(scores.overall.entryRecall), target]);
  console.log(`\nour resumes per layout family (files in ${corpusDir})`);
  printTable(familyRows);
  layouts = { families, scores };
}

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({ sections, bullets, opsBullets, wholeResumes, ...(layouts ? { layouts } : {}) }, null, 2) + '\n');
console.log(`\nwrote ${values.out}`);
