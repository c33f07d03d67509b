import { z } from 'zod';

/** One labelled line of the bullets format (../shared/eval/FORMAT.md); unknown keys are ignored. */
export const LabelledBullet = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en']),
  text: z.string(),
  label: z.enum(['achievement', 'duty']),
  ownership: z.enum(['lead', 'participant', 'unknown']),
  source: z.string().optional(),
});
export type LabelledBullet = z.infer<typeof LabelledBullet>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** How many lines truly carry the class. */
  support: number;
}

export type BulletScores = Record<string, { duty: Prf; participant: Prf; lead: Prf }>;

export interface Prediction {
  label: 'achievement' | 'duty';
  ownership: 'lead' | 'participant' | 'unknown';
}

/** Parses JSONL text; a bad line is an error naming its line number. */
export function parseBullets(jsonl: string): LabelledBullet[] {
  const out: LabelledBullet[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${index + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = LabelledBullet.safeParse(value);
    if (!parsed.success) throw new Error(`line ${index + 1}: ${z.prettifyError(parsed.error)}`);
    out.push(parsed.data);
  });
  return out;
}

/** Precision, recall and F1 of one class; 0 where undefined (no predictions or no support). */
export function prf(truth: boolean[], predicted: boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    if (t && p) tp++;
    else if (p) fp++;
    else if (t) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/** Duty, participant and lead scores per language, languages in first-seen order. */
export function scoreBullets(items: LabelledBullet[], predictions: Prediction[]): BulletScores {
  if (items.length !== predictions.length) throw new Error('one prediction per labelled line');
  const scores: BulletScores = {};
  const languages = [...new Set(items.map((item) => item.lang))];
  for (const lang of languages) {
    const indexes = items.flatMap((item, i) => (item.lang === lang ? [i] : []));
    const pick = (f: (i: number) => boolean) => indexes.map(f);
    scores[lang] = {
      duty: prf(pick((i) => items[i]!.label === 'duty'), pick((i) => predictions[i]!.label === 'duty')),
      participant: prf(pick((i) => items[i]!.ownership === 'participant'), pick((i) => predictions[i]!.ownership === 'participant')),
      lead: prf(pick((i) => items[i]!.ownership === 'lead'), pick((i) => predictions[i]!.ownership === 'lead')),
    };
  }
  return scores;
}
