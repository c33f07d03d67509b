import type { Diagnostic, Section, Span } from '../document/schema.ts';

/**
 * Places where a number should be and is not: a "%", "万" or "倍" with no digit before it, a
 * measure word after a gap ("共有 个"), a date with its digits gone (". - ."). PDFs whose digit
 * glyphs have no Unicode mapping lose exactly these.
 */
const LOST_DIGITS = [
  /(?<![\d０-９.,]\s?)%/gu,
  /(?<=\p{Script=Han}) (?:万|倍|个|人|次|名|位|项|篇|家|元|余|多)(?=[\p{Script=Han}\s,，。]|$)/gmu,
  /(?<=\p{Script=Han}) \+ ?(?=\p{Script=Han})/gu,
  /(?<![\d\w])\.\s?[-–]\s?\.(?![\d\w])/gu,
  /\(\s?\+\s/gu,
];

export function findLostDigits(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of LOST_DIGITS) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Diagnostics that the text alone shows: lost digits and unmapped glyphs. */
export function textDiagnostics(text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lost = findLostDigits(text);
  // One stray "%" can be a typo; two places make a pattern.
  if (lost.length >= 2 || (lost.length === 1 && !/\d/.test(text))) {
    diagnostics.push({ code: 'lost-digits', spans: lost, data: { count: lost.length } });
  }
  // Control characters never reach here: normalisation turns them into spaces.
  const unmapped = [...text.matchAll(/\uFFFD+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (unmapped.length) diagnostics.push({ code: 'unmapped-glyphs', spans: unmapped, data: { count: unmapped.length } });
  return diagnostics;
}

/** Sections whose entries are what a review scores. */
const SCORED_KINDS = new Set(['experience', 'projects', 'education']);

/**
 * Says so when the structure could not be recovered: no section of experience, projects or
 * education holds anything (everything read as one block, or titles not found), so a review can
 * decline to score what was not read. `data.sections` counts the sections that were found.
 */
export function structureDiagnostics(sections: Section[]): Diagnostic[] {
  const read = sections.some((section) => SCORED_KINDS.has(section.kind) && (section.entries.length > 0 || section.lines.length > 0));
  return read ? [] : [{ code: 'structure-unread', spans: [], data: { sections: sections.filter((section) => section.title).length } }];
}
