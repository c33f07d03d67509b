import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Box, Diagnostic, Page } from '../document/schema.ts';
import { normaliseLine } from '../text/normalise.ts';
import { IngestError } from './errors.ts';
import type { Limits, ReadResult } from './index.ts';
import { findDateRange, isDateOnly, openRange } from './dates.ts';
import { placeLines, splitLine, type LayoutLine } from './layout.ts';
import { messages } from './messages.ts';
import { CachedCMapReaderFactory, CachedStandardFontDataFactory, pdfjsAssetOptions, pdfjsDirectory } from './pdfjs-assets.ts';
import { importPatchedWorker, importUnpatchedWorker } from './pdfjs-worker.ts';

// pdf.js as pdf-parse brings it, loaded once per process.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<{ pdfjs: PdfJs; worker: InstanceType<PdfJs['PDFWorker']>; patched: boolean }> | undefined;
/** pdf.js and one worker shared by every parse: setting a worker up costs more than reading a page. */
const loadPdfJs = () => (pdfjsPromise ??= importPdfJs());

/** Whether this process reads PDFs with the text-only patched pdf.js worker (loading pdf.js if need be). */
export async function pdfjsWorkerPatched(): Promise<boolean> {
  return (await loadPdfJs()).patched;
}

/**
 * Imports pdf.js's legacy build (the one that runs on Node) with its worker patched for text
 * extraction (pdfjs-worker.ts; `LIANGDIAN_PDFJS_PATCHES=off` loads the worker as shipped), then puts
 * back the two built-ins its core-js polyfills replace for the whole process although Node's own are
 * correct: Array#push (replaced over an edge case of non-writable lengths) and JSON.parse (replaced
 * to add reviver source text). Both replacements are several times slower and would slow every
 * later step (the review, the server's JSON) in the same process. The polyfills that add missing
 * built-ins stay.
 */
async function importPdfJs() {
  const push = Array.prototype.push;
  const parse = JSON.parse;
  // pdf.js ships megabytes of source maps; a tool that turned source maps on (tsx) would read them all.
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  // Both modules from one installed copy (pdf.js checks that its worker is the same version). The worker
  // runs in this thread; importing it here, before the built-ins are put back, keeps its polyfills
  // from being installed later.
  const build = join(pdfjsDirectory(), 'legacy', 'build');
  const workerPath = join(build, 'pdf.worker.mjs');
  const { module, patched } = await (process.env.LIANGDIAN_PDFJS_PATCHES === 'off' ? importUnpatchedWorker(workerPath) : importPatchedWorker(workerPath));
  const { WorkerMessageHandler } = module;
  const pdfjs = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ pathToFileURL(join(build, 'pdf.mjs')).href)) as PdfJs;
  process.setSourceMapsEnabled(sourceMaps);
  Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
  const port = new DirectPort();
  WorkerMessageHandler.initializeFromPort(port);
  return { pdfjs, worker: pdfjs.PDFWorker.create({ port: port as unknown as Worker, verbosity: 0 }), patched };
}

const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);

type Listener = (this: DirectPort, event: { data: unknown }) => void;

/**
 * The channel between pdf.js and its worker, both in this thread. pdf.js's own in-thread channel
 * (LoopbackPort) deep-copies every message with structuredClone, about a twentieth of a parse;
 * neither side changes a message once sent (and pdf.js is handed a copy of the caller's bytes),
 * so the same objects are delivered, still asynchronously as a worker's would be.
 */
class DirectPort {
  readonly #listeners = new Set<Listener>();
  postMessage(message: { chunk?: unknown }): void {
    // A stream's sender refills its chunk object once it is queued (pdf.js's text content swaps in new
    // item and style containers), so the chunk's own fields are taken now.
    const data = isPlainObject(message.chunk) ? { ...message, chunk: { ...message.chunk } } : message;
    queueMicrotask(() => {
      for (const listener of this.#listeners) listener.call(this, { data });
    });
  }
  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void {
    if (options?.signal?.aborted) return;
    this.#listeners.add(listener);
    options?.signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.#listeners.delete(listener);
  }
  terminate(): void {
    this.#listeners.clear();
  }
}

/** A run of text on a page, in points, origin top-left. */
interface Glyphs {
  raw: string;
  text: string;
  x: number;
  top: number;
  baseline: number;
  width: number;
  height: number;
  font: string;
}

/** Far beyond any page (a million points is 350 m), so sums of placed coordinates stay finite. */
const MAX_COORDINATE = 1e6;

/**
 * Whether a text run has a real position and size. A damaged PDF can give a run a NaN or infinite
 * matrix or width; such a run is dropped, because a box built from it would be NaN.
 */
function isPlaced(glyph: Glyphs): boolean {
  return [glyph.x, glyph.top, glyph.baseline, glyph.width, glyph.height].every((value) => Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE);
}

/** Reads a PDF's text layer into lines with boxes, columns in reading order. */
export async function readPdf(bytes: Uint8Array, limits: Limits, signal: AbortSignal): Promise<ReadResult> {
  // pdf.js works in microtasks that a timer cannot interrupt, so the deadline is also checked between steps.
  const deadline = performance.now() + limits.timeoutMs;
  const late = () => signal.aborted || performance.now() > deadline;
  const { pdfjs, worker } = await loadPdfJs();
  const task = pdfjs.getDocument({
    worker,
    // pdf.js takes ownership of the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    ...pdfjsAssetOptions(),
    CMapReaderFactory: CachedCMapReaderFactory,
    StandardFontDataFactory: CachedStandardFontDataFactory,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const onAbort = () => void task.destroy();
  signal.addEventListener('abort', onAbort);
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      if ((error as Error).name === 'PasswordException') throw new IngestError('encrypted', messages.encrypted, { cause: error });
      throw new IngestError('corrupt', messages.corruptPdf, { cause: error });
    }
    if (document.numPages > limits.maxPages) throw new IngestError('too-large', messages.tooManyPages(limits.maxPages));
    const pages: Page[] = [];
    const lines: LayoutLine[] = [];
    const diagnostics: Diagnostic[] = [];
    let columnsPages = 0;
    let emptyPages = 0;
    for (let number = 1; number <= document.numPages; number++) {
      if (late()) break;
      let page;
      let content;
      try {
        page = await document.getPage(number);
        // Our own normalisation (NFKC and more) runs on every piece; pdf.js need not do it too.
        content = await page.getTextContent({ disableNormalization: true });
      } catch (error) {
        if (late()) break;
        throw new IngestError('corrupt', messages.corruptPdf, { cause: error });
      }
      const viewport = page.getViewport({ scale: 1 });
      // A page without a real size (a damaged MediaBox) places nothing: the file is damaged, not an image.
      if (![viewport.width, viewport.height].every((value) => Number.isFinite(value) && value <= MAX_COORDINATE)) {
        throw new IngestError('corrupt', messages.corruptPdf);
      }
      pages.push({ number, width: round(viewport.width), height: round(viewport.height) });
      const glyphs: Glyphs[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const tx = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        const height = Math.hypot(tx[2]!, tx[3]!);
        const ascent = content.styles[item.fontName]?.ascent || 0.8;
        const glyph: Glyphs = {
          raw: item.str.trim(),
          text: normaliseLine(item.str).trim(),
          x: tx[4]!,
          baseline: tx[5]!,
          top: tx[5]! - height * Math.min(Math.max(ascent, 0.6), 1),
          width: item.width * viewport.scale,
          height,
          font: item.fontName,
        };
        if (isPlaced(glyph)) glyphs.push(glyph);
      }
      if (!glyphs.some((glyph) => glyph.text)) {
        emptyPages++;
        page.cleanup();
        continue;
      }
      const cleaned = collapseOverprint(glyphs);
      const icons = iconFonts(cleaned);
      const regions = splitColumns(cleaned, viewport.width);
      if (regions.length > 2) columnsPages++;
      const pageLines = regions.flatMap((region) => buildLines(region, number, icons));
      lines.push(...pageLines.filter((line) => !isPageNumber(line, pageLines)));
      page.cleanup();
    }
    if (late()) throw new IngestError('timeout', messages.timeout(limits.timeoutMs));
    if (emptyPages === pages.length) throw new IngestError('no-text-layer', messages.noTextLayer);
    if (emptyPages) diagnostics.push({ code: 'no-text-layer', spans: [], data: { pages: emptyPages } });
    if (columnsPages) diagnostics.push({ code: 'two-columns', spans: [], data: { columns: 2, pages: columnsPages } });
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('/Encrypt') >= 0) {
      diagnostics.push({ code: 'encrypted', spans: [], data: {} });
    }
    const kept = lines.filter((line) => !isPageFurniture(line.text));
    const placed = placeLines(kept);
    return { ...placed, pages, diagnostics };
  } finally {
    signal.removeEventListener('abort', onAbort);
    await task.destroy();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Page numbers and running footers ("2 / 3", "Page 2 of 3", "第 2 页", "Name – 2/3"). Page numbers
 * have one to three digits, so a date ("2019/06", "– 2023/07") is never taken for one.
 */
function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return /^(?:page\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3}|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|-\s*\d{1,3}\s*-)$/i.test(t) || /\bpage \d{1,3} of \d{1,3}$/i.test(t) || /^.{0,40}\s[–-]\s*\d{1,3}\s*\/\s*\d{1,3}$/.test(t);
}

/**
 * A bare page number: a number of one to three digits alone on the last line of a page, below
 * everything else on it (a number inside the page is a list's or a table's).
 */
function isPageNumber(line: LayoutLine, pageLines: LayoutLine[]): boolean {
  if (!/^\d{1,3}$/.test(line.text.trim()) || !line.box) return false;
  const top = line.box.y;
  return pageLines.every((other) => other === line || !other.box || other.box.y + other.box.height <= top + 1);
}

/**
 * Drops text drawn again over itself: "fake bold" prints the same run two or three times, each a
 * fraction of a character's width from the last, and a text layer reads every copy. A run is a copy
 * when a kept run with the same text sits on the same baseline less than a third of a character away.
 */
function collapseOverprint(glyphs: Glyphs[]): Glyphs[] {
  const kept: Glyphs[] = [];
  const byRow = new Map<string, Glyphs[]>();
  for (const glyph of glyphs) {
    if (!glyph.text) {
      kept.push(glyph);
      continue;
    }
    const row = Math.round(glyph.baseline);
    const advance = glyph.width / Math.max(1, [...glyph.text].length);
    const near = (other: Glyphs) => Math.abs(other.x - glyph.x) < advance / 3 && Math.abs(other.baseline - glyph.baseline) < Math.max(0.5, glyph.height / 10) && Math.abs(other.width - glyph.width) < advance / 2;
    const seen = [row - 1, row, row + 1].some((key) => byRow.get(`${key}\u0000${glyph.text}`)?.some(near));
    if (seen) continue;
    kept.push(glyph);
    const key = `${row}\u0000${glyph.text}`;
    const list = byRow.get(key);
    if (list) list.push(glyph);
    else byRow.set(key, [glyph]);
  }
  return kept;
}

/**
 * Splits a page into reading regions: a full-width header band, then the left column, then the
 * right one, when the page has a vertical gutter that text does not cross below the header.
 * A single region otherwise.
 */
function splitColumns(glyphs: Glyphs[], pageWidth: number): Glyphs[][] {
  const visible = glyphs.filter((glyph) => glyph.text);
  const total = chars(visible);
  let best: { x: number; band: number; foot: number; crossing: number } | undefined;
  // How many runs cross each candidate gutter position, by a difference array over 2-point steps.
  const step = 2;
  const slots = Math.ceil(pageWidth / step) + 2;
  const cover = new Int32Array(slots + 1);
  for (const glyph of visible) {
    const from = Math.max(0, Math.floor((glyph.x + 1) / step) + 1);
    const to = Math.min(slots, Math.ceil((glyph.x + glyph.width - 1) / step));
    if (to > from) {
      cover[from]! += 1;
      cover[to]! -= 1;
    }
  }
  for (let i = 1; i <= slots; i++) cover[i]! += cover[i - 1]!;
  // Whether the two sides read as columns, by band and size of the left side: for one band the left
  // side only grows with x, so the same size is the same split, judged once.
  const judged = new Map<string, boolean>();
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.8; x += step) {
    if (cover[Math.round(x / step)]! > 6) continue;
    const crosses = (glyph: Glyphs) => glyph.x + 1 < x && glyph.x + glyph.width - 1 > x;
    const crossing = visible.filter(crosses);
    if (crossing.length > 6) continue;
    // Text crossing the gutter is allowed only above the columns (a name and contact band) and
    // below them (a footer: below every run that does not cross).
    let lowest = -Infinity;
    for (const glyph of visible) if (!crosses(glyph) && glyph.baseline > lowest) lowest = glyph.baseline;
    const foot = Math.min(Infinity, ...crossing.filter((glyph) => glyph.top > lowest).map((glyph) => glyph.top));
    const above = crossing.filter((glyph) => glyph.top < foot);
    const band = above.length ? Math.max(...above.map((glyph) => glyph.baseline)) : -Infinity;
    const below = visible.filter((glyph) => glyph.top > band && glyph.top < foot);
    const left = below.filter((glyph) => glyph.x + glyph.width / 2 < x);
    const key = `${band} ${left.length}`;
    let columns = judged.get(key);
    if (columns === undefined) {
      columns = areColumns(left, below.filter((glyph) => glyph.x + glyph.width / 2 >= x), total);
      judged.set(key, columns);
    }
    if (!columns) continue;
    if (!best || crossing.length < best.crossing) best = { x, band, foot, crossing: crossing.length };
    if (best.crossing === 0) break;
  }
  if (!best) return [glyphs];
  const { x, band } = best;
  const foot = Math.min(best.foot, footerTop(glyphs, x));
  const header = glyphs.filter((glyph) => glyph.top <= band);
  const rest = glyphs.filter((glyph) => glyph.top > band && glyph.top < foot);
  const left = rest.filter((glyph) => glyph.x + glyph.width / 2 < x);
  const right = rest.filter((glyph) => glyph.x + glyph.width / 2 >= x);
  const footer = glyphs.filter((glyph) => glyph.top >= foot);
  // A footer below both columns (links, a page line) is read with the header: after the columns it
  // would run into the last section of the right-hand one.
  return [[...header, ...footer], left, right];
}

/**
 * Where a footer row starts: the page's last row, when it has text on both sides of the gutter at
 * `x` and stands apart from everything above by more than two of its line heights. Infinity if none.
 */
function footerTop(glyphs: Glyphs[], x: number): number {
  // Loops, not spreads: a page may hold more runs than a call takes arguments.
  const visible = glyphs.filter((glyph) => glyph.text);
  let last = -Infinity;
  for (const glyph of visible) last = Math.max(last, glyph.baseline);
  const row = new Set(visible.filter((glyph) => Math.abs(glyph.baseline - last) < 2));
  let [top, height, above] = [Infinity, 0, -Infinity];
  for (const glyph of row) [top, height] = [Math.min(top, glyph.top), Math.max(height, glyph.height)];
  for (const glyph of visible) if (!row.has(glyph)) above = Math.max(above, glyph.baseline);
  const bothSides = [...row].some((glyph) => glyph.x + glyph.width / 2 < x) && [...row].some((glyph) => glyph.x + glyph.width / 2 >= x);
  return bothSides && top - above > 2 * height ? top : Infinity;
}

/** Whether two sides of a page, `total` characters in all, are two columns of text side by side. */
function areColumns(left: Glyphs[], right: Glyphs[], total: number): boolean {
  if (chars(left) < total * 0.08 || chars(right) < total * 0.08) return false;
  if (rows(left) < 6 || rows(right) < 6) return false;
  // A column of dates or places beside headings shares their baselines; two columns of running
  // text may share them too (one line grid), but then both sides hold lines of words, not fields.
  if (sharedBaselines(left, right) > 0.5 && (isFieldColumn(left) || isFieldColumn(right))) return false;
  // The two sides must run side by side down the page, not one above the other.
  const overlap = Math.min(bottom(left), bottom(right)) - Math.max(topOf(left), topOf(right));
  return !(overlap < 0.5 * Math.min(bottom(left) - topOf(left), bottom(right) - topOf(right)));
}

/** Whether a side of a page holds short fields (dates, places, labels) rather than lines of running text. */
function isFieldColumn(list: Glyphs[]): boolean {
  const perRow = new Map<number, number>();
  for (const glyph of list) perRow.set(Math.round(glyph.baseline / 3), (perRow.get(Math.round(glyph.baseline / 3)) ?? 0) + glyph.text.length);
  const lengths = [...perRow.values()].sort((a, b) => a - b);
  return (lengths[Math.floor(lengths.length / 2)] ?? 0) < 24;
}

/** Characters of text in a list of runs. */
function chars(list: Glyphs[]): number {
  return list.reduce((sum, glyph) => sum + glyph.text.length, 0);
}

/** Share of the smaller side's lines that sit on a baseline of the other side. */
function sharedBaselines(left: Glyphs[], right: Glyphs[]): number {
  const baselines = (list: Glyphs[]) => new Set(list.map((glyph) => Math.round(glyph.baseline)));
  const [a, b] = [baselines(left), baselines(right)].sort((x, y) => x.size - y.size) as [Set<number>, Set<number>];
  let shared = 0;
  for (const value of a) if (b.has(value) || b.has(value - 1) || b.has(value + 1)) shared++;
  return shared / a.size;
}

function rows(list: Glyphs[]): number {
  return new Set(list.map((glyph) => Math.round(glyph.baseline / 3))).size;
}
function topOf(list: Glyphs[]): number {
  return Math.min(...list.map((glyph) => glyph.top));
}
function bottom(list: Glyphs[]): number {
  return Math.max(...list.map((glyph) => glyph.baseline));
}

/** A single symbol that starts a list item: a bullet glyph, or an icon-font glyph (private use). */
function isMarkerGlyph(glyph: Glyphs): boolean {
  return [...glyph.raw].length === 1 && (!glyph.text || !/[\p{L}\p{N}(（"'“‘]/u.test(glyph.text));
}

/**
 * Fonts that only ever draw a lone symbol at the start of a line, before text in another font: an
 * icon font, whose glyphs may be mapped to Latin letters ("y" for a check mark). Such a glyph marks a
 * list item and is not part of the text. A font counts when every run in it is one character, it
 * opens at least two lines, and it draws a small share of the page.
 */
function iconFonts(glyphs: Glyphs[]): Set<string> {
  const runs = new Map<string, { single: boolean; chars: number }>();
  let total = 0;
  for (const glyph of glyphs) {
    const entry = runs.get(glyph.font) ?? { single: true, chars: 0 };
    entry.single &&= [...glyph.raw].length === 1;
    entry.chars += glyph.text.length;
    total += glyph.text.length;
    runs.set(glyph.font, entry);
  }
  const candidates = new Set([...runs].filter(([, entry]) => entry.single && entry.chars <= total * 0.05).map(([font]) => font));
  if (!candidates.size) return candidates;
  // Lines keyed by baseline: the first run of each, and the run after it.
  const rows = new Map<number, Glyphs[]>();
  for (const glyph of glyphs) {
    const key = Math.round(glyph.baseline);
    const row = rows.get(key);
    if (row) row.push(glyph);
    else rows.set(key, [glyph]);
  }
  const opens = new Map<string, number>();
  for (const row of rows.values()) {
    const [first, second] = row.sort((a, b) => a.x - b.x);
    if (first && second && candidates.has(first.font) && second.font !== first.font && second.x - (first.x + first.width) > 0) {
      opens.set(first.font, (opens.get(first.font) ?? 0) + 1);
    }
  }
  return new Set([...opens].filter(([, count]) => count >= 2).map(([font]) => font));
}

/** Groups a region's text runs into lines (same baseline), left to right, with boxes and gaps. */
function buildLines(glyphs: Glyphs[], page: number, icons: ReadonlySet<string> = new Set()): LayoutLine[] {
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rowsOfGlyphs: Glyphs[][] = [];
  for (const glyph of sorted) {
    const row = rowsOfGlyphs.at(-1);
    const reference = row?.[0];
    // Same line: baselines within a third of the text height (superscripts and mixed fonts stay on it).
    if (row && reference && Math.abs(glyph.baseline - reference.baseline) <= Math.max(2, 0.4 * Math.max(glyph.height, reference.height))) row.push(glyph);
    else rowsOfGlyphs.push([glyph]);
  }
  const lines: LayoutLine[] = [];
  // The font of the text after a line's first wide gap: tells an entry heading from a detail line beside a date column.
  const leadFonts = new Map<LayoutLine, string>();
  let previousBottom: number | undefined;
  for (const row of rowsOfGlyphs) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    const pieces: Array<{ start: number; end: number; box: Box }> = [];
    const breaks: number[] = [];
    let listItem = false;
    let previous: Glyphs | undefined;
    const fontChars = new Map<string, number>();
    const pieceFonts: string[] = [];
    for (const glyph of row) {
      // A bullet symbol stays in the text (structure reads its marker); a letter of an icon font does not.
      const icon = !previous && row.length > 1 && icons.has(glyph.font) && !isMarkerGlyph(glyph);
      if (!previous && (isMarkerGlyph(glyph) || icon) && row.length > 1) listItem = true;
      if (!glyph.text || icon) {
        previous = glyph;
        continue;
      }
      if (previous && text) {
        const gap = glyph.x - (previous.x + previous.width);
        const size = Math.min(glyph.height, previous.height);
        // The line's last character (a pair of code units at most): a pattern anchored at the end scans the whole line.
        const cjk = /\p{Script=Han}$/u.test(text.slice(-2)) && /^\p{Script=Han}/u.test(glyph.text);
        if (gap > size * (cjk ? 0.5 : 0.12) || /\s$/.test(previous.raw)) {
          text += ' ';
          // A date in a column of its own at the left may sit closer to the heading beside it.
          if (gap > size * 1.5 || (!breaks.length && gap > size * 0.8 && text.length <= 24 && isDateOnly(openRange(text)))) breaks.push(text.length);
        }
      }
      const start = text.length;
      text += glyph.text;
      pieces.push({ start, end: text.length, box: { x: round(glyph.x), y: round(glyph.top), width: round(glyph.width), height: round(glyph.height) } });
      pieceFonts.push(glyph.font);
      const key = `${glyph.font}@${Math.round(glyph.height * 2) / 2}`;
      fontChars.set(key, (fontChars.get(key) ?? 0) + glyph.text.length);
      previous = glyph;
    }
    if (!text) continue;
    const left = Math.min(...pieces.map((piece) => piece.box.x));
    const top = Math.min(...pieces.map((piece) => piece.box.y));
    const right = Math.max(...pieces.map((piece) => piece.box.x + piece.box.width));
    const lineBottom = Math.max(...pieces.map((piece) => piece.box.y + piece.box.height));
    // The font and size most of the line's letters are set in (a bullet glyph or icon may be larger).
    const [font, size] = [...fontChars].sort((a, b) => b[1] - a[1])[0]![0].split('@') as [string, string];
    const fontSize = Number(size);
    const line: LayoutLine = {
      text,
      page,
      indent: round(left),
      right: round(right),
      box: { x: round(left), y: round(top), width: round(right - left), height: round(lineBottom - top) },
      pieces,
      ...(breaks.length ? { breaks } : {}),
      style: `${font}@${fontSize}`,
      fontSize,
      ...(listItem ? { listItem: true } : {}),
      ...(previousBottom !== undefined ? { gapBefore: round(Math.max(0, top - previousBottom) / fontSize) } : {}),
    };
    lines.push(line);
    const cut = breaks[0];
    if (cut !== undefined) leadFonts.set(line, pieceFonts[pieces.findIndex((piece) => piece.start >= cut)] ?? font);
    previousBottom = lineBottom;
  }
  const split = splitAsides(splitLeadingDates(splitListRows(lines), leadFonts));
  const columnRight = Math.max(...split.filter((line) => !line.aside).map((line) => line.right ?? 0));
  return split.map((line) => ({ ...line, columnRight }));
}

/** A list marker and the space after it, at the start of a field. */
const ROW_MARKER = /^[-•●▪◦∙‣⁃○■□◆◇►▶➢➤✓✔❖*+–—]\s/u;

/**
 * Splits a row of list items set side by side (a grid of courses or skills: "- Operating Systems
 * - Signal Processing …", each in its own cell) into one line per item, left to right.
 */
function splitListRows(lines: LayoutLine[]): LayoutLine[] {
  return lines.flatMap((line) => {
    if (!ROW_MARKER.test(line.text)) return [line];
    // Cells start where a run of text starts with a marker, set apart by more than a word space.
    const size = line.fontSize ?? 10;
    const pieces = line.pieces ?? [];
    const breaks = pieces
      .filter((piece, i) => i > 0 && piece.start > 0 && ROW_MARKER.test(line.text.slice(piece.start)) && piece.box.x - (pieces[i - 1]!.box.x + pieces[i - 1]!.box.width) > 0.25 * size)
      .map((piece) => piece.start);
    if (!breaks.length) return [line];
    // Cells a text run holds together ("- Data Structures - Circuits Laboratory"): the run is cut in
    // proportion to its letters, so each cell keeps a box of its own.
    const cut = { ...line, pieces: pieces.flatMap((piece) => cutPiece(line.text, piece, breaks)) };
    for (const piece of cut.pieces) if (piece.start > 0 && !breaks.includes(piece.start) && ROW_MARKER.test(line.text.slice(piece.start))) breaks.push(piece.start);
    breaks.sort((a, b) => a - b);
    const items: LayoutLine[] = [];
    let rest: LayoutLine = cut;
    for (const cut of [...breaks].reverse()) {
      const [head, tail] = splitLine(rest, cut);
      items.unshift({ ...tail, listItem: true });
      rest = head;
    }
    return [rest, ...items];
  });
}

/**
 * A grid cell's text run cut where another cell starts inside it (" - " and a capital, in a row whose
 * cells start with "- "), the width shared out by letters.
 */
function cutPiece(text: string, piece: { start: number; end: number; box: Box }, breaks: number[]): Array<{ start: number; end: number; box: Box }> {
  if (!breaks.includes(piece.start) && piece.start !== 0) return [piece];
  const inner = [...text.slice(piece.start, piece.end).matchAll(/\s(?=[-–]\s\p{Lu})/gu)].map((match) => piece.start + match.index + 1);
  if (!inner.length) return [piece];
  const bounds = [piece.start, ...inner, piece.end];
  const perChar = piece.box.width / (piece.end - piece.start);
  return bounds.slice(0, -1).map((start, i) => ({
    start,
    end: i + 1 < bounds.length - 1 ? bounds[i + 1]! - 1 : piece.end,
    box: { ...piece.box, x: round(piece.box.x + (start - piece.start) * perChar), width: round(((i + 1 < bounds.length - 1 ? bounds[i + 1]! - 1 : piece.end) - start) * perChar) },
  }));
}

/**
 * Splits off a date set in a column of its own at the left of a line (moderncv-style templates put
 * "2019 – 2021" beside the entry's heading) into an aside after the line, so the heading reads whole
 * and the entry gets its dates. A range some templates stack as two rows ("2024.06" beside the
 * heading, "2020.09" beside the detail line under it) is kept together: the lower date moves up
 * beside the upper one, when the two rows are a pair (no dated row right above or below) set in
 * different fonts (a heading and its detail, not two entries of a list).
 */
function splitLeadingDates(lines: LayoutLine[], leadFonts: Map<LayoutLine, string>): LayoutLine[] {
  const out: LayoutLine[] = [];
  const dated: Array<{ line: LayoutLine; aside: LayoutLine; at: number } | undefined> = [];
  for (const [index, line] of lines.entries()) {
    const cut = line.breaks?.[0];
    const head = cut === undefined ? '' : line.text.slice(0, cut).trim();
    if (cut === undefined || !isDateOnly(openRange(head)) || !/\p{L}/u.test(line.text.slice(cut).replace(/\d/g, '')) || endsOpenRange(lines[index - 1], head)) {
      out.push(line);
      dated.push(undefined);
      continue;
    }
    const [aside, main] = splitLine(line, cut);
    const { listItem, gapBefore } = line;
    out.push({ ...main, ...(listItem ? { listItem } : {}), ...(gapBefore === undefined ? {} : { gapBefore }) }, { ...aside, aside: true, listItem: false, gapBefore: 0 });
    dated.push({ line, aside: out.at(-1)!, at: out.length - 1 });
  }
  for (let i = 1; i < dated.length; i++) {
    const [upper, lower] = [dated[i - 1], dated[i]];
    if (!upper || !lower) continue;
    const single = (aside: LayoutLine) => !findDateRange(aside.text)?.end && openRange(aside.text) === aside.text;
    // A range wrapped in its narrow column ("July 2015 –" over "May 2020") always pairs up.
    const wrapped = openRange(upper.aside.text) !== upper.aside.text && single(lower.aside);
    if (!wrapped && (!single(upper.aside) || !single(lower.aside) || dated[i - 2] || dated[i + 1] || leadFonts.get(upper.line) === leadFonts.get(lower.line))) continue;
    // Move the lower date to just after the upper one: [main1, aside1, aside2, main2].
    out.splice(lower.at, 1);
    out.splice(upper.at + 1, 0, lower.aside);
  }
  return out;
}

/**
 * True when `head` is the end of a range the line above opens at its start, run together with that
 * line's heading ("July 2015 – Developer…" over "May 2020 Built…"): left in place rather than cut from
 * its line, whose text then reads on.
 */
function endsOpenRange(above: LayoutLine | undefined, head: string): boolean {
  const range = above && findDateRange(above.text);
  return !!range && range.span.start === 0 && !range.end && openRange(above.text.slice(0, range.span.end + 3).trimEnd()) !== above.text.slice(0, range.span.end + 3).trimEnd() && !findDateRange(head)?.end;
}

/**
 * Splits off the short field at the right edge of a line (dates, place, duration set flush right
 * beside a heading or a bullet) into an aside line of its own, so it never runs into bullet text.
 */
function splitAsides(lines: LayoutLine[]): LayoutLine[] {
  const edge = Math.max(...lines.map((line) => line.right ?? 0));
  const out: LayoutLine[] = [];
  for (const line of lines) {
    const cut = line.breaks?.at(-1);
    const tail = cut === undefined ? '' : line.text.slice(cut).trim();
    const short = tail.length <= 32 && tail.split(/\s+/).length <= 5;
    if (cut === undefined || (line.right ?? 0) < edge - 3 || !(short || isDateOnly(tail))) {
      out.push(line);
      continue;
    }
    const [main, aside] = splitLine(line, cut);
    out.push(main);
    out.splice(asideAnchor(out) + 1, 0, { ...aside, aside: true });
  }
  return out;
}

/**
 * Where an aside goes in reading order: after the heading line above it (and that heading's other
 * asides), so a date beside a bullet's first or wrapped line does not split the bullet's text.
 */
function asideAnchor(out: LayoutLine[]): number {
  const index = out.length - 1;
  const line = out[index]!;
  const isText = (candidate: LayoutLine) => !candidate.aside && !candidate.listItem && !/^[•●▪◦·∙‣⁃○■□◆◇►▶➢➤✓✔❖*+\-–—]\s/u.test(candidate.text);
  // A parent is a line of the same text size that this one hangs under (a bullet, or a less indented line).
  const isParent = (candidate: LayoutLine) => (candidate.fontSize ?? 0) <= (line.fontSize ?? 0) + 0.5 && (!isText(candidate) || candidate.indent < line.indent - 2);
  const previous = out.slice(0, index).findLast((candidate) => !candidate.aside);
  if (isText(line) && (!previous || !isParent(previous))) return index;
  for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
    const candidate = out[i]!;
    if (isText(candidate) && candidate.indent < line.indent - 2 && (candidate.fontSize ?? 0) <= (line.fontSize ?? 0) + 0.5) {
      let anchor = i;
      while (out[anchor + 1]?.aside) anchor++;
      return anchor;
    }
  }
  return index;
}
