import type { Span, ResumeDocument } from '../document/schema.ts';
import type { Report } from '../report/schema.ts';
import type { MentorReview } from '../mentor/schema.ts';

/** One mask character per UTF-16 unit, so every span into the text stays valid after masking. */
export const MASK = '•';

/** Keys whose values are identifiers or enums, never free text a person wrote. */
const identifierKeys = new Set([
  'id', 'ruleId', 'messageId', 'findingId', 'parentId', 'severity', 'dimension', 'band', 'algorithmVersion',
  'at', 'action', 'role', 'target', 'inferred', 'language', 'type', 'code', 'kind', 'start', 'end',
]);

const latinEdge = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * The contact name, unless the reader took a section heading for it ("教育背景" at the top of a
 * resume without a name line): masking that would black out a heading and every repeat of it.
 */
function candidateName(doc: ResumeDocument): ResumeDocument['contact']['name'] {
  const name = doc.contact.name;
  if (!name) return undefined;
  const value = name.value.trim();
  const isHeading = doc.sections.some((section) => section.title.trim() === value
    || (section.titleSpan.start < name.span.end && name.span.start < section.titleSpan.end));
  return isHeading ? undefined : name;
}

/** The strings that identify the candidate: name, emails, phones and address, as read and as written. */
function personalStrings(doc: ResumeDocument): string[] {
  const { emails, phones, location } = doc.contact;
  const name = candidateName(doc);
  // A bare city ("上海") also names universities and employers; only a street address is masked wherever it recurs.
  const address = location && [...location.value].length >= 6 ? location : undefined;
  const fields = [name, ...emails, ...phones, address].filter((field) => field !== undefined);
  const strings = new Set<string>();
  for (const field of fields) {
    strings.add(field.value.trim());
    strings.add(doc.text.slice(field.span.start, field.span.end).trim());
  }
  // A single character ("王") would mask unrelated words; the contact span itself still covers it.
  return [...strings].filter((value) => [...value].length >= 2).sort((a, b) => b.length - a.length);
}

/** Where `needle` occurs in `haystack`, skipping hits inside a longer Latin word or number ("Li" in "Lisa"). */
function occurrences(haystack: string, needle: string): Span[] {
  const spans: Span[] = [];
  const checkStart = latinEdge.test(needle[0] ?? '');
  const checkEnd = latinEdge.test(needle.at(-1) ?? '');
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (checkStart && latinEdge.test(haystack[at - 1] ?? '')) continue;
    if (checkEnd && latinEdge.test(haystack[end] ?? '')) continue;
    spans.push({ start: at, end });
  }
  return spans;
}

function maskSpans(text: string, spans: Span[]): string {
  let masked = text;
  for (const { start, end } of spans) masked = masked.slice(0, start) + MASK.repeat(end - start) + masked.slice(end);
  return masked;
}

/** Every place in the resume text where personal details appear: the contact fields and any repetition of them. */
export function personalSpans(doc: ResumeDocument): Span[] {
  const { emails, phones, location } = doc.contact;
  const name = candidateName(doc);
  const spans = [name, ...emails, ...phones, location].flatMap((field) => (field ? [field.span] : []));
  for (const value of personalStrings(doc)) spans.push(...occurrences(doc.text, value));
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

function maskString(value: string, strings: string[]): string {
  return maskSpans(value, strings.flatMap((needle) => occurrences(value, needle)));
}

function maskDeep(value: unknown, strings: string[]): unknown {
  if (typeof value === 'string') return maskString(value, strings);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, strings));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, identifierKeys.has(key) ? item : maskDeep(item, strings)]),
    );
  }
  return value;
}

/**
 * The report and mentor review with name, phones, emails and address replaced by mask characters
 * everywhere they appear: resume text, parsed fields, findings, comments, verdicts, file name.
 * Same-length masks keep every span valid.
 */
export function maskPersonal(report: Report, mentor: MentorReview): { report: Report; mentor: MentorReview } {
  const strings = personalStrings(report.document);
  const text = maskSpans(report.document.text, personalSpans(report.document));
  const maskedReport = maskDeep(report, strings) as Report;
  maskedReport.document.text = text;
  return { report: maskedReport, mentor: maskDeep(mentor, strings) as MentorReview };
}
