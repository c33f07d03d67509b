import { normalise, normaliseLine } from '../text/normalise.ts';
import { isDateOnly } from './dates.ts';
import type { PlacedLine } from './layout.ts';

/** What one input line is, once its markup is read. */
interface TextLine {
  /** The input line, normalised. */
  source: string;
  /** The line as the document shows it: indentation kept, markup taken out. */
  shown: string;
  /** `blank` lines make a gap; `rule` lines (---, ===) make a gap and rule the line beside them; `markup` lines leave none. */
  kind: 'content' | 'blank' | 'rule' | 'markup';
  heading?: number;
  bold?: boolean;
  ruled?: boolean;
}

/**
 * Reads plain text or Markdown. The document text is the normalised input, line for line, with
 * Markdown and builder markup taken out (heading hashes, emphasis, link targets kept as words,
 * images, icons, `:::` fences, `{.class}` attributes, table pipes at a row's ends): what a reader
 * of the rendered resume sees, so every span lands on words the user recognises. Blank lines,
 * indentation and list markers stay; headings, bold lines and rules are kept as layout facts.
 */
export function readText(input: string): { text: string; lines: PlacedLine[] } {
  const rows = normalise(input.replace(/^\uFEFF/, '')).split('\n').map((source) => ({ source, ...readLine(source) }));
  for (const [i, row] of rows.entries()) {
    const above = rows[i - 1];
    // A table's header row names its columns: shown, but not a line of the resume.
    if (row.kind === 'markup' && TABLE_RULE.test(row.source) && above?.kind === 'content') above.kind = 'markup';
    // A setext underline (=== or --- right under a line of text) makes that line a heading.
    if (row.kind !== 'rule' || !above || above.kind !== 'content' || above.heading || LIST_MARKER.test(above.shown)) continue;
    above.heading = /=/.test(row.shown) ? 1 : 2;
    above.ruled = true;
    // The underline belongs to the heading above: below it, it is only a gap.
    row.kind = 'blank';
  }
  const lines: PlacedLine[] = [];
  let offset = 0;
  let gap = 0;
  let ruled = false;
  for (const row of rows) {
    const content = row.shown.trim();
    if (row.kind === 'content' && content) {
      const indent = row.shown.length - row.shown.trimStart().length;
      const start = offset + indent;
      lines.push({
        text: content,
        start,
        end: start + content.length,
        page: 1,
        indent,
        gapBefore: gap,
        ...(row.heading ? { heading: row.heading } : {}),
        ...(row.bold ? { bold: true } : {}),
        ...(row.ruled || ruled ? { ruled: true } : {}),
        // A line that is only a date range, pasted from a builder that sets dates apart, belongs to an entry's heading.
        ...(isDateOnly(content) ? { aside: true } : {}),
      });
      gap = 0;
      ruled = false;
    } else if (row.kind !== 'markup') {
      gap++;
      ruled = row.kind === 'rule';
    }
    offset += row.shown.length + 1;
  }
  return { text: rows.map((row) => row.shown).join('\n'), lines };
}

const LIST_MARKER = /^\s*(?:[-*+•]\s|\d{1,2}[.)]\s)/;
/** A thematic break or setext underline: three or more of one mark, spaces between allowed. */
const RULE = /^\s*(?:(?:-\s*){3,}|(?:=\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:~\s*){3,})$/;
/** A Markdown table's separator row: |---|:--:|. */
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;
/** Lines that are markup only: fenced divs (`:::`), code fences, HTML comments. */
const MARKUP_LINE = /^\s*(?::::.*|```.*|~~~.*|<!--.*-->)$/;

function readLine(raw: string): Omit<TextLine, 'source'> {
  if (!raw.trim()) return { shown: '', kind: 'blank' };
  if (MARKUP_LINE.test(raw)) return { shown: '', kind: raw.trim().startsWith(':::') ? 'blank' : 'markup' };
  if (TABLE_RULE.test(raw)) return { shown: '', kind: 'markup' };
  if (RULE.test(raw)) return { shown: raw, kind: 'rule' };
  const indent = /^\s*/.exec(raw)![0];
  let body = raw.slice(indent.length).replace(/^(?:>\s?)+/, '');
  let heading: number | undefined;
  // "## 教育经历", also "#教育经历" (no space, common when pasted; "#1 seller" is no heading), with closing hashes dropped.
  const atx = /^(#{1,6})(?:\s+|(?=[^\s#\d]))(.*?)(?:\s+#+)?\s*$/.exec(body);
  if (atx && (/^#{1,6}\s/.test(body) || atx[2]!.length <= 20)) {
    heading = atx[1]!.length;
    body = atx[2]!;
  }
  if (/^\|.*\|$/.test(body)) body = body.slice(1, -1).split('|').map((cell) => cell.trim()).filter(Boolean).join(' | ');
  body = stripInline(body);
  const bold = /^(?:[-*+•]\s+|\d{1,2}[.)]\s+)?(\*\*|__)(?=\S).*\S\1$/.test(body);
  const shown = normaliseLine(indent + undoubled(stripEmphasis(body)));
  return { shown, kind: shown.trim() ? 'content' : 'markup', ...(heading ? { heading } : {}), ...(bold ? { bold } : {}) };
}

/**
 * Builder and Markdown markup inside a line, each with the characters it cannot do without (a
 * line without them is not scanned): attributes, icons, images, links, inline HTML. Every repeat
 * inside a mark is bounded, so a long line of unclosed marks is read in linear time.
 */
const keepWords = (_: string, words: string) => words;
const drop = () => '';

const INLINE_MARKUP: Array<[needle: string, pattern: RegExp, replacement: (whole: string, ...groups: string[]) => string]> = [
  // [text]{.class} and {#id .class} attributes (Pandoc, resume builders).
  [']{', /\[([^\]]{0,200})\]\{[^{}]{0,200}\}/g, keepWords],
  ['{', /\s*\{[#.][^{}]{0,200}\}/g, drop],
  // icon:envelope[] (AsciiDoc), :fa-phone: shortcodes, <i class="fa ..."></i>.
  ['icon:', /\bicon:[\w-]{1,60}(?:\[[^\]]{0,100}\])?/g, drop],
  [':', /:(?:fa[srb]?|icon)-[\w-]{1,60}:/g, drop],
  ['</', /<i\b[^>]{0,200}>\s*<\/i>/gi, drop],
  ['](', /!\[[^\]]{0,200}\]\([^)]{0,500}\)/g, drop],
  // A link shows its words; its address is kept beside them when it says more (a profile URL).
  [
    '](',
    /\[([^\]]{1,200})\]\(\s*([^)\s]{1,500})(?:\s+"[^"]{0,200}")?\s*\)/g,
    (_, words, target) => {
      const address = target!.replace(/^(?:mailto|tel):/i, '');
      return bare(address) === bare(words!) ? words! : `${words} (${address})`;
    },
  ],
  ['<', /<((?:https?:\/\/|mailto:)[^>\s]{1,500})>/gi, (_, address) => address!.replace(/^mailto:/i, '')],
  ['<', /<\/?(?:a|b|i|u|em|strong|span|div|p|br|img|sup|sub|small|font|center)\b[^>]{0,200}>/gi, () => ' '],
];

function stripInline(text: string): string {
  let plain = text;
  for (const [needle, pattern, replacement] of INLINE_MARKUP) {
    if (plain.includes(needle)) plain = plain.replace(pattern, replacement);
  }
  return plain;
}

/** An address without its scheme, "www." or a closing slash, for telling whether a link's words are its address. */
function bare(address: string): string {
  return address.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
}

/** Emphasis marks around words (**bold**, __bold__, *italic*, ~~struck~~, `code`), the words kept; then escaped marks as marks. */
function stripEmphasis(text: string): string {
  let plain = text;
  for (const mark of ['**', '__', '~~']) plain = unwrap(plain, mark);
  return plain
    .replace(/(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

/** Drops `mark` pairs around words (the words start and end with a letter, not a space); an unpaired mark stays. */
function unwrap(text: string, mark: string): string {
  const parts = text.split(mark);
  if (parts.length < 3) return text;
  let result = parts[0]!;
  let i = 1;
  for (; i + 1 < parts.length; i += 2) {
    const inner = parts[i]!;
    const wraps = inner.length > 0 && !/^\s|\s$/.test(inner);
    result += wraps ? inner + parts[i + 1]! : mark + inner + mark + parts[i + 1]!;
  }
  if (i < parts.length) result += mark + parts[i]!;
  return result;
}

/**
 * A line written twice over ("Sr. EngineerSr. Engineer"): what a LinkedIn profile pastes, its
 * screen-reader copy beside the visible one. Read once; a repeat of eight characters or more is never meant.
 */
export function undoubled(text: string): string {
  const half = text.length >> 1;
  if (half < 8) return text;
  const first = text.slice(0, half);
  const rest = text.slice(half).trimStart();
  return rest === first.trimEnd() ? first.trimEnd() : text;
}
