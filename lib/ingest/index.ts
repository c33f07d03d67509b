import type { Diagnostic, Line, Page, ResumeDocument, SourceType } from '../document/schema.ts';
import { detectLanguage } from '../text/language.ts';
import { extractContact } from './contact.ts';
import { decodeText, detectType } from './detect.ts';
import { textDiagnostics } from './diagnostics.ts';
import { IngestError } from './errors.ts';
import type { PlacedLine } from './layout.ts';
import { messages } from './messages.ts';
import type { Ocr } from './ocr.ts';
import { readStructure } from './structure.ts';
import { readText } from './text.ts';

export { IngestError } from './errors.ts';

export type ResumeInput = { bytes: Uint8Array; fileName?: string } | { text: string; fileName?: string };

/** Largest file, longest time and most PDF pages a parse accepts. */
export interface Limits {
  maxBytes: number;
  timeoutMs: number;
  maxPages: number;
}

export interface ParseOptions {
  /** Overrides PARSE_LIMITS for this call (tests, batch jobs). */
  limits?: Partial<Limits>;
  /** Aborts the parse (an upload cancelled by the user). */
  signal?: AbortSignal;
  /**
   * Reads images (photos, scans, PDF pages without a text layer). The parse child hands in its
   * recogniser (server/ocr); without one, images are refused and scanned PDF pages left out.
   */
  ocr?: Ocr;
}

/** The limits every parse applies unless told otherwise: 10 MB, 20 s, 50 pages. */
export const PARSE_LIMITS: Readonly<Limits> = { maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000, maxPages: 50 };

/** What a reader (PDF, DOCX, text) hands over: the document text and its placed lines. */
export interface ReadResult {
  text: string;
  lines: PlacedLine[];
  pages: Page[];
  diagnostics: Diagnostic[];
}

/**
 * Reads a resume (PDF, DOCX, plain text or Markdown, or with `options.ocr` a photo or scan; Chinese
 * or English) into a ResumeDocument.
 * The type comes from the bytes, never the file name. Throws IngestError for input that cannot
 * be read: empty, too large, unsupported, corrupt, encrypted, image-only, or too slow.
 */
export async function parseResume(input: ResumeInput, options: ParseOptions = {}): Promise<ResumeDocument> {
  const limits: Limits = { ...PARSE_LIMITS, ...options.limits };
  const size = 'bytes' in input ? input.bytes.byteLength : new TextEncoder().encode(input.text).byteLength;
  if (size === 0 || ('text' in input && !input.text.trim())) throw new IngestError('empty', messages.empty);
  if (size > limits.maxBytes) throw new IngestError('too-large', messages.tooLarge(limits.maxBytes));

  let type: SourceType = 'text';
  let read: ReadResult;
  if ('text' in input) {
    read = fromText(input.text);
  } else {
    type = detectType(input.bytes);
    read = await withTimeout(limits.timeoutMs, options.signal, (signal) => readBytes(type, input.bytes, limits, signal, options.ocr));
  }
  if (!read.text.trim()) throw new IngestError('empty', messages.noText);
  return assemble(read, { type, fileName: input.fileName, bytes: size });
}

function fromText(input: string): ReadResult {
  const { text, lines } = readText(input);
  return { text, lines, pages: [], diagnostics: [] };
}

// The PDF and DOCX readers load on first use (pdf.js and mammoth are large), once: every `import()`
// is resolved again, which under tsx is a round trip to its loader thread.
let pdfReader: Promise<typeof import('./pdf.ts')> | undefined;
let docxReader: Promise<typeof import('./docx.ts')> | undefined;
let imageReader: Promise<typeof import('./ocr.ts')> | undefined;

async function readBytes(type: SourceType, bytes: Uint8Array, limits: Limits, signal: AbortSignal, ocr: Ocr | undefined): Promise<ReadResult> {
  if (type === 'pdf') return (await (pdfReader ??= import('./pdf.ts'))).readPdf(bytes, limits, signal, ocr);
  if (type === 'image') {
    if (!ocr) throw new IngestError('unsupported-type', messages.noOcr);
    return (await (imageReader ??= import('./ocr.ts'))).readImage(bytes, ocr, signal);
  }
  if (type === 'docx') return (await (docxReader ??= import('./docx.ts'))).readDocx(bytes);
  return fromText(decodeText(bytes) ?? '');
}

async function withTimeout<T>(ms: number, outer: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  outer?.addEventListener('abort', abort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new IngestError('timeout', messages.timeout(ms)));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}

function assemble(read: ReadResult, source: ResumeDocument['source']): ResumeDocument {
  const { text } = read;
  const { sections, headerEnd } = readStructure(text, read.lines);
  const lines: Line[] = read.lines.map((line) => ({
    span: { start: line.start, end: line.end },
    page: line.page,
    language: detectLanguage(line.text),
    ...(line.box ? { box: line.box } : {}),
    ...(line.pieces ? { pieces: line.pieces.map((piece) => ({ span: { start: line.start + piece.start, end: line.start + piece.end }, box: piece.box })) } : {}),
  }));
  return {
    version: 1,
    source: { type: source.type, ...(source.fileName ? { fileName: source.fileName } : {}), bytes: source.bytes },
    text,
    language: detectLanguage(withoutAddresses(text)),
    pages: read.pages,
    lines,
    contact: extractContact(text, { start: 0, end: Math.max(headerEnd, firstLinesEnd(read.lines)) }),
    sections,
    diagnostics: [...read.diagnostics, ...textDiagnostics(text)],
  };
}

/**
 * The text without emails and links, whose Latin letters say nothing about the resume's language.
 * Whole words are dropped: a pattern like `\S+@\S+` retries from every character and is quadratic on a long line.
 */
function withoutAddresses(text: string): string {
  return text.replace(/\S+/g, (word) => (/.@.|https?:\/\//.test(word) ? '' : word));
}

/** The end of the first few lines: contact details sit at the top even when a title comes early. */
function firstLinesEnd(lines: PlacedLine[]): number {
  return lines[Math.min(lines.length, 6) - 1]?.end ?? 0;
}
