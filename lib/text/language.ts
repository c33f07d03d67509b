import type { Language } from '../document/schema.ts';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language of a text: 'zh' when Chinese characters dominate, 'en' when Latin words do, 'mixed'
 * when both carry weight. A Chinese character counts as one word; English product names inside a
 * Chinese line ("负责 App 运营") do not make it mixed.
 */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && latin === 0) return 'en';
  if (han === 0) return 'en';
  if (latin === 0) return 'zh';
  // Two Chinese characters make about one word.
  const hanWords = han / 2;
  const share = hanWords / (hanWords + latin);
  if (share >= 0.6) return 'zh';
  if (share <= 0.15) return 'en';
  return 'mixed';
}

/** True when the text contains a Chinese character. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
