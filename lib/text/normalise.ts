/**
 * Text normalisation applied before anything reads a resume's text. Every span in a
 * ResumeDocument indexes the normalised text, so this runs once, at ingestion.
 */

/** Chinese full-width punctuation that NFKC would turn into ASCII; kept because it is how Chinese is written. */
const KEEP_FULL_WIDTH = new Set([...'，：；（）！？～']);

/** Private-use code points: icon fonts (Font Awesome, academicons) put their glyphs here. */
const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]|[\u{100000}-\u{10FFFD}]/gu;

/**
 * C0 controls other than tab (NUL, and the line breaks a single line should not hold), DEL and the C1
 * controls: damaged files and unmapped glyphs leave them; they become a space so no reader passes them on.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

/**
 * CJK radical code points that PDF producers (Chromium/Skia among them) write for ordinary
 * characters whose glyph the font shares with the radical. NFKC maps the Kangxi radicals
 * (U+2F00–U+2FD5) but not the Radicals Supplement, and maps ⼾ to the traditional 戶.
 */
const RADICALS: Record<string, string> = {
  '\u2F3E': '户', '\u2E81': '厂', '\u2E8C': '小', '\u2E97': '心', '\u2E9F': '母', '\u2EA0': '民', '\u2EA7': '牛',
  '\u2EAA': '疋', '\u2EAE': '竹', '\u2EB2': '网', '\u2EB7': '羊', '\u2EBC': '肉', '\u2EC1': '虎', '\u2EC4': '西',
  '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED3': '长', '\u2ED4': '门',
  '\u2ED6': '阝', '\u2ED7': '雨', '\u2ED8': '青', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食',
  '\u2EDF': '饣', '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟',
  '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
};

const KEPT = [...KEEP_FULL_WIDTH];
const KEEP_PATTERN = new RegExp(`[${KEPT.join('')}]`, 'g');
/** Noncharacters stand in for the kept punctuation while NFKC runs (NFKC leaves them alone). */
const SENTINEL_PATTERN = /[\uFDD0-\uFDEF]/g;
const RADICAL_PATTERN = new RegExp(`[${Object.keys(RADICALS).join('')}]`, 'g');

/** NFKC, except the Chinese full-width punctuation above, and with CJK radicals read as characters. */
export function nfkc(text: string): string {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text
    .replace(RADICAL_PATTERN, (char) => RADICALS[char]!)
    .replace(KEEP_PATTERN, (char) => String.fromCharCode(0xfdd0 + KEPT.indexOf(char)))
    .normalize('NFKC')
    .replace(SENTINEL_PATTERN, (char) => KEPT[char.charCodeAt(0) - 0xfdd0] ?? char);
}

/**
 * Normalises one line: NFKC (ligatures, Kangxi radicals, full-width letters and digits), soft
 * hyphens removed, U+2010/U+2011 as "-", icon glyphs removed, control characters, tabs and runs of
 * spaces as one space.
 * Leading indentation is kept (as spaces) because plain text marks nesting with it.
 */
export function normaliseLine(line: string): string {
  const cleaned = nfkc(line.replace(CONTROL, ' '))
    .replace(/\u00AD/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(PRIVATE_USE, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  const indent = /^[ \t]*/.exec(cleaned)![0].replace(/\t/g, '  ');
  const body = cleaned.slice(/^[ \t]*/.exec(cleaned)![0].length).replace(/[ \t]+/g, ' ').trimEnd();
  return body ? indent + body : '';
}

/** Normalises a whole text: line breaks as "\n", then every line as `normaliseLine` does. */
export function normalise(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, '\n').split('\n').map(normaliseLine).join('\n');
}

/**
 * The comparison form used by the evaluation: NFKC, lower case, no whitespace, soft hyphens,
 * hyphens, dashes or quotes. "Cross‑cluster  Team" and "crosscluster team" compare equal.
 */
export function letterStream(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00AD\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D'"\u2018-\u201F\u2032\u2033]/g, '');
}
