import type { DateRange, Span } from '../document/schema.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
/** One point in time: 2019.03, 2019/3, 2019-03, 2021年7月, 2022 年 10 月, Jun 2020, June, 2020, 03/2019, 2019. */
const POINT = String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}\s*年|\d{4}\s*[./\-]\s*\d{1,2}(?![\d])|${MONTH_NAME}\s*,?\s*\d{4}|${SEASON}\s+\d{4}|\d{1,2}\s*/\s*\d{4}|(?<![\d.])(?:19|20)\d{2}(?![\d.]))`;
const PRESENT = String.raw`(?:至今|今|现在|目前|present|now|current|ongoing|today)`;
const SEPARATOR = String.raw`\s*(?:[-‐‑‒–—―−﹣－~～]|至|到|to|until)\s*`;

/**
 * Or nothing but space: a producer that writes its dash as a soft hyphen (which normalisation removes)
 * leaves "Sep. 2023 Mar. 2024". Such a pair is a range only when it runs forward in time.
 */
const SPACE_ONLY = String.raw`\s+`;

const RANGE = new RegExp(`(${POINT})(?:(${SEPARATOR}|${SPACE_ONLY})(${POINT}|${PRESENT}))?`, 'giu');
const POINT_ONLY = new RegExp(`^${POINT}$`, 'iu');
const PRESENT_ONLY = new RegExp(`^${PRESENT}$`, 'iu');
const MONTH_YEAR = new RegExp(`^(${MONTH_NAME})\\s*,?\\s*(\\d{4})$`, 'iu');

/** A point in time as 'YYYY-MM' (January when only the year is written), or 'present'. */
export function parseMonth(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (PRESENT_ONLY.test(t)) return 'present';
  let match = /^(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(t) ?? /^(\d{4})\s*[./\-]\s*(\d{1,2})$/.exec(t);
  if (match) return month(match[1]!, Number(match[2]));
  match = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (match) return month(match[2]!, Number(match[1]));
  match = MONTH_YEAR.exec(t);
  if (match) return month(match[2]!, MONTHS.indexOf(match[1]!.slice(0, 3)) + 1);
  match = /(\d{4})/.exec(t);
  if (match) return month(match[1]!, 1);
  return undefined;
}

function month(year: string, value: number): string | undefined {
  if (value < 1 || value > 12) return undefined;
  return `${year}-${String(value).padStart(2, '0')}`;
}

/**
 * Finds the date range in a piece of text (the widest one when there are several), with its span
 * relative to `offset`. A lone year only counts when nothing better is there.
 */
export function findDateRange(text: string, offset = 0): DateRange | undefined {
  // Every kind of point has four digits in a row: most lines are ruled out without the long pattern.
  if (!/\d{4}/.test(text)) return undefined;
  let best: DateRange | undefined;
  let bestScore = 0;
  for (const match of text.matchAll(RANGE)) {
    const whole = match[0];
    const start = match.index;
    const from = parseMonth(match[1]!);
    let to = match[3] ? parseMonth(match[3]) : undefined;
    let length = whole.length;
    const forward = to === 'present' ? /present|至今/iu.test(match[3]!) : !!to && !!from && to >= from;
    if (to && !match[2]!.trim() && !forward) {
      // Two points apart by space that run backwards (or "2021 now") are not a range: keep the first.
      to = undefined;
      length = match[1]!.length;
    }
    // A range beats a single month, which beats a bare year.
    const score = (to ? 4 : 0) + (/^\d{4}$/.test(match[1]!.trim()) ? 1 : 2);
    if (!from || score <= bestScore) continue;
    bestScore = score;
    const span: Span = { start: offset + start, end: offset + start + length };
    best = { text: whole.slice(0, length), span, start: from, ...(to ? { end: to } : {}) };
  }
  return best;
}

/** True when a text is a date or a date range and nothing else. */
export function isDateOnly(text: string): boolean {
  const trimmed = text.trim();
  const range = findDateRange(trimmed);
  return !!range && range.text.length === trimmed.length && (POINT_ONLY.test(trimmed) || !!range.end || !!range.start);
}

/** A date written as the open start of a range ("July 2015 –", "2019.03 至") without its dash, else the text as it is. */
export function openRange(text: string): string {
  // (?<!\s): start only where a run of spaces starts, or a long run is rescanned from each of its spaces.
  return text.replace(/(?<!\s)\s*(?:[-‐‑‒–—―−~～]|至|到|to)$/u, '');
}
