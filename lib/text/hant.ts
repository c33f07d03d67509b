import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional Chinese read as Simplified for matching (工作經歷 → 工作经历, 主導 → 主导), with OpenCC's
 * Taiwan phrase table (專案 → 项目, 軟體 → 软件). The result has the same length as the input, so a
 * match found in the folded text is a span on the text as written.
 */
// Built on first use: the phrase table takes about 0.1 s to load, which no Simplified or English resume should pay.
let phraseConverter: ((text: string) => string) | undefined;
let characterConverter: ((text: string) => string) | undefined;
const phrases = (text: string) => (phraseConverter ??= Converter({ from: 'twp', to: 'cn' }))(text);
const characters = (text: string) => (characterConverter ??= Converter({ from: 't', to: 'cn' }))(text);

const HAN = /\p{Script=Han}/gu;

/**
 * True when the text is written in Traditional characters: at least 3 of its Chinese characters, and
 * 2% of them, change under character conversion. Simplified text is left alone, because the phrase
 * table also rewrites words both scripts share (社群 → 社区 in Taiwan usage).
 */
export function isTraditional(text: string): boolean {
  const han = text.match(HAN);
  if (!han || han.length < 3) return false;
  const joined = han.join('');
  const converted = characters(joined);
  let changed = 0;
  for (let i = 0; i < joined.length; i++) if (joined[i] !== converted[i]) changed++;
  return changed >= 3 && changed / han.length >= 0.02;
}

/** The text in Simplified characters when it is Traditional, else unchanged; always the same length. */
export function foldTraditional(text: string): string {
  if (!isTraditional(text)) return text;
  const folded = phrases(text);
  if (folded.length === text.length) return folded;
  // A phrase of another length: convert character by character, keeping any that would change length.
  let out = '';
  for (const char of text) {
    const one = characters(char);
    out += one.length === char.length ? one : char;
  }
  return out;
}

/**
 * Traditional characters read as Simplified one by one, whatever the rest of the text: for short
 * texts such as section titles (工作經歷), too short for `isTraditional` to judge. No phrase table, so
 * words both scripts share are left as written.
 */
export function foldTraditionalCharacters(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const folded = characters(text);
  return folded.length === text.length ? folded : text;
}
