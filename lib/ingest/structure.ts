import type { Bullet, DateRange, Entry, Section, SectionKind } from '../document/schema.ts';
import { findDateRange, isDateOnly, openRange } from './dates.ts';
import { exactHeadingKind, isNumberedTitle, keywordHeadingKind, looksLikeTitle } from './headings.ts';
import { splitLine, type PlacedLine } from './layout.ts';
import { CITY_NAMES } from './contact.ts';

/** A list marker at the start of a line: glyphs, "-", "*", "1.", "1、", "(1)". */
const MARKER = /^(?:[•●▪◦·∙‣⁃○■□◆◇►▶➢➤✓✔❖→*+\-–—]|\p{So}(?=\s)|\d{1,2}[.)、](?!\d)|[（(]\d{1,2}[)）])\s*/u;
/** Sections that are read as lines, never as entries. */
const LINE_KINDS = new Set<SectionKind>(['profile', 'summary', 'skills', 'resources']);
const ORGANISATION = /公司|集团|大学|学院|学校|中学|研究院|研究所|实验室|银行|工作室|有限|科技|university|college|institute|school|academy|inc\b|ltd|llc|corp|company|group|labs?\b|gmbh|co\.|technologies|foundation/i;

const ROLE = /运营|经理|专员|主管|工程师|实习生|设计师|总监|助理|顾问|分析师|研究员|负责人|组长|主任|编辑|策划|专家|架构师|开发|实习|硕士|学士|本科|博士|研究生|manager|engineer|specialist|associate|intern|director|\blead\b|analyst|developer|coordinator|assistant|consultant|officer|designer|scientist|researcher|architect|head of|founder|cto|ceo|president|representative|administrator|technician|accountant|b\.?s\.?c?\b|b\.?a\.?\b|m\.?s\.?c?\b|ph\.?d|bachelor|master|degree/i;

interface Unit {
  lines: PlacedLine[];
  /** 'item': had a list marker; 'indented': deeper than the section's text; 'flush': at its left edge. */
  kind: 'item' | 'indented' | 'flush' | 'aside';
  contentStart: number;
}

export interface Structure {
  sections: Section[];
  /** Where the untitled header block (name, contact) ends in the text. */
  headerEnd: number;
}

export function markerLength(text: string): number {
  const match = MARKER.exec(text);
  if (!match) return 0;
  // "-" or "*" only mark a list item when a space follows ("-5%" is a number).
  if (/^[-*+–—]\S/.test(text)) return 0;
  return match[0].length;
}

/**
 * Finds section titles. A line is a title when it is one of the known titles; when the source
 * marks it as a heading; or when it is short and written in the font the known titles use (so
 * "Welcome to RenderCV" is found because "Experience" and "Education" share its font).
 */
function findHeadings(lines: PlacedLine[]): Map<PlacedLine, SectionKind> {
  const headings = new Map<PlacedLine, SectionKind>();
  // A list item can be a title when its "marker" is an icon before the title (a font glyph in private use).
  const candidates = lines.filter((line) => !line.aside && (!markerLength(line.text) || isNumberedTitle(line.text)) && looksLikeTitle(line.text));
  const exact = new Map<PlacedLine, SectionKind>();
  for (const line of candidates) {
    const kind = exactHeadingKind(line.text);
    if (kind) exact.set(line, kind);
  }
  // Styles used by at least two known titles, and mostly by titles.
  const styleTitles = new Map<string, number>();
  const styleLines = new Map<string, number>();
  for (const line of lines) if (line.style) styleLines.set(line.style, (styleLines.get(line.style) ?? 0) + 1);
  for (const line of exact.keys()) if (line.style) styleTitles.set(line.style, (styleTitles.get(line.style) ?? 0) + 1);
  const titleStyles = new Set(
    [...styleTitles].filter(([style, count]) => count >= 2 && count / styleLines.get(style)! >= 0.6).map(([style]) => style),
  );
  const titleSize = Math.min(...[...exact.keys()].filter((line) => line.style && titleStyles.has(line.style)).map((line) => line.fontSize ?? 0));
  const sizes = titleSizes(lines, [...exact.keys()]);

  for (const line of candidates) {
    const index = lines.indexOf(line);
    const kind = exact.get(line);
    const styled = !!line.style && titleStyles.has(line.style);
    const keyword = keywordHeadingKind(line.text);
    const sized = !!sizes && (line.fontSize ?? 0) >= sizes.min - 0.5 && (line.fontSize ?? 0) <= sizes.max + 0.5;
    if (line.listItem && !kind && !(sized && keyword)) continue;
    if (kind) {
      // A known title in body font, in a document whose titles have their own font, is body text,
      // unless the layout sets it apart (a sidebar's titles and the main column's differ).
      if (titleStyles.size && !styled && (line.fontSize ?? 0) < titleSize - 0.5 && !line.heading && !standsApart(line, lines[index + 1])) continue;
      headings.set(line, kind);
    } else if (styled || sized || (line.heading && headingLevels(exact).has(line.heading) && !(line === lines[0] && !keyword))) {
      headings.set(line, keyword ?? 'other');
    } else if (keyword && !titleStyles.size && isSetApart(line)) {
      headings.set(line, keyword);
    }
  }
  // Titles of unknown wording ("Status", "Fields") share the known titles' font and left edge, and
  // their capitals where they write them in capitals.
  const body = commonStyle(lines);
  const found = [...headings.keys()].filter((line) => line.style && line.style !== body);
  const signature = (line: PlacedLine) => `${line.style}@${Math.round(line.indent / 3)}`;
  const signatures = new Map<string, PlacedLine[]>();
  for (const line of found) signatures.set(signature(line), [...(signatures.get(signature(line)) ?? []), line]);
  for (const line of candidates) {
    if (headings.has(line) || line.listItem || !line.style) continue;
    const peers = signatures.get(signature(line));
    if (!peers || peers.length < 2 || (line.gapBefore ?? 0) < 0.9 || isSentence(line.text)) continue;
    if (peers.every((peer) => isCapitals(peer.text)) !== isCapitals(line.text)) continue;
    headings.set(line, keywordHeadingKind(line.text) ?? 'other');
  }
  return headings;
}

/** Written in capitals (Latin letters only count). */
function isCapitals(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

/**
 * Whether a line stands apart from the body as a title would: blank space before it, and in
 * capitals or in a font other than the line after it.
 */
function standsApart(line: PlacedLine, next: PlacedLine | undefined): boolean {
  return (line.gapBefore ?? 0) >= 0.9 && (isCapitals(line.text) || (!!next && !!line.style && next.style !== line.style));
}

/**
 * The font sizes of the known titles, when at least two of them are set larger than the body text
 * (then a short line in that size is a title too, whatever its font or icon).
 */
function titleSizes(lines: PlacedLine[], titles: PlacedLine[]): { min: number; max: number } | undefined {
  const count = (list: PlacedLine[], weight: (line: PlacedLine) => number) => {
    const counts = new Map<number, number>();
    for (const line of list) if (line.fontSize) counts.set(line.fontSize, (counts.get(line.fontSize) ?? 0) + weight(line));
    return [...counts].sort((a, b) => b[1] - a[1])[0];
  };
  // The size most known titles share (a known title word used as a sub-label in body size does not count).
  const title = count(titles, () => 1);
  const body = count(lines, (line) => line.text.length);
  if (!title || !body || title[1] < 2 || title[0] < body[0] + 1.5) return undefined;
  return { min: title[0], max: title[0] };
}

/**
 * The heading levels that known titles use; unknown headings at those levels are titles too. With
 * no known title among the marked headings, the top two levels count (a name is usually level 1
 * and first, and is kept out by the caller).
 */
function headingLevels(exact: Map<PlacedLine, SectionKind>): Set<number> {
  const levels = new Set([...exact.keys()].map((line) => line.heading).filter((level): level is number => !!level));
  return levels.size ? levels : new Set([1, 2]);
}

/** Upper case, or ending in a colon: how plain text sets a title apart. */
function isSetApart(line: PlacedLine): boolean {
  const t = line.text.trim();
  return (/[A-Z]/.test(t) && t === t.toUpperCase()) || /[:：]$/.test(t);
}

function isSentence(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  // Chinese prose runs on with commas; a heading of 12 characters or more with one is rare.
  return /[.。;；!！]$/.test(text.trim()) || (han > 0 ? han >= 28 || (han >= 12 && /[，；]/.test(text)) : text.length >= 80);
}

/** Groups a section's lines into units: a list item or paragraph with the lines that wrap from it. */
function groupUnits(lines: PlacedLine[]): Unit[] {
  const body = lines.filter((line) => !line.aside);
  const textLines = body.filter((line) => !markerLength(line.text) && !line.listItem);
  const base = Math.min(...(textLines.length ? textLines : body).map((line) => line.indent));
  const positioned = lines.some((line) => line.right !== undefined);
  const tolerance = positioned ? 4 : 1;
  const right = Math.max(...body.map((line) => line.right ?? 0));
  // Where list items carry markers, unmarked lines are headings or paragraphs whatever their indent.
  const marked = lines.some((line) => markerLength(line.text) || line.listItem);
  const units: Unit[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.aside) {
      units.push({ lines: [line], kind: 'aside', contentStart: line.start });
      continue;
    }
    const marker = markerLength(line.text);
    const previous = units.findLast((unit) => unit.kind !== 'aside');
    const last = previous?.lines.at(-1);
    // Dates set beside a line (an aside right after it) make it a heading, never the rest of a paragraph.
    const dated = lines[index + 1]?.aside && !!findDateRange(lines[index + 1]!.text);
    if (previous && last && !marker && !line.listItem && !dated && continues(previous, last, line, base, tolerance, right)) {
      previous.lines.push(line);
      continue;
    }
    // A list item set in bold with a date range, among lines that are not bold, heads an entry (a Word list used for job headings).
    const headingItem = line.listItem && line.bold && !!findDateRange(line.text) && lines.some((other) => !other.bold);
    const kind = (marker || line.listItem) && !headingItem ? 'item' : !marked && line.indent > base + tolerance ? 'indented' : 'flush';
    units.push({ lines: [line], kind, contentStart: line.start + marker });
  }
  return units;
}

/** Does `line` carry on the text of `unit` (a wrapped line) rather than start something new? */
function continues(unit: Unit, last: PlacedLine, line: PlacedLine, base: number, tolerance: number, right: number): boolean {
  if (findDateRange(line.text) && !findDateRange(last.text)) {
    // A dated line starts an entry, unless it plainly carries on a sentence.
    if (!/[,，、(（]$/.test(last.text)) return false;
  }
  if (line.gapBefore !== undefined && line.gapBefore > 0.9) return false;
  // A line that reaches the edge with dates set apart at its end is a heading, not wrapped text;
  // and a line opening with a short label ("导师：", "GPA:") starts a detail of its own.
  const lastBreak = last.breaks?.at(-1);
  if (lastBreak !== undefined && findDateRange(last.text.slice(lastBreak))) return false;
  if (/^[^\s:：\d]{1,6}[:：]/u.test(line.text)) return false;
  if (last.right !== undefined && line.right !== undefined) {
    // Text in another size has another role (a heading after a bullet).
    if (last.fontSize && line.fontSize && Math.abs(last.fontSize - line.fontSize) > 0.5) return false;
    const size = last.fontSize ?? 10;
    const edge = last.columnRight ?? right;
    // The line above was wrapped when it reaches the column's edge, or when this line's first word
    // would not have fitted after it.
    const firstWord = /^(?:\p{Script=Han}|[^\s\p{Script=Han}]+)/u.exec(line.text)?.[0] ?? '';
    const wordWidth = line.box && line.text.length ? (line.box.width * [...firstWord].length) / [...line.text].length : 0;
    const full = last.right >= edge - Math.max(3 * size, 0.1 * (edge - base)) || last.right + 0.3 * size + wordWidth > edge;
    // A line that starts exactly where the list item's text starts carries it on, full or not.
    const hanging = unit.kind === 'item' && Math.abs(line.indent - textIndent(unit.lines[0]!)) <= 2.5 && line.indent > unit.lines[0]!.indent + 1.5;
    // Not after a short dated item, which heads an entry ("• 2019.6-2021.6 校外研发项目").
    if (hanging && (full || !isDatedName(unit.lines[0]!))) return true;
    if (!full) return false;
    // A word broken at the line's end, or a lower-case start in the same font, carries the line on.
    if (/\p{L}-$/u.test(last.text) || (/^\p{Ll}/u.test(line.text) && line.style === last.style)) return true;
    // A line that ends a sentence ends the item; an unmarked item does not go on with a capital.
    if (/[。!！?？;；]$/.test(last.text) || (/\p{Ll}{2}\.$/u.test(last.text) && /^\p{Lu}/u.test(line.text))) return false;
    // A paragraph whose first line is indented goes on at the section's left edge.
    if (unit.kind === 'indented' && Math.abs(line.indent - base) <= tolerance && unit.lines.every((candidate, i) => i === 0 || Math.abs(candidate.indent - base) <= tolerance) && line.style === last.style && !/[.。!！?？;；]$/.test(last.text)) return true;
    if (unit.kind === 'indented' && /^[A-Z][a-z]/.test(line.text) && !/[,，\-–(&]$|\b(?:and|or|of|the|to|in|for|with|a|an)$/.test(last.text)) return false;
    if (unit.kind === 'flush') return Math.abs(line.indent - base) <= tolerance && isSentence(unit.lines[0]!.text + line.text);
    return line.indent > base + tolerance || unit.kind === 'item' && Math.abs(line.indent - unit.lines[0]!.indent) <= tolerance;
  }
  // Plain text: a deeper line after a list item carries it on.
  return unit.kind === 'item' && line.indent > unit.lines[0]!.indent && !line.pieces && !(unit.lines.length === 1 && isDatedName(unit.lines[0]!));
}

/** Where the words of a list item start, after its marker. */
function textIndent(line: PlacedLine): number {
  const marker = markerLength(line.text);
  const piece = line.pieces?.find((candidate) => candidate.end > marker);
  if (!piece) return line.indent;
  if (piece.start >= marker) return piece.box.x;
  // The marker and the words share one run: step over the marker in proportion to its letters.
  return piece.box.x + (piece.box.width * (marker - piece.start)) / (piece.end - piece.start);
}

function bulletOf(text: string, unit: Unit): Bullet {
  const end = unit.lines.at(-1)!.end;
  return { span: { start: unit.contentStart, end }, text: text.slice(unit.contentStart, end) };
}

/** An entry's heading fields apart: what it is called, the organisation, the role and the place. */
interface HeadingFields {
  heading: string;
  organisation?: string;
  title?: string;
  location?: string;
}

/** Splits an entry's header into heading, organisation, role and place, leaving out the dates. */
function headingParts(text: string, header: PlacedLine[], dates: { span: { start: number; end: number } } | undefined): HeadingFields {
  const parts: string[] = [];
  let asidePlace: string | undefined;
  for (const line of header) {
    // A short field set apart at the right edge without dates is the entry's place ("北京", "Remote").
    if (line.aside && !findDateRange(line.text) && isPlaceField(line.text)) {
      asidePlace ??= line.text.trim();
      continue;
    }
    // Wide gaps in the line separate fields too; the dates are cut out of whichever field holds them.
    const cuts = [...new Set([line.start, ...(line.breaks ?? []).map((offset) => line.start + offset), line.end])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i]!;
      const end = cuts[i + 1]!;
      if (dates && dates.span.start < end && start < dates.span.end) {
        parts.push(...splitFields(text.slice(start, Math.max(start, dates.span.start))), ...splitFields(text.slice(Math.min(end, dates.span.end), end)));
      } else if (end > start) {
        parts.push(...splitFields(text.slice(start, end)));
      }
    }
  }
  // A word broken over two heading lines is one word again.
  for (let i = parts.length - 2; i >= 0; i--) {
    if (/\p{L}-\s*$/u.test(parts[i]!) && /^\s*\p{Ll}/u.test(parts[i + 1]!)) parts.splice(i, 2, parts[i]!.trim().slice(0, -1) + parts[i + 1]!.trim());
  }
  const cleaned = parts.map((part) => part.trim().slice(markerLength(part.trim())).replace(/^[|,，·:：\-–—]+|[|,，·:：\-–—]+$/g, '').trim()).filter(Boolean);
  const places: string[] = asidePlace ? [asidePlace] : [];
  const fields: string[] = [];
  for (const part of cleaned) {
    // A length of time ("2 years 10 months", "3 个月") is neither a name nor a place.
    if (/^\d+\s*(?:years?|yrs?|months?|mos?|年|个月)(?:\s*\d+\s*(?:months?|mos?|个月))?$/iu.test(part)) continue;
    if (isLocation(part)) {
      places.push(part);
      continue;
    }
    const [named, place] = trailingPlace(part);
    if (place) places.push(place);
    fields.push(...splitRole(named));
  }
  const location = places[0] ? { location: places[0] } : {};
  if (!fields.length) return { heading: header.filter((line) => !line.aside).map((line) => line.text).join(' ').trim() || header.map((line) => line.text).join(' ').trim(), ...location };
  const roleIndex = fields.findIndex((field) => ROLE.test(field) && !ORGANISATION.test(field));
  const orgIndex = fields.findIndex((field) => ORGANISATION.test(field));
  if (roleIndex >= 0 && fields.length > 1) {
    const other = orgIndex >= 0 && orgIndex !== roleIndex ? orgIndex : roleIndex === 0 ? 1 : 0;
    return { heading: fields[roleIndex]!, organisation: fields[other], title: fields[roleIndex]!, ...location };
  }
  if (roleIndex >= 0) return { heading: fields[0]!, title: fields[0]!, ...location };
  if (orgIndex > 0) return { heading: fields[0]!, organisation: fields[orgIndex], ...location };
  if (orgIndex === 0 && fields.length > 1) return { heading: fields[1]!, organisation: fields[0], ...location };
  return fields.length > 1 ? { heading: fields[0]!, organisation: fields[1], ...location } : { heading: fields[0]!, ...location };
}

/** A short field that can be a place: a few words, no digits, not an organisation. */
function isPlaceField(text: string): boolean {
  const t = text.trim();
  return !!t && !/\d/.test(t) && !ORGANISATION.test(t) && !ROLE.test(t) && (isLocation(t) || ([...t].length <= 6 && /^\p{Script=Han}+$/u.test(t)) || /^[A-Z][\p{L}.]+(?:[ ,]+[A-Z][\p{L}.]+){0,3}$/u.test(t));
}

/** "Acme Co, San Francisco, CA" → ["Acme Co", "San Francisco, CA"]; a field without a place at its end stays whole. */
function trailingPlace(field: string): [string, string | undefined] {
  const match = /^(.+?),\s*([A-Z][\p{L} .]+,\s*(?:[A-Z]{2}|[A-Z]\p{Ll}+)|remote|online)$/iu.exec(field);
  return match && isLocation(match[2]!) ? [match[1]!.trim(), match[2]!.trim()] : [field, undefined];
}

/** "Software Engineer, Google" → ["Software Engineer", "Google"]: a role and what follows its comma are two fields. */
function splitRole(field: string): string[] {
  const comma = field.indexOf(', ');
  if (comma < 0 || /\p{Script=Han}/u.test(field)) return [field];
  const [head, tail] = [field.slice(0, comma).trim(), field.slice(comma + 2).trim()];
  const role = (part: string) => ROLE.test(part) && !ORGANISATION.test(part);
  return (role(head) && /^\p{Lu}/u.test(tail) && !role(tail)) || (role(tail) && !role(head) && /^\p{Lu}/u.test(head)) ? [head, tail] : [field];
}

function splitFields(text: string): string[] {
  // Chinese writes no spaces between words, so a space between Chinese characters separates fields.
  // (?<!\s): a separator starts where a run of spaces starts (linear on long runs).
  return text.split(/(?<!\s)(?:\s+[|｜丨·•@]\s+|\s*[|｜丨]\s*|\s+[–—-]\s+|\s+at\s+)|，|(?<=\p{Script=Han}|[)）])\s+(?=\p{Script=Han})/u);
}

/** A Chinese place: a known city, or a name ending in 市, 省, 区 or 县 (a bare two-character name may be a company: 美团). */
const HAN_PLACE = new RegExp(`^(?:(?:${CITY_NAMES})(?:市)?|[\\u4e00-\\u9fff]{1,4}(?:市|省|区|县))$`, 'u');

function isLocation(text: string): boolean {
  const t = text.trim();
  if (/,\s*(?:remote|online)$/i.test(t)) return false;
  if (/^(?:remote|online|远程)$/i.test(t)) return true;
  return (/^(?:remote|online|[A-Z][\p{L} .]+,\s*(?:[A-Z]{2}|[A-Z][\p{Ll}]+)(?:,\s*[A-Z][\p{Ll}]+)?)$/u.test(t) || HAN_PLACE.test(t)) && !ORGANISATION.test(text);
}

/**
 * A label alone on its line ("职责：", "Responsibilities:", "Key achievements:"): it names the lines
 * under it, so it is neither a bullet nor an entry's heading, and the entry goes on past it.
 */
function isLabelLine(text: string): boolean {
  const t = text.trim();
  return /[:：]$/.test(t) && !findDateRange(t) && (/^[\p{Script=Han}\s]{1,8}[:：]$/u.test(t) || /^[\p{L}][\p{L} &/-]{0,30}[:：]$/u.test(t) && t.split(/\s+/).length <= 4);
}

/** A line that opens with a short label and a colon and goes on with its content ("技术栈: Python", "GPA: 3.9 / 4.0"). */
function isLabelledLine(text: string): boolean {
  return /^[^:：\d]{1,16}?[:：]\s*\S/u.test(text.trim()) && !/^https?:/i.test(text.trim());
}

function buildEntry(text: string, header: PlacedLine[]): Entry {
  let dates = stackedRange(text, header);
  for (const line of header) {
    if (dates) break;
    dates = findDateRange(line.text, line.start);
  }
  const { heading, organisation, title, location } = headingParts(text, header, dates);
  return {
    heading,
    ...(organisation ? { organisation } : {}),
    ...(title ? { title } : {}),
    ...(location ? { location } : {}),
    ...(dates ? { dates } : {}),
    span: { start: header[0]!.start, end: header.at(-1)!.end },
    bullets: [],
  };
}

/**
 * A range written as two dates one above the other beside an entry (the reader puts them side by
 * side as two asides): from the earlier to the later, spanning both.
 */
function stackedRange(text: string, header: PlacedLine[]): DateRange | undefined {
  const index = header.findIndex((line, i) => line.aside && header[i + 1]?.aside);
  if (index < 0) return undefined;
  const [upper, lower] = [header[index]!, header[index + 1]!];
  const [a, b] = [findDateRange(upper.text, upper.start), findDateRange(lower.text, lower.start)];
  if (!a || !b || a.end || b.end || !isDateOnly(openRange(upper.text)) || !isDateOnly(lower.text)) return undefined;
  const [from, to] = a.start! <= b.start! ? [a, b] : [b, a];
  const span = { start: a.span.start, end: b.span.end };
  return { text: text.slice(span.start, span.end), span, start: from.start!, end: to.start! };
}

/**
 * Does an unmarked line after an entry's bullets go on describing it? A sentence does; so does a
 * line in the font of the unmarked lines above when the entry's heading has a font of its own.
 */
function describes(entry: Entry, line: PlacedLine, entryLines: Map<Entry, EntryLines>): boolean {
  // A line with a span of dates or a month heads the next entry, however long it is.
  const dates = findDateRange(line.text);
  if (dates && (dates.end || !/^\d{4}-01$/.test(dates.start ?? ''))) return false;
  // A sentence, or a labelled detail ("GPA: 3.9 / 4.0", "Tech stack: …"), says more about the entry.
  if (isSentence(line.text) || isLabelledLine(line.text)) return true;
  const lines = entryLines.get(entry);
  if (!lines || !entry.bullets.length) return false;
  // Only among unmarked description lines: after marked items, an unmarked line is a new heading.
  const bullet = lines.bullet;
  if (!bullet || bullet.listItem || markerLength(bullet.text)) return false;
  // Plain text has no fonts: there a line right under the lines above goes on, and a blank line starts anew.
  if (!line.style) return line.gapBefore === 0;
  return line.style === bullet.style && line.style !== lines.heading.style && !findDateRange(line.text);
}

/** The heading line and the last bullet line of an entry, for comparing fonts. */
interface EntryLines {
  heading: PlacedLine;
  bullet?: PlacedLine;
}

/** The style that most of the text is set in. */
function commonStyle(lines: PlacedLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.style) counts.set(line.style, (counts.get(line.style) ?? 0) + line.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * What an unmarked line at the section's left edge does to the entry heading being read: extends
 * it (a second heading line: organisation, dates), starts the next entry (a line in the heading's
 * own font once the heading has its dates; a second date), or is the entry's first descriptive line.
 */
function extendHeader(header: PlacedLine[], line: PlacedLine, bodyStyle: string | undefined): 'header' | 'new' | 'bullet' {
  const sentence = isSentence(line.text);
  // "技术栈: Python, Go" or "GPA: 3.9" under a heading is a detail of the entry, not part of its heading.
  if (isLabelledLine(line.text) && !findDateRange(line.text)) return 'bullet';
  // Lines of the heading, a word broken over two lines counted once.
  const textHeader = header.filter((candidate) => !candidate.aside && !/\p{L}-$/u.test(candidate.text));
  const headerDated = header.some((candidate) => findDateRange(candidate.text));
  // Only a heading font that differs from the body's tells entries apart.
  const sameStyle = !!line.style && line.style === textHeader[0]?.style && line.style !== bodyStyle;
  // In the heading's font: the next entry, unless the heading so far is one dated line (then this names its organisation).
  const datedFirst = textHeader.length === 1 && !!findDateRange(textHeader[0]!.text);
  if (headerDated && !sentence && sameStyle && !datedFirst) return 'new';
  if (headerDated && findDateRange(line.text)) return 'new';
  if (headerDated && textHeader.length >= 2) return 'bullet';
  // A one-line heading that already names dates, a role and an organisation is complete.
  if (headerDated && textHeader.length === 1 && !sameStyle && isCompleteHeading(textHeader[0]!)) return 'bullet';
  // Once the heading has its dates, a line in the body's font that names no organisation or place describes the entry.
  if (headerDated && line.style && line.style === bodyStyle && !ORGANISATION.test(line.text) && !isLocation(line.text)) return 'bullet';
  // A line of prose in the body's font under a heading in another font describes the entry (a
  // project card: name, link, one line of description), dated or not.
  // Sizes, not fonts, are compared: Chinese and Latin letters of one line come in different fonts.
  if (line.style && sizeOf(line.style) === sizeOf(bodyStyle) && textHeader[0]?.style !== line.style && isProse(line.text) && !ORGANISATION.test(line.text) && !ROLE.test(line.text) && !findDateRange(line.text)) return 'bullet';
  // Without fonts to compare (plain text), a dated heading is followed by prose that names no
  // organisation, role or place: the entry's first descriptive line.
  // A line opening with a past-tense verb ("Designed … with one designer") is a sentence whatever role it names.
  if (headerDated && !line.style && isProse(line.text) && !ORGANISATION.test(line.text) && (!ROLE.test(line.text) || /^\p{Lu}\p{Ll}+ed\s/u.test(line.text)) && !isLocation(line.text)) return 'bullet';
  if (textHeader.length < 3 && !sentence) return 'header';
  if (!headerDated && findDateRange(line.text) && textHeader.length < 4) return 'header';
  return sentence ? 'bullet' : 'new';
}

/** A line that opens with its dates and goes on with a short name ("2019.6-2021.6 校外研发项目"), not prose. */
function isDatedName(line: PlacedLine): boolean {
  const start = markerLength(line.text);
  const dates = findDateRange(line.text.slice(start));
  return !!dates && dates.span.start === 0 && isShortName(line.text.slice(start + dates.span.end));
}

/** A name's length (40 characters at most) and no clause marks: a heading, not a sentence. */
function isShortName(text: string): boolean {
  const rest = text.trim();
  return [...rest].length <= 40 && !/[，。；;,.!！?？]/.test(rest.replace(/\d[.,]\d/g, ''));
}

/** The size part of a style ("font@10.5"). */
function sizeOf(style: string | undefined): string | undefined {
  return style?.slice(style.lastIndexOf('@') + 1);
}

/** Words enough to be a phrase that says something (five words, or ten Chinese characters), not a name or a title. */
function isProse(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}+/gu, ' ').trim().split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return han + 2 * words >= 10 && (han >= 6 || words >= 5);
}

/** A heading line with its dates and at least two other fields (role and organisation). */
function isCompleteHeading(line: PlacedLine): boolean {
  const dates = findDateRange(line.text);
  if (!dates) return false;
  const rest = line.text.slice(0, dates.span.start) + ' | ' + line.text.slice(dates.span.end);
  return splitFields(rest).map((field) => field.replace(/^[\s|,，·:：\-–—]+|[\s|,，·:：\-–—]+$/g, '')).filter((field) => field && !isLocation(field)).length >= 2;
}

/** Reads a section's body into entries with bullets, or into lines. */
function readBody(text: string, kind: SectionKind, lines: PlacedLine[]): { entries: Entry[]; lines: Bullet[] } {
  const units = groupUnits(lines);
  // The font of the entries' descriptions: of their list items, else of their lines of prose (a link in a smaller font may have more letters).
  const bodyStyle = commonStyle(units.filter((unit) => unit.kind === 'item').flatMap((unit) => unit.lines)) ?? commonStyle(lines.filter((line) => isProse(line.text))) ?? commonStyle(lines);
  if (LINE_KINDS.has(kind)) return { entries: [], lines: units.map((unit) => bulletOf(text, unit)) };
  const entries: Entry[] = [];
  const loose: Bullet[] = [];
  let header: PlacedLine[] = [];
  let entry: Entry | undefined;
  const entryLines = new Map<Entry, EntryLines>();
  const close = () => {
    if (header.length) {
      entry = buildEntry(text, header);
      entries.push(entry);
      entryLines.set(entry, { heading: header[0]! });
    }
    header = [];
  };
  for (const [index, unit] of units.entries()) {
    const first = unit.lines[0]!;
    // A label, or a section title's word used as one inside an entry ("Coursework" over a list of courses).
    if (unit.kind !== 'item' && unit.kind !== 'aside' && unit.lines.length === 1 && (isLabelLine(first.text) || (!!exactHeadingKind(first.text) && (entry || header.length)))) {
      close();
      continue;
    }
    // A list item that is a date and a name, with unmarked lines under it, heads an entry ("• 2019.6-2021.6
    // 校外研发项目"); so does an item that is a name with its dates set beside it.
    const next = units[index + 1];
    const datedBeside = next?.kind === 'aside' && !!findDateRange(next.lines[0]!.text);
    const under = datedBeside ? units[index + 2] : next;
    const named = isDatedName(first) || (datedBeside && isShortName(first.text.slice(markerLength(first.text))));
    const underHeading = under && units[units.indexOf(under) + 1]?.kind === 'aside';
    if (unit.kind === 'item' && unit.lines.length === 1 && named && under && (under.kind === 'indented' || under.kind === 'flush') && !underHeading) {
      close();
      header = [...unit.lines];
      continue;
    }
    if (unit.kind === 'aside') {
      if (header.length) header.push(first);
      else if (entry && !entry.dates) {
        const dates = findDateRange(first.text, first.start);
        if (dates) entry.dates = dates;
      }
      continue;
    }
    if (unit.kind === 'flush') {
      // A wrapped heading is judged as one line.
      const probe = unit.lines.length === 1 ? first : { ...first, text: unit.lines.map((line) => line.text).join(' ') };
      let decision = header.length ? extendHeader(header, probe, bodyStyle) : entry && describes(entry, probe, entryLines) ? 'bullet' : 'new';
      // Dates set beside a line at the right edge make it a heading; so does a place or another short
      // field beside the line under a heading (role and city under organisation and dates).
      if (decision === 'bullet' && next?.kind === 'aside') {
        if (findDateRange(next.lines[0]!.text)) decision = header.length && !header.some((line) => findDateRange(line.text)) ? 'header' : 'new';
        else if (header.length && header.filter((line) => !line.aside).length < 3) decision = 'header';
      }
      if (decision === 'header') {
        header.push(...unit.lines);
        continue;
      }
      if (decision === 'new') {
        close();
        header = [...unit.lines];
        continue;
      }
    }
    if (header.length) close();
    if (entry) {
      entry.bullets.push(bulletOf(text, unit));
      entryLines.get(entry)!.bullet = unit.lines[0];
      entry.span.end = unit.lines.at(-1)!.end;
    } else {
      loose.push(bulletOf(text, unit));
    }
  }
  close();
  // A list of one-line entries with no bullets at all (awards, certificates) reads as lines.
  if (entries.every((e) => !e.bullets.length) && !entries.some((e) => e.dates && (kind === 'experience' || kind === 'education' || kind === 'projects'))) {
    return { entries: [], lines: units.map((unit) => bulletOf(text, unit)) };
  }
  return { entries, lines: loose };
}

/** A known title written at the start of a line, before a colon and its content ("专业技能：Excel、SQL"). */
interface InlineTitle {
  kind: SectionKind;
  label: string;
  /** The rest of the line after the colon, as a line of the section. */
  content: PlacedLine;
}

const INLINE_TITLE = /^(\S[^:：]{0,18}?)\s*[:：]\s*(?=\S)/u;

function inlineTitle(line: PlacedLine): InlineTitle | undefined {
  if (line.aside || line.listItem || markerLength(line.text)) return undefined;
  const match = INLINE_TITLE.exec(line.text);
  const kind = match && exactHeadingKind(match[1]!);
  if (!match || !kind || kind === 'profile') return undefined;
  const [, content] = splitLine(line, match[0].length);
  return { kind, label: match[1]!, content: { ...content, start: line.start + match[0].length, end: line.end } };
}

/**
 * Section titles written inline with their content, where no title line stands above them. They
 * count only in a run that closes a block (every line from the first of them to the next title is
 * such a line, or carries one on without a label of its own), so a labelled line inside an entry
 * ("Tools: Excel" under a job) stays where it is; and each starts a section only when it names a
 * kind other than the section it would otherwise fall in ("Languages: …" inside Skills stays a line).
 */
function findInlineTitles(lines: PlacedLine[], headings: Map<PlacedLine, SectionKind>): Map<PlacedLine, InlineTitle> {
  const found = new Map<PlacedLine, InlineTitle>();
  let kind: SectionKind = 'profile';
  let block: PlacedLine[] = [];
  const closeBlock = () => {
    // A line that carries the one above on: no label, marker, dates or blank space before it, and
    // (where positions are known) the line above reaching its column's edge.
    const carriesOn = (line: PlacedLine, above: PlacedLine | undefined) =>
      !!above && !INLINE_TITLE.test(line.text) && !line.listItem && !markerLength(line.text) && !findDateRange(line.text) && (line.gapBefore ?? 0) < 0.9 &&
      (above.right === undefined || above.columnRight === undefined || above.right >= above.columnRight - 3 * (above.fontSize ?? 10));
    const titles = block.map(inlineTitle);
    // The run that closes the block: back from its end over inline titles and the lines carrying them on.
    let first = -1;
    for (let i = block.length - 1; i >= 0 && (titles[i] || carriesOn(block[i]!, block[i - 1])); i--) if (titles[i]) first = i;
    if (first >= 0) {
      let current = kind;
      for (const [i, title] of titles.entries()) {
        if (i < first || !title || title.kind === current) continue;
        found.set(block[i]!, title);
        current = title.kind;
      }
    }
    block = [];
  };
  for (const line of lines) {
    const heading = headings.get(line);
    if (heading) {
      closeBlock();
      kind = heading;
    } else block.push(line);
  }
  closeBlock();
  return found;
}

/**
 * The kind a section's lines show: a list of short items without dates or prose (skills, tools) is
 * skills; anything else stays other (a paragraph under an unknown title need not be the person's summary).
 */
function kindFromBody(body: PlacedLine[]): SectionKind {
  if (!body.length || body.some((line) => findDateRange(line.text))) return 'other';
  const words = body.flatMap((line) => line.text.replace(/\p{Script=Han}+/gu, ' ').split(/\s+/).filter((word) => /^\p{L}/u.test(word)));
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length / Math.max(1, words.length);
  const clauses = body.some((line) => /\p{Script=Han}.*[，。；]/u.test(line.text));
  const short = body.every((line) => line.text.replace(/\p{Script=Han}/gu, 'x ').trim().split(/\s+/).length <= 6 || /[,，、|/·]/.test(line.text));
  return short && lower < 0.3 && !clauses ? 'skills' : 'other';
}

/** Reads sections, entries and bullets from placed lines. */
export function readStructure(text: string, lines: PlacedLine[]): Structure {
  const headings = findHeadings(lines);
  const inline = findInlineTitles(lines, headings);
  for (const [line, title] of inline) headings.set(line, title.kind);
  const sections: Section[] = [];
  const firstHeading = lines.findIndex((line) => headings.has(line));
  const headerLines = firstHeading < 0 ? lines : lines.slice(0, firstHeading);
  const headerEnd = headerLines.length ? headerLines.at(-1)!.end : 0;
  if (headerLines.length) {
    sections.push({
      kind: 'profile',
      title: '',
      titleSpan: { start: headerLines[0]!.start, end: headerLines[0]!.start },
      span: { start: headerLines[0]!.start, end: headerEnd },
      entries: [],
      lines: groupUnits(headerLines).map((unit) => bulletOf(text, unit)),
    });
  }
  if (firstHeading < 0) return { sections, headerEnd };
  let index = firstHeading;
  while (index < lines.length) {
    const title = lines[index]!;
    let next = index + 1;
    while (next < lines.length && !headings.has(lines[next]!)) next++;
    const kind = headings.get(title)!;
    const written = inline.get(title);
    // An inline title's own line goes on with the section's first line of content.
    const body = [...(written ? [written.content] : []), ...lines.slice(index + 1, next)];
    const titleText = written?.label ?? title.text.replace(/^#+\s*/, '').replace(/[:：]\s*$/, '').trim();
    const titleStart = title.start + title.text.indexOf(titleText);
    // A title of unknown wording that holds a list of short items is a list of skills.
    const bodyKind = kind === 'other' && !keywordHeadingKind(titleText) && !exactHeadingKind(titleText) ? kindFromBody(body) : kind;
    const { entries, lines: bodyLines } = body.length ? readBody(text, bodyKind, body) : { entries: [], lines: [] };
    sections.push({
      kind: bodyKind,
      title: titleText,
      titleSpan: { start: titleStart, end: titleStart + titleText.length },
      span: { start: title.start, end: (body.at(-1) ?? title).end },
      entries,
      lines: bodyLines,
    });
    index = next;
  }
  return { sections, headerEnd };
}
