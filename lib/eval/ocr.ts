import { nfkc } from '../text/normalise.ts';

/**
 * The characters OCR is judged on: NFKC, without whitespace (a recogniser's spacing is no error in
 * Chinese, and layout decides line breaks) and without list bullets (the text layer has a glyph, OCR
 * a list item).
 */
export function ocrCharacters(text: string): string[] {
  return [...nfkc(text).replace(/[\s•·●▪◦○■□◆◇►▶➢➤✓✔❖]/gu, '')];
}

/** Edit distance between two character lists (insertions, deletions, substitutions), in two rows. */
export function editDistance(a: string[], b: string[]): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Errors and length of one page or document, for rates summed over many. */
export interface CharacterErrors {
  errors: number;
  characters: number;
}

/** The edits that turn the OCR'd text into the true text, against the true text's length. */
export function characterErrors(truth: string, read: string): CharacterErrors {
  const expected = ocrCharacters(truth);
  return { errors: editDistance(expected, ocrCharacters(read)), characters: expected.length };
}

/** The character error rate of many pages together (errors over characters, not a mean of rates). */
export function errorRate(parts: CharacterErrors[]): number {
  const characters = parts.reduce((sum, part) => sum + part.characters, 0);
  return characters ? parts.reduce((sum, part) => sum + part.errors, 0) / characters : 0;
}
