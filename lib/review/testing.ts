import type { Diagnostic, Entry, ResumeDocument, Section, SectionKind, Span } from '../document/schema.ts';
import { detectLanguage } from '../text/index.ts';

/** A resume described by its parts; `buildDocument` lays it out as text with exact spans (for rule tests). */
export interface DocumentSpec {
  /** Name and contact lines at the top. */
  header?: string[];
  sections?: {
    kind: SectionKind;
    title: string;
    entries?: { heading: string; dates?: { text: string; start?: string; end?: string }; bullets: string[] }[];
    lines?: string[];
  }[];
  diagnostics?: { code: Diagnostic['code']; text?: string; data?: Record<string, number | string> }[];
  pages?: number;
}

const EMAIL = /[^\s|:：,，]+@[^\s|,，]+/g;
const PHONE = /(?:\+\d{1,3}[\s-]?)?\d[\d\s-]{6,}\d/g;

/**
 * Builds a valid ResumeDocument whose spans point at the text exactly as a parser's would. Contact
 * fields are the emails and phone numbers found in the header lines.
 */
export function buildDocument(spec: DocumentSpec): ResumeDocument {
  let text = '';
  const lines: ResumeDocument['lines'] = [];
  const addLine = (line: string): Span => {
    if (text) text += '\n';
    const span = { start: text.length, end: text.length + line.length };
    text += line;
    lines.push({ span, page: 1, language: detectLanguage(line) });
    return span;
  };
  const contact: ResumeDocument['contact'] = { emails: [], phones: [], urls: [] };
  for (const line of spec.header ?? []) {
    const span = addLine(line);
    for (const m of line.matchAll(EMAIL)) contact.emails.push({ value: m[0], span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
    for (const m of line.matchAll(PHONE)) contact.phones.push({ value: m[0], span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
  }
  const sections: Section[] = [];
  for (const s of spec.sections ?? []) {
    const titleSpan = addLine(s.title);
    const entries: Entry[] = [];
    for (const e of s.entries ?? []) {
      const headingLine = e.dates ? `${e.heading} | ${e.dates.text}` : e.heading;
      const headingSpan = addLine(headingLine);
      const bullets = e.bullets.map((b) => {
        const span = addLine(`- ${b}`);
        return { span: { start: span.start + 2, end: span.end }, text: b };
      });
      const dates = e.dates
        ? { text: e.dates.text, span: { start: headingSpan.end - e.dates.text.length, end: headingSpan.end }, ...(e.dates.start ? { start: e.dates.start } : {}), ...(e.dates.end ? { end: e.dates.end } : {}) }
        : undefined;
      entries.push({ heading: e.heading, span: { start: headingSpan.start, end: text.length }, bullets, ...(dates ? { dates } : {}) });
    }
    const sectionLines = (s.lines ?? []).map((l) => ({ span: addLine(l), text: l }));
    sections.push({ kind: s.kind, title: s.title, titleSpan, span: { start: titleSpan.start, end: text.length }, entries, lines: sectionLines });
  }
  const diagnostics: Diagnostic[] = (spec.diagnostics ?? []).map((d) => {
    const at = d.text ? text.indexOf(d.text) : -1;
    return { code: d.code, spans: at >= 0 ? [{ start: at, end: at + d.text!.length }] : [], data: d.data ?? {} };
  });
  return {
    version: 1,
    source: { type: 'text', bytes: new TextEncoder().encode(text).byteLength },
    text,
    language: detectLanguage(text),
    pages: Array.from({ length: spec.pages ?? 1 }, (_, i) => ({ number: i + 1, width: 595, height: 842 })),
    lines,
    contact,
    sections,
    diagnostics,
  };
}

/** A one-role resume around some work lines: the usual shape of a rule test. */
export function workDocument(bullets: string[], options: { heading?: string; kind?: SectionKind; header?: string[] } = {}): ResumeDocument {
  const zh = bullets.some((b) => /\p{Script=Han}/u.test(b));
  return buildDocument({
    header: options.header ?? (zh ? ['王小明', '手机：13800138000 | 邮箱：xiaoming@example.com'] : ['Alex Chen', 'alex.chen@example.com | +1 415 555 0100']),
    sections: [{ kind: options.kind ?? 'experience', title: zh ? '工作经历' : 'Experience', entries: [{ heading: options.heading ?? (zh ? '运营专员' : 'Operations Specialist'), bullets }] }],
  });
}
