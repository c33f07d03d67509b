import { z } from 'zod';
import { Citation } from '../report/schema.ts';
import { execAll } from './regex.ts';

/**
 * A phrase list: one rule instance kept as data (Vale style). `phrases` are regular-expression
 * fragments; English ones match whole words (case-insensitive), Chinese ones match anywhere.
 * `examples.match` must each hit the list and `examples.noMatch` must not: the tests run them.
 */
export const PhraseListData = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*\.(zh|en)$/),
    language: z.enum(['zh', 'en']),
    description: z.string().min(1),
    citation: Citation,
    phrases: z.array(z.string().min(1)).min(1),
    examples: z.object({ match: z.array(z.string().min(1)).min(1), noMatch: z.array(z.string().min(1)).min(1) }),
  })
  .superRefine((list, ctx) => {
    if (!list.id.endsWith(`.${list.language}`)) ctx.addIssue({ code: 'custom', message: `id ${list.id} does not end in .${list.language}` });
    for (const phrase of list.phrases) {
      try {
        new RegExp(phrase, 'u');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `phrase /${phrase}/ is not a valid pattern: ${String(error)}` });
      }
    }
  });
export type PhraseListData = z.infer<typeof PhraseListData>;

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

export interface PhraseList extends PhraseListData {
  /** Every occurrence in `text`, in order, as offsets into `text`. */
  find(text: string): PhraseHit[];
  /** The first occurrence, or null. */
  first(text: string): PhraseHit | null;
  test(text: string): boolean;
}

/** Validates raw JSON and compiles it once; a bad data file fails at import, naming itself. */
export function compilePhraseList(raw: unknown): PhraseList {
  const parsed = PhraseListData.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : '(no id)';
    throw new Error(`phrase list ${id} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  const data = parsed.data;
  const body = `(?:${data.phrases.join('|')})`;
  const source = data.language === 'en' ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
  const pattern = new RegExp(source, data.language === 'en' ? 'giu' : 'gu');
  const scan = (text: string, most: number): PhraseHit[] =>
    execAll(pattern, text, most)
      .filter((m) => m[0].length > 0)
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const find = (text: string): PhraseHit[] => scan(text, Infinity);
  return {
    ...data,
    find,
    first: (text) => scan(text, 1)[0] ?? null,
    test: (text) => scan(text, 1).length > 0,
  };
}
