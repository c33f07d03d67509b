// `liangdian eval bullets <file.jsonl> [--json]`: duty, participant and lead precision/recall/F1 per language.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseBullets, scoreBullets } from '../lib/eval/bullets.ts';
import { classifyBullet } from '../lib/review/index.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, errors: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: liangdian eval bullets <file.jsonl> [--json] [--errors]\n');
    return 2;
  }
  let items;
  try {
    items = parseBullets(await readFile(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`liangdian eval bullets: ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const predictions = items.map((item) => classifyBullet(item.text, item.lang));
  const scores = scoreBullets(items, predictions);
  if (values.json) {
    process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
    return 0;
  }
  const f = (x: number) => x.toFixed(3);
  process.stdout.write('lang  class        precision  recall  f1     support\n');
  for (const [lang, s] of Object.entries(scores)) {
    for (const cls of ['duty', 'participant', 'lead'] as const) {
      const p = s[cls];
      process.stdout.write(`${lang.padEnd(6)}${cls.padEnd(13)}${f(p.precision).padEnd(11)}${f(p.recall).padEnd(8)}${f(p.f1).padEnd(7)}${p.support}\n`);
    }
  }
  if (values.errors) {
    // Disagreements, for looking at by hand (never copied anywhere).
    items.forEach((item, i) => {
      const p = predictions[i]!;
      if (p.label !== item.label || p.ownership !== item.ownership)
        process.stdout.write(`${item.id}\t${item.label}/${item.ownership}\t→ ${p.label}/${p.ownership}\t${item.text}\n`);
    });
  }
  return 0;
}
