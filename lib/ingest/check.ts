import type { ResumeDocument, Span } from '../document/schema.ts';

/**
 * Checks that every span of a document points at the words it claims (titles, entries, bullets,
 * lines, contact fields, dates, line pieces) and stays inside the text. Returns the problems found;
 * an empty list means every highlight lands on exactly the right words.
 */
export function spanProblems(document: ResumeDocument): string[] {
  const { text } = document;
  const problems: string[] = [];
  const inside = (what: string, span: Span) => {
    if (span.start < 0 || span.end > text.length || span.start > span.end) problems.push(`${what}: span ${span.start}-${span.end} outside the text`);
  };
  /** The span reads the value (with `dropped`, e.g. a line break, taken out of what it reads). */
  const exact = (what: string, span: Span, value: string, dropped?: string) => {
    inside(what, span);
    const read = text.slice(span.start, span.end);
    if ((dropped ? read.replaceAll(dropped, '') : read) !== value) problems.push(`${what}: span reads ${JSON.stringify(read)}, not ${JSON.stringify(value)}`);
  };
  for (const section of document.sections) {
    exact(`title "${section.title}"`, section.titleSpan, section.title);
    inside(`section "${section.title}"`, section.span);
    for (const line of section.lines) exact(`line in "${section.title}"`, line.span, line.text);
    for (const entry of section.entries) {
      inside(`entry "${entry.heading}"`, entry.span);
      if (entry.dates) exact(`dates of "${entry.heading}"`, entry.dates.span, entry.dates.text);
      for (const bullet of entry.bullets) {
        exact(`bullet of "${entry.heading}"`, bullet.span, bullet.text);
        if (bullet.span.start < entry.span.start || bullet.span.end > entry.span.end) problems.push(`bullet of "${entry.heading}" outside its entry`);
      }
    }
  }
  const { contact } = document;
  for (const field of [contact.name, contact.location, ...contact.emails, ...contact.phones, ...contact.urls]) {
    // A link wrapped over two lines reads without the line break.
    if (field) exact(`contact "${field.value}"`, field.span, field.value, '\n');
  }
  for (const line of document.lines) {
    inside('line', line.span);
    for (const piece of line.pieces ?? []) {
      if (piece.span.start < line.span.start || piece.span.end > line.span.end) problems.push(`piece ${piece.span.start}-${piece.span.end} outside its line`);
    }
  }
  for (const diagnostic of document.diagnostics) for (const span of diagnostic.spans) inside(`diagnostic ${diagnostic.code}`, span);
  return problems;
}

/**
 * The structure of a document without its positions: section kinds, entry dates and the letters
 * of bullets and lines. Two sources of the same resume (PDF, DOCX, text) should give the same outline.
 */
export function outline(document: ResumeDocument) {
  const letters = (text: string) => text.replace(/\s+/g, '');
  return document.sections
    .filter((section) => section.kind !== 'profile')
    .map((section) => ({
      kind: section.kind,
      entries: section.entries.map((entry) => ({ dates: entry.dates && [entry.dates.start, entry.dates.end], bullets: entry.bullets.map((bullet) => letters(bullet.text)) })),
      lines: section.lines.map((line) => letters(line.text)),
    }));
}
