import { z } from 'zod';

/**
 * The structured resume every other part of Liangdian points into.
 * Offsets are UTF-16 code-unit indexes into `ResumeDocument.text` (what JS `slice` uses),
 * half-open: `text.slice(span.start, span.end)` is exactly the words concerned.
 */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const Language = z.enum(['zh', 'en', 'mixed']);
export type Language = z.infer<typeof Language>;

/** `image`: a photo or scan (PNG, JPEG) read by OCR; its boxes are in the image's pixels at 72 per inch. */
export const SourceType = z.enum(['pdf', 'docx', 'text', 'image']);
export type SourceType = z.infer<typeof SourceType>;

/** A rectangle on a PDF page in points, origin at the page's top-left corner. */
export const Box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
export type Box = z.infer<typeof Box>;

export const Page = z.object({ number: z.number().int().positive(), width: z.number(), height: z.number() });
export type Page = z.infer<typeof Page>;

/** One line of the text as read; `boxes` holds the positions of its pieces where the source has them. */
export const Line = z.object({
  span: Span,
  page: z.number().int().positive(),
  language: Language,
  box: Box.optional(),
  /** Per-piece rectangles with the text span each covers, so a finding can be drawn over exact words. */
  pieces: z.array(z.object({ span: Span, box: Box })).optional(),
});
export type Line = z.infer<typeof Line>;

export const SectionKind = z.enum([
  'profile', 'summary', 'experience', 'projects', 'education', 'skills', 'awards', 'publications', 'resources', 'other',
]);
export type SectionKind = z.infer<typeof SectionKind>;

export const Field = z.object({ value: z.string(), span: Span });
export type Field = z.infer<typeof Field>;

export const Contact = z.object({
  name: Field.optional(),
  emails: z.array(Field),
  phones: z.array(Field),
  urls: z.array(Field),
  location: Field.optional(),
});
export type Contact = z.infer<typeof Contact>;

/** A month as 'YYYY-MM'; 'present' for 至今 / Present. */
export const Month = z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal('present')]);

export const DateRange = z.object({
  text: z.string(),
  span: Span,
  start: Month.optional(),
  end: Month.optional(),
});
export type DateRange = z.infer<typeof DateRange>;

export const Bullet = z.object({ span: Span, text: z.string() });
export type Bullet = z.infer<typeof Bullet>;

export const Entry = z.object({
  heading: z.string(),
  organisation: z.string().optional(),
  dates: DateRange.optional(),
  span: Span,
  bullets: z.array(Bullet),
});
export type Entry = z.infer<typeof Entry>;

export const Section = z.object({
  kind: SectionKind,
  title: z.string(),
  titleSpan: Span,
  span: Span,
  entries: z.array(Entry),
  /** Lines of a section that has no entries (skills rows, a summary paragraph). */
  lines: z.array(Bullet),
});
export type Section = z.infer<typeof Section>;

export const DiagnosticCode = z.enum([
  'two-columns', 'no-text-layer', 'lost-digits', 'unmapped-glyphs', 'encrypted', 'truncated-text',
  // Text read from an image by OCR: `ocr` says so with the mean confidence ({ confidence, pages });
  // `ocr-uncertain` marks the words read with low confidence; `ocr-uncertain-numbers` the numbers
  // among them, which a review should not praise as results without saying so.
  'ocr', 'ocr-uncertain', 'ocr-uncertain-numbers',
]);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

export const Diagnostic = z.object({
  code: DiagnosticCode,
  /** Where it shows, when it concerns particular words (a `%` with no number before it). */
  spans: z.array(Span),
  /** Numbers that explain it, e.g. { count: 12 } or { columns: 2 }. */
  data: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const ResumeDocument = z.object({
  version: z.literal(1),
  source: z.object({
    type: SourceType,
    fileName: z.string().optional(),
    bytes: z.number().int().nonnegative(),
  }),
  text: z.string(),
  language: Language,
  pages: z.array(Page),
  lines: z.array(Line),
  contact: Contact,
  sections: z.array(Section),
  diagnostics: z.array(Diagnostic),
});
export type ResumeDocument = z.infer<typeof ResumeDocument>;
