import type { Span } from '../document/schema.ts';

/** Where a comment's words sit in a new version of the resume, or that they are gone. */
export type Reanchored = { outdated: false; span: Span } | { outdated: true };

/** How many characters on each side of the quote tell two equal quotes apart. */
const CONTEXT = 40;

/**
 * Text with every run of whitespace collapsed to one space, plus for each of its characters the
 * index it came from, so a match found here maps back to offsets in the original.
 */
function collapseWhitespace(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += ch;
    }
    origin.push(i);
  }
  return { text: out, origin };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Follows a comment's quoted words from the text it was written on into a new version's text.
 * The quote must still exist (exactly, or with only whitespace changed, as re-extracted PDFs
 * rewrap lines); when it occurs more than once, the occurrence whose surrounding words match the
 * old surroundings best wins, and among equals the one at the nearest relative position.
 */
export function reanchor(anchor: { span: Span; quote: string }, oldText: string, newText: string): Reanchored {
  const quote = anchor.quote;
  if (!quote.trim()) return { outdated: true };
  const before = oldText.slice(Math.max(0, anchor.span.start - CONTEXT), anchor.span.start);
  const after = oldText.slice(anchor.span.end, anchor.span.end + CONTEXT);
  const relative = oldText.length ? anchor.span.start / oldText.length : 0;

  const best = (starts: number[], length: number, text: string): number | undefined => {
    let chosen: number | undefined;
    let chosenScore = -1;
    let chosenDistance = Infinity;
    for (const start of starts) {
      const score = commonSuffix(text.slice(Math.max(0, start - CONTEXT), start), before)
        + commonPrefix(text.slice(start + length, start + length + CONTEXT), after);
      const distance = Math.abs((text.length ? start / text.length : 0) - relative);
      if (score > chosenScore || (score === chosenScore && distance < chosenDistance)) {
        chosen = start;
        chosenScore = score;
        chosenDistance = distance;
      }
    }
    return chosen;
  };

  const exact = best(occurrences(newText, quote), quote.length, newText);
  if (exact !== undefined) return { outdated: false, span: { start: exact, end: exact + quote.length } };

  const collapsed = collapseWhitespace(newText);
  const collapsedQuote = collapseWhitespace(quote.trim()).text;
  const loose = best(occurrences(collapsed.text, collapsedQuote), collapsedQuote.length, collapsed.text);
  if (loose === undefined) return { outdated: true };
  const start = collapsed.origin[loose]!;
  const end = collapsed.origin[loose + collapsedQuote.length - 1]! + 1;
  return { outdated: false, span: { start, end } };
}
