import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import { wordBoxes } from '../document/boxes.ts';
import type { Box, Span } from '../document/schema.ts';
import type { ExportView } from './view.ts';
import { findingNote, formatTime } from './format.ts';

/**
 * The candidate's own PDF with a highlight and a pop-up note on each finding's words and each
 * mentor comment, as standard PDF annotations any reader shows.
 */

type Rgb = [number, number, number];
const colours: Record<string, Rgb> = {
  error: [0.98, 0.62, 0.62],
  warning: [1, 0.85, 0.35],
  suggestion: [0.6, 0.76, 1],
  praise: [0.55, 0.9, 0.6],
  comment: [0.8, 0.68, 1],
  dismissed: [0.85, 0.87, 0.9],
};

interface Note {
  span: Span | null;
  colour: Rgb;
  author: string;
  text: string;
  date: Date;
  id: string;
}

function notesOf(view: ExportView): Note[] {
  const date = new Date(view.exportedAt);
  const findings = view.findings.map((f) => ({
    span: f.finding.span,
    colour: colours[f.dismissed ? 'dismissed' : f.severity]!,
    author: view.labels.product,
    text: findingNote(view, f),
    date,
    id: `liangdian-finding-${f.finding.id}`,
  }));
  const comments = view.comments.map((thread) => ({
    span: thread.anchored ? thread.comment.anchor!.span : null,
    colour: colours.comment!,
    author: thread.comment.author.name,
    text: [`[${thread.tag}] ${thread.comment.body}`, ...thread.replies.map((r) => `— ${r.author.name} (${formatTime(r.at, view)}): ${r.body}`)].join('\n'),
    date: new Date(thread.comment.at),
    id: `liangdian-comment-${thread.comment.id}`,
  }));
  return [...findings, ...comments];
}

/** Maps a top-left-origin box onto the page's own coordinates (origin bottom-left of the crop box). */
function toPageSpace(page: PDFPage, box: Box) {
  const crop = page.getCropBox();
  const top = crop.y + crop.height - box.y;
  return { left: crop.x + box.x, right: crop.x + box.x + box.width, top, bottom: top - box.height };
}

function addHighlight(pdf: PDFDocument, page: PDFPage, boxes: Box[], note: Note): PDFRef {
  const { context } = pdf;
  const quads = boxes.map((box) => toPageSpace(page, box));
  const rect = [
    Math.min(...quads.map((q) => q.left)), Math.min(...quads.map((q) => q.bottom)),
    Math.max(...quads.map((q) => q.right)), Math.max(...quads.map((q) => q.top)),
  ] as const;
  // An appearance stream of its own, so every reader draws the same highlight (multiply keeps text legible).
  const paint = quads
    .map((q) => `${(q.left - rect[0]).toFixed(2)} ${(q.bottom - rect[1]).toFixed(2)} ${(q.right - q.left).toFixed(2)} ${(q.top - q.bottom).toFixed(2)} re`)
    .join('\n');
  const appearance = context.register(context.stream(`/GS0 gs ${note.colour.join(' ')} rg\n${paint}\nf`, {
    Type: 'XObject', Subtype: 'Form', BBox: [0, 0, rect[2] - rect[0], rect[3] - rect[1]],
    Resources: { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply', ca: 1 } } },
  }));
  const annotRef = context.nextRef();
  const popupRef = context.register(context.obj({
    Type: 'Annot', Subtype: 'Popup', Parent: annotRef, Open: false, F: 28,
    Rect: [rect[2], rect[3] - 120, Math.min(rect[2] + 220, page.getCropBox().x + page.getCropBox().width), rect[3]],
  }));
  context.assign(annotRef, context.obj({
    Type: 'Annot', Subtype: 'Highlight', F: 4, P: page.ref,
    Rect: [...rect],
    QuadPoints: quads.flatMap((q) => [q.left, q.top, q.right, q.top, q.left, q.bottom, q.right, q.bottom]),
    C: note.colour,
    Contents: PDFHexString.fromText(note.text),
    T: PDFHexString.fromText(note.author),
    NM: PDFHexString.fromText(note.id),
    M: PDFString.fromDate(note.date),
    Popup: popupRef,
    AP: { N: appearance },
  }));
  return annotRef;
}

/** A note about the resume as a whole: a sticky-note icon down the first page's left margin. */
function addStickyNote(pdf: PDFDocument, page: PDFPage, index: number, note: Note): PDFRef {
  const crop = page.getCropBox();
  const top = crop.y + crop.height - 12 - index * 24;
  return pdf.context.register(pdf.context.obj({
    Type: 'Annot', Subtype: 'Text', F: 4, P: page.ref, Name: 'Comment', Open: false,
    Rect: [crop.x + 6, top - 20, crop.x + 26, top],
    C: note.colour,
    Contents: PDFHexString.fromText(note.text),
    T: PDFHexString.fromText(note.author),
    NM: PDFHexString.fromText(note.id),
    M: PDFString.fromDate(note.date),
  }));
}

function attach(page: PDFPage, refs: PDFRef[]) {
  const existing = page.node.Annots();
  if (existing) for (const ref of refs) existing.push(ref);
  else page.node.set(PDFName.of('Annots'), page.doc.context.obj(refs));
}

/**
 * Annotations a reader only draws (or opens as a note): kept. Everything else is dropped: widgets
 * (form fields, which run actions), file attachments, rich media, movies, sounds, screens, 3D.
 */
const DRAWN_ANNOTATIONS = new Set(['Text', 'Link', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly', 'StrikeOut', 'Stamp', 'Caret', 'Ink', 'Popup'].map((name) => PDFName.of(name)));
/**
 * Entries of a kept annotation that act or point elsewhere in the file: actions (A, AA, PA), a
 * destination, and references to other annotations or the page, through which a dropped object
 * (an attachment, a script) would be copied along.
 */
const ACTING_ENTRIES = ['A', 'AA', 'PA', 'Dest', 'Parent', 'IRT', 'P'].map((name) => PDFName.of(name));

/** The target of a link's URI action when it is an http(s) address, else null. */
function webAddress(action: unknown): string | null {
  const uri = action instanceof PDFDict && action.lookup(PDFName.of('S')) === PDFName.of('URI') ? action.lookup(PDFName.of('URI')) : undefined;
  const target = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText().trim() : '';
  return /^https?:\/\/[^\s]+$/i.test(target) ? target : null;
}

/**
 * Leaves a page of the uploaded PDF only what a reader draws: its own actions (AA) and article
 * beads go, annotations other than drawn ones go, and a kept annotation keeps no action except a
 * link to an http(s) address (rebuilt as a plain URI action: no scripts, launches, other schemes,
 * nor actions chained after it). Done on the original's page before it is copied, so nothing the
 * page no longer points to is copied into the export.
 */
function sanitisePage(page: PDFPage): void {
  const { node, doc } = page;
  node.delete(PDFName.of('AA'));
  node.delete(PDFName.of('B'));
  const annots = node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) {
    node.delete(PDFName.of('Annots'));
    return;
  }
  const kept: (PDFRef | PDFDict)[] = [];
  for (let index = 0; index < annots.size(); index++) {
    const annot = annots.lookup(index);
    const subtype = annot instanceof PDFDict ? annot.lookup(PDFName.of('Subtype')) : undefined;
    if (!(annot instanceof PDFDict) || !(subtype instanceof PDFName) || !DRAWN_ANNOTATIONS.has(subtype)) continue;
    const link = webAddress(annot.lookup(PDFName.of('A')));
    for (const entry of ACTING_ENTRIES) annot.delete(entry);
    if (link) annot.set(PDFName.of('A'), doc.context.obj({ S: 'URI', URI: PDFString.of(link) }));
    else if (subtype === PDFName.of('Link')) continue;
    kept.push(annots.get(index) as PDFRef | PDFDict);
  }
  node.set(PDFName.of('Annots'), doc.context.obj(kept));
}

export interface RedactedPage {
  /** 1-based page number. */
  page: number;
  /** The page rendered as a JPEG with the personal details painted over (embedded as it is, no re-encoding). */
  jpeg: Uint8Array;
}

/**
 * Annotates `original`, rebuilt from scratch: only its pages are copied (see `sanitisePage`), so
 * nothing of its document level survives (open actions, scripts, embedded files, forms and XFA,
 * metadata). When `redacted` pages are given (personal details masked), those pages are replaced by
 * their masked images, so no text or object of theirs survives either.
 */
export async function toAnnotatedPdf(original: Uint8Array, view: ExportView, redacted: RedactedPage[] = []): Promise<Uint8Array> {
  // Parsing yields to the event loop every 50 objects (parseSpeed), so a large PDF does not hold up other requests.
  const source = await PDFDocument.load(original, { updateMetadata: false, parseSpeed: 50 });
  for (const page of source.getPages()) sanitisePage(page);
  const pdf = await PDFDocument.create();
  const images = new Map(redacted.map((r) => [r.page, r.jpeg]));
  const copies = await pdf.copyPages(source, source.getPageIndices());
  for (const [index, copy] of copies.entries()) {
    const jpeg = images.get(index + 1);
    if (!jpeg) {
      pdf.addPage(copy);
      continue;
    }
    const { width, height } = copy.getCropBox();
    const page = pdf.addPage([width, height]);
    page.drawImage(await pdf.embedJpg(jpeg), { x: 0, y: 0, width, height });
  }
  pdf.setProducer(view.labels.product);
  pdf.setModificationDate(new Date(view.exportedAt));

  const pages = pdf.getPages();
  const perPage = new Map<number, PDFRef[]>();
  const add = (pageNumber: number, ref: PDFRef) => perPage.set(pageNumber, [...(perPage.get(pageNumber) ?? []), ref]);
  let sticky = 0;
  for (const note of notesOf(view)) {
    const boxes = note.span ? wordBoxes(view.report.document, note.span) : [];
    if (boxes.length === 0) {
      add(1, addStickyNote(pdf, pages[0]!, sticky++, note));
      continue;
    }
    for (const pageNumber of new Set(boxes.map((b) => b.page))) {
      const page = pages[pageNumber - 1];
      if (!page) continue;
      add(pageNumber, addHighlight(pdf, page, boxes.filter((b) => b.page === pageNumber).map((b) => b.box), note));
    }
  }
  for (const [pageNumber, refs] of perPage) attach(pages[pageNumber - 1]!, refs);
  return pdf.save();
}
