import JSZip from 'jszip';
import { normaliseLine } from '../text/normalise.ts';
import { findDateRange } from './dates.ts';
import { IngestError } from './errors.ts';
import type { ReadResult } from './index.ts';
import { placeLines, type LayoutLine } from './layout.ts';
import { messages } from './messages.ts';
import { child, descendants, elements, parseXml, textOf, type XmlElement, type XmlNode } from './ooxml.ts';
import { undoubled } from './text.ts';

/**
 * Reads a DOCX from its package XML, keeping the layout evidence Word stores: paragraph styles
 * and outline levels (with style inheritance), run weight, size, colour and capitals, shading and
 * borders, list numbering, tables cell by cell, text boxes, and the header and footer parts.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let lines: LayoutLine[];
  try {
    lines = await readPackage(await JSZip.loadAsync(bytes));
  } catch (error) {
    throw new IngestError('corrupt', messages.corruptDocx, { cause: error });
  }
  const { text, lines: placed } = placeLines(lines);
  return { text, lines: placed, pages: [], diagnostics: [] };
}

async function readPackage(zip: JSZip): Promise<LayoutLine[]> {
  const part = async (path: string) => {
    const file = zip.file(path);
    return file ? parseXml(await inflate(file)) : undefined;
  };
  const rootRels = relationships(await part('_rels/.rels'), '');
  const mainPath = rootRels.find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  const main = await part(mainPath);
  const body = child(main, 'w:body');
  if (!body) throw new Error(`the package has no document body at ${mainPath}`);
  const folder = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const rels = relationships(await part(`${folder}_rels/${mainPath.slice(folder.length)}.rels`), folder);
  // Transitional and Strict packages name relationship types under different roots; the last segment is the kind.
  const related = (kind: string) => rels.find((rel) => rel.type.endsWith(`/${kind}`))?.target;
  const stylesPath = related('styles');
  const numberingPath = related('numbering');
  const reader = new BodyReader(readStyles(stylesPath ? await part(stylesPath) : undefined), readNumbering(numberingPath ? await part(numberingPath) : undefined));

  // Headers and footers are separate parts, named by the section properties; each is read once.
  const sectionParts = (kind: 'header' | 'footer') => {
    const ids = descendants(body, 'w:sectPr').flatMap((section) => elements(section, `w:${kind}Reference`)).map((reference) => reference.attrs['r:id']);
    return [...new Set(ids.map((id) => rels.find((rel) => rel.id === id)?.target).filter((target): target is string => !!target))];
  };
  const readParts = async (paths: string[]) => {
    const seen = new Set<string>();
    for (const path of paths) {
      const root = await part(path);
      const key = root ? textOf(root) : '';
      if (!root || seen.has(key)) continue;
      seen.add(key);
      reader.blocks(root.children, {});
    }
    return reader.lines.splice(0);
  };
  const headers = await readParts(sectionParts('header'));
  reader.blocks(body.children, {});
  const bodyLines = reader.lines.splice(0);
  const footers = await readParts(sectionParts('footer'));
  // A running head repeats what the body says (the name on every page after the first): read once, in the body.
  const said = new Set(bodyLines.map((line) => line.text));
  const running = (lines: LayoutLine[]) => lines.filter((line) => !said.has(line.text));
  return withoutPageLines([...running(headers), ...bodyLines, ...running(footers)]);
}

/**
 * Page furniture typed into the body (a converted file keeps its old footers as text): lines
 * that read the same but for a page number counting 1, 2, 3… (or 2, 3…) down the document, and
 * that name a page or the person (the first line), so "Project 1", "Project 2" stay.
 */
function withoutPageLines(lines: LayoutLine[]): LayoutLine[] {
  const name = lines[0]?.text.toLowerCase() ?? '';
  const groups = new Map<string, LayoutLine[]>();
  for (const line of lines) {
    const numbered = /^(.*\D)\s*(\d{1,3})$/.exec(line.text);
    const label = numbered?.[1]!.toLowerCase() ?? '';
    if (numbered && ((name.length >= 2 && label.includes(name)) || /\bpage\b|\bp\.$|页|頁/.test(label))) groups.set(numbered[1]!.trim(), [...(groups.get(numbered[1]!.trim()) ?? []), line]);
  }
  const furniture = new Set<LayoutLine>();
  for (const group of groups.values()) {
    const pages = group.map((line) => Number(/(\d+)$/.exec(line.text)![1]));
    if (group.length >= 2 && pages[0]! <= 2 && pages.every((page, i) => page === pages[0]! + i)) group.forEach((line) => furniture.add(line));
  }
  return furniture.size ? lines.filter((line) => !furniture.has(line)) : lines;
}

/** How large one part may grow unpacked: a resume's XML is a few megabytes; a zip bomb is not unpacked to its end. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** A part's text, unpacked chunk by chunk so a part past `limit` bytes is given up before it fills memory. */
export function inflate(file: JSZip.JSZipObject, limit = MAX_PART_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stream.pause();
      reject(new Error(`${file.name} unpacks to more than ${limit} bytes`));
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(root: XmlElement | undefined, folder: string): Relationship[] {
  return elements(root, 'rel:Relationship')
    .filter((rel) => rel.attrs.TargetMode !== 'External')
    .map((rel) => ({ id: rel.attrs.Id ?? '', type: rel.attrs.Type ?? '', target: resolvePath(folder, rel.attrs.Target ?? '') }));
}

function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

/** An element's on/off value: present and not "0", "false" or "off". */
function isOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  return !['0', 'false', 'off', 'none'].includes(element.attrs['w:val'] ?? 'true');
}

/** A fill that shows: a colour other than white or auto, or a pattern drawn in a colour. */
function isFilled(shading: XmlElement | undefined): boolean | undefined {
  if (!shading) return undefined;
  const fill = (shading.attrs['w:fill'] ?? 'auto').toLowerCase();
  const pattern = shading.attrs['w:val'] ?? 'clear';
  const patternColour = (shading.attrs['w:color'] ?? 'auto').toLowerCase();
  return (fill !== 'auto' && fill !== 'ffffff') || (pattern !== 'clear' && pattern !== 'nil' && patternColour !== 'auto' && patternColour !== 'ffffff');
}

/** How a run looks, after the document defaults, the paragraph and character styles and its own properties. */
interface RunLook {
  bold: boolean;
  italic: boolean;
  caps: boolean;
  hidden: boolean;
  shaded: boolean;
  size?: number;
  color?: string;
  font?: string;
}

function applyRun(look: RunLook, properties: XmlElement | undefined): RunLook {
  if (!properties) return look;
  const next = { ...look };
  const toggle = (name: string) => isOn(child(properties, name));
  next.bold = toggle('w:b') ?? next.bold;
  next.italic = toggle('w:i') ?? next.italic;
  next.caps = toggle('w:caps') ?? toggle('w:smallCaps') ?? next.caps;
  next.hidden = toggle('w:vanish') ?? next.hidden;
  const highlight = child(properties, 'w:highlight')?.attrs['w:val'];
  next.shaded = isFilled(child(properties, 'w:shd')) ?? (highlight ? highlight !== 'none' : undefined) ?? next.shaded;
  const size = Number(child(properties, 'w:sz')?.attrs['w:val']);
  if (size > 0) next.size = size / 2;
  const color = child(properties, 'w:color')?.attrs['w:val'];
  if (color) next.color = color.toLowerCase() === 'auto' || color === '000000' ? undefined : color.toUpperCase();
  const fonts = child(properties, 'w:rFonts');
  const font = fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'] ?? fonts?.attrs['w:eastAsia'];
  if (font) next.font = font;
  return next;
}

/** Paragraph properties that say what a paragraph is. */
interface ParagraphLook {
  /** Heading level from the style name ("heading 2") or the outline level; 0 for body text. */
  heading: number;
  list?: { numId: string; level: number };
  shaded: boolean;
  ruled: boolean;
  /** Space before and after the paragraph, in points. */
  before: number;
  after: number;
}

function applyParagraph(look: ParagraphLook, properties: XmlElement | undefined): ParagraphLook {
  if (!properties) return look;
  const next = { ...look };
  const outline = child(properties, 'w:outlineLvl')?.attrs['w:val'];
  if (outline !== undefined) next.heading = Number(outline) < 9 ? Number(outline) + 1 : 0;
  const numbering = child(properties, 'w:numPr');
  if (numbering) {
    const numId = child(numbering, 'w:numId')?.attrs['w:val'];
    const level = Number(child(numbering, 'w:ilvl')?.attrs['w:val'] ?? next.list?.level ?? 0);
    next.list = numId === '0' ? undefined : { numId: numId ?? next.list?.numId ?? '', level };
  }
  next.shaded = isFilled(child(properties, 'w:shd')) ?? next.shaded;
  const borders = child(properties, 'w:pBdr');
  if (borders) next.ruled = elements(borders).some((border) => isOn(border) !== false && border.attrs['w:val'] !== 'nil');
  const spacing = child(properties, 'w:spacing');
  if (spacing?.attrs['w:before']) next.before = Number(spacing.attrs['w:before']) / 20 || 0;
  if (spacing?.attrs['w:after']) next.after = Number(spacing.attrs['w:after']) / 20 || 0;
  return next;
}

interface Style {
  name: string;
  basedOn?: string;
  paragraph?: XmlElement;
  run?: XmlElement;
}

interface Styles {
  byId: Map<string, Style>;
  defaultRun: RunLook;
  defaultParagraph: ParagraphLook;
  /** The paragraph style a paragraph without one uses ("Normal"). */
  normal?: string;
}

const PLAIN_RUN: RunLook = { bold: false, italic: false, caps: false, hidden: false, shaded: false };
const PLAIN_PARAGRAPH: ParagraphLook = { heading: 0, shaded: false, ruled: false, before: 0, after: 0 };

function readStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, Style>();
  let normal: string | undefined;
  for (const style of elements(root, 'w:style')) {
    const id = style.attrs['w:styleId'];
    if (!id) continue;
    byId.set(id, {
      name: child(style, 'w:name')?.attrs['w:val'] ?? id,
      basedOn: child(style, 'w:basedOn')?.attrs['w:val'],
      paragraph: child(style, 'w:pPr'),
      run: child(style, 'w:rPr'),
    });
    if (style.attrs['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(style.attrs['w:default'] ?? '')) normal = id;
  }
  const defaults = child(root, 'w:docDefaults');
  return {
    byId,
    defaultRun: applyRun(PLAIN_RUN, child(child(defaults, 'w:rPrDefault'), 'w:rPr')),
    defaultParagraph: applyParagraph(PLAIN_PARAGRAPH, child(child(defaults, 'w:pPrDefault'), 'w:pPr')),
    normal,
  };
}

/** A style and the styles it is based on, the base first (loops in damaged files are cut). */
function styleChain(styles: Styles, id: string | undefined): Style[] {
  const chain: Style[] = [];
  const seen = new Set<string>();
  for (let current = id; current && !seen.has(current); ) {
    seen.add(current);
    const style = styles.byId.get(current);
    if (!style) break;
    chain.unshift(style);
    current = style.basedOn;
  }
  return chain;
}

/** For each list (numId), whether each level shows a marker (a bullet or a number). */
type Numbering = Map<string, boolean[]> | undefined;

function readNumbering(root: XmlElement | undefined): Numbering {
  if (!root) return undefined;
  const levels = (element: XmlElement) => {
    const shown: boolean[] = [];
    for (const level of elements(element, 'w:lvl')) {
      const format = child(level, 'w:numFmt')?.attrs['w:val'] ?? 'decimal';
      const text = child(level, 'w:lvlText')?.attrs['w:val'] ?? '';
      shown[Number(level.attrs['w:ilvl'] ?? 0)] = format !== 'none' && text.trim() !== '';
    }
    return shown;
  };
  const abstract = new Map(elements(root, 'w:abstractNum').map((element) => [element.attrs['w:abstractNumId'] ?? '', levels(element)]));
  const lists = new Map<string, boolean[]>();
  for (const num of elements(root, 'w:num')) {
    const shown = [...(abstract.get(child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '') ?? [])];
    for (const override of elements(num, 'w:lvlOverride')) {
      const level = child(override, 'w:lvl');
      if (level) shown[Number(override.attrs['w:ilvl'] ?? 0)] = levels({ ...num, children: [level] })[Number(level.attrs['w:ilvl'] ?? 0)] ?? true;
    }
    lists.set(num.attrs['w:numId'] ?? '', shown);
  }
  return lists;
}

/** What surrounds the blocks being read: a table cell's shading applies to its paragraphs. */
interface Context {
  shaded?: boolean;
}

/** A piece of a paragraph's content: text in a look, a tab, a line break, or a page number left out. */
type Piece = { text: string; look: RunLook } | 'tab' | 'break' | 'page';

/** Field instructions whose results are page furniture, not resume text. */
const PAGE_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION)\b/i;

class BodyReader {
  readonly lines: LayoutLine[] = [];
  /** Empty paragraphs and paragraph spacing since the last line, in lines. */
  private gap = 0;
  /** For lines read from a table cell: which of the cell's paragraphs each came from. */
  private paragraphIndex = new Map<LayoutLine, number>();
  private paragraphCount = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  blocks(nodes: XmlNode[], context: Context): void {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.name === 'w:p') this.paragraph(node, context);
      else if (node.name === 'w:tbl') this.table(node, context);
      else if (node.name === 'w:sdt') this.blocks(child(node, 'w:sdtContent')?.children ?? [], context);
      else if (node.name === 'mc:AlternateContent') this.blocks(alternative(node)?.children ?? [], context);
      else if (['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:txbxContent'].includes(node.name)) this.blocks(node.children, context);
    }
  }

  private paragraph(paragraph: XmlElement, context: Context): void {
    const properties = child(paragraph, 'w:pPr');
    const styleId = child(properties, 'w:pStyle')?.attrs['w:val'] ?? this.styles.normal;
    const chain = styleChain(this.styles, styleId);
    let look = this.styles.defaultParagraph;
    let runBase = this.styles.defaultRun;
    for (const style of chain) {
      look = applyParagraph(look, style.paragraph);
      runBase = applyRun(runBase, style.run);
    }
    look = applyParagraph(look, properties);
    const styleName = chain.at(-1)?.name ?? '';
    // A heading by outline level, or by a style that is (or is based on) a built-in "heading N".
    const named = chain.map((style) => /^heading\s*([1-9])$/i.exec(style.name)).findLast(Boolean);
    const heading = look.heading || (named ? Number(named[1]) : 0);

    const pieces: Piece[] = [];
    const floats: XmlElement[] = [];
    this.inline(paragraph.children, runBase, pieces, floats, []);
    // Text boxes anchored here are read first: Word anchors a box (often a section title) to the paragraph it stands beside.
    for (const box of floats) this.blocks(box.children, context);
    const index = this.paragraphCount++;

    const marker = look.list && this.numbering?.get(look.list.numId)?.[look.list.level] !== false;
    const listItem = !!marker && !heading;
    const depth = listItem ? look.list!.level + 1 : 0;
    const segments = splitAt(pieces, 'break');
    let first = true;
    for (const segment of segments) {
      const line = this.line(segment, { style: styleName, heading, listItem: first && listItem, depth: first ? depth : depth && depth + 1, shaded: look.shaded || !!context.shaded, ruled: look.ruled });
      if (!line) continue;
      const size = line.fontSize ?? 10.5;
      line.gapBefore = this.gap + (first ? look.before / (size * 1.2) : 0);
      this.gap = 0;
      this.lines.push(line);
      this.paragraphIndex.set(line, index);
      first = false;
    }
    if (first) this.gap += 1;
    this.gap += look.after / ((this.lines.at(-1)?.fontSize ?? 10.5) * 1.2);
  }

  /** Collects a paragraph's text pieces; text boxes go to `floats`; `fields` tracks complex fields. */
  private inline(nodes: XmlNode[], runBase: RunLook, pieces: Piece[], floats: XmlElement[], fields: Array<{ code: string; result: boolean }>): void {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:r':
          this.run(node, runBase, pieces, floats, fields);
          break;
        case 'w:fldSimple':
          if (!PAGE_FIELD.test(node.attrs['w:instr'] ?? '')) this.inline(node.children, runBase, pieces, floats, fields);
          else pieces.push('page');
          break;
        case 'w:sdt':
          this.inline(child(node, 'w:sdtContent')?.children ?? [], runBase, pieces, floats, fields);
          break;
        case 'mc:AlternateContent':
          this.inline(alternative(node)?.children ?? [], runBase, pieces, floats, fields);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:dir':
        case 'w:bdo':
          this.inline(node.children, runBase, pieces, floats, fields);
          break;
      }
    }
  }

  private run(run: XmlElement, runBase: RunLook, pieces: Piece[], floats: XmlElement[], fields: Array<{ code: string; result: boolean }>): void {
    const properties = child(run, 'w:rPr');
    let look = runBase;
    for (const style of styleChain(this.styles, child(properties, 'w:rStyle')?.attrs['w:val'])) look = applyRun(look, style.run);
    look = applyRun(look, properties);
    const field = fields.at(-1);
    // Text a reader does not see: hidden runs, field codes, and the results of page-number fields.
    const pageNumber = !!field?.result && PAGE_FIELD.test(field.code);
    const fieldCode = !!field && !field.result;
    const shown = !look.hidden && !fieldCode && !pageNumber;
    for (const node of elements(run)) {
      switch (node.name) {
        case 'w:t':
          // A tab typed into the text separates fields as a tab element does.
          if (shown) textOf(node).split('\t').forEach((text, i) => pieces.push(...(i ? ['tab' as const] : []), { text, look }));
          break;
        case 'w:tab':
        case 'w:ptab':
          if (shown) pieces.push('tab');
          break;
        case 'w:br':
        case 'w:cr':
          if (shown) pieces.push('break');
          break;
        case 'w:noBreakHyphen':
          if (shown) pieces.push({ text: '-', look });
          break;
        case 'w:sym': {
          const code = parseInt(node.attrs['w:char'] ?? '', 16);
          if (shown && code) pieces.push({ text: String.fromCodePoint(code), look });
          break;
        }
        case 'w:fldChar': {
          const type = node.attrs['w:fldCharType'];
          const open = fields.at(-1);
          if (type === 'begin') fields.push({ code: '', result: false });
          else if (type === 'separate' && open) open.result = true;
          else if (type === 'end' && open) {
            fields.pop();
            if (PAGE_FIELD.test(open.code)) pieces.push('page');
          }
          break;
        }
        case 'w:instrText': {
          const open = fields.at(-1);
          if (open && !open.result) open.code += textOf(node);
          break;
        }
        case 'mc:AlternateContent':
          floats.push(...descendants(alternative(node) ?? node, 'w:txbxContent'));
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          floats.push(...textBoxes(node));
          break;
      }
    }
  }

  /** One line of a paragraph: its text (tabs as field breaks), and the look most of its letters share. */
  private line(pieces: Piece[], paragraph: { style: string; heading: number; listItem: boolean; depth: number; shaded: boolean; ruled: boolean }): LayoutLine | undefined {
    const fields = splitAt(pieces, 'tab')
      .map((field) => unpad(undoubled(normaliseLine(field.map((piece) => (typeof piece === 'string' ? '' : piece.text)).join('')).trim())))
      .filter(Boolean);
    // "Page 2 of 3" without its numbers is page furniture, not resume text.
    if (!fields.length || (pieces.includes('page') && fields.join('').replace(/\s/g, '').length <= 12)) return undefined;
    const breaks: number[] = [];
    let text = fields[0]!;
    for (const field of fields.slice(1)) {
      breaks.push(text.length + 1);
      text += ' ' + field;
    }
    // The look of the line: the paragraph style, and the run look most of its letters share.
    const looks = new Map<string, { look: RunLook; count: number }>();
    let letters = 0;
    const count = { bold: 0, caps: 0, shaded: 0 };
    for (const piece of pieces) {
      if (typeof piece === 'string') continue;
      const n = piece.text.replace(/[\s\p{P}]/gu, '').length;
      if (!n) continue;
      letters += n;
      if (piece.look.bold) count.bold += n;
      if (piece.look.caps) count.caps += n;
      if (piece.look.shaded) count.shaded += n;
      const key = lookKey(piece.look);
      const entry = looks.get(key) ?? { look: piece.look, count: 0 };
      entry.count += n;
      looks.set(key, entry);
    }
    const main = [...looks].sort((a, b) => b[1].count - a[1].count)[0];
    const most = (n: number) => letters > 0 && n >= 0.9 * letters;
    return {
      text,
      page: 1,
      indent: paragraph.depth,
      ...(breaks.length ? { breaks } : {}),
      ...(main ? { style: `${paragraph.style}|${main[0]}`, ...(main[1].look.size ? { fontSize: main[1].look.size } : {}) } : {}),
      ...(paragraph.heading ? { heading: paragraph.heading } : {}),
      ...(paragraph.listItem ? { listItem: true } : {}),
      ...(most(count.bold) ? { bold: true } : {}),
      ...(most(count.caps) && /\p{Ll}/u.test(text) ? { caps: true } : {}),
      ...(paragraph.shaded || most(count.shaded) ? { shaded: true } : {}),
      ...(paragraph.ruled ? { ruled: true } : {}),
    };
  }

  /**
   * A table, row by row and cell by cell. Two layouts of a row are read as what they show:
   * - a wide cell beside a narrow cell holding only dates (a date column next to the entries): one
   *   column, each date beside the paragraph it stands level with, as an aside of that line;
   * - one line in each cell (fields of one row, a "Label:" cell before its content): one line,
   *   the cells apart as fields, unless a cell is set apart as a title (bold, shaded, a heading).
   */
  private table(table: XmlElement, context: Context): void {
    for (const row of elements(table, 'w:tr')) {
      const cells = rowCells(row).map((cell) => this.cell(cell, context)).filter((cell) => cell.length);
      const [a, b] = cells;
      const dated = (cell: LayoutLine[]) => cell.every((line) => line.text.length <= 40 && findDateRange(line.text));
      if (cells.length === 2 && a && b && dated(a) !== dated(b)) {
        if (dated(a)) this.besideDates(b, a);
        else this.besideDates(a, b);
      }
      else if (cells.length >= 2 && cells.every((cell) => cell.length === 1) && isOneRow(cells.map((cell) => cell[0]!))) this.lines.push(joinFields(cells.map((cell) => cell[0]!)));
      else for (const cell of cells) this.lines.push(...cell);
    }
  }

  /** The lines of `main`, each followed by the dates level with it (or with the empty paragraphs below it). */
  private besideDates(main: LayoutLine[], dates: LayoutLine[]): void {
    const at = (line: LayoutLine) => this.paragraphIndex.get(line)!;
    for (const [i, line] of main.entries()) {
      this.lines.push(line);
      const from = i === 0 ? -Infinity : at(line);
      const until = i + 1 < main.length ? at(main[i + 1]!) : Infinity;
      for (const date of dates.filter((candidate) => at(candidate) >= from && at(candidate) < until)) this.lines.push({ ...date, aside: true, gapBefore: 0 });
    }
  }

  /** A cell's lines, read apart from the document so a row can be put together afterwards. */
  private cell(cell: XmlElement, context: Context): LayoutLine[] {
    const outer = this.lines.splice(0);
    const count = this.paragraphCount;
    this.paragraphCount = 0;
    this.blocks(cell.children, { shaded: isFilled(child(child(cell, 'w:tcPr'), 'w:shd')) ?? context.shaded });
    const lines = this.lines.splice(0);
    this.lines.push(...outer);
    this.paragraphCount = count;
    return lines;
  }
}

/** The cells of a row, through content controls and custom XML around them. */
function rowCells(row: XmlElement): XmlElement[] {
  return elements(row).flatMap((node) => {
    if (node.name === 'w:tc') return [node];
    if (node.name === 'w:sdt') return rowCells(child(node, 'w:sdtContent') ?? node);
    if (node.name === 'w:customXml') return rowCells(node);
    return [];
  });
}

/**
 * The branch of an mc:AlternateContent to read: the first choice (Word writes the DrawingML text
 * box there), else the fallback (its VML copy). Reading both would read every text box twice.
 */
function alternative(element: XmlElement): XmlElement | undefined {
  return child(element, 'mc:Choice') ?? child(element, 'mc:Fallback');
}

/** The text boxes inside a drawing, each once (a nested AlternateContent is read on one branch). */
function textBoxes(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of elements(element)) {
    if (node.name === 'w:txbxContent') found.push(node);
    else found.push(...textBoxes(node.name === 'mc:AlternateContent' ? (alternative(node) ?? node) : node));
  }
  return found;
}

/**
 * Cells of a row that read as one line: short fields before the last (a paragraph beside a
 * paragraph is two columns), and none set apart as a title, unless the first is a label ending in a colon.
 */
function isOneRow(cells: LayoutLine[]): boolean {
  if (cells.slice(0, -1).some((line) => line.text.length > 40)) return false;
  if (/[:：]$/.test(cells[0]!.text)) return true;
  return cells.every((line) => !line.heading && !line.shaded && !line.ruled && line.bold === cells[0]!.bold);
}

/** One line from the cells of a row, each cell a field (a break between them), in the look of its longest cell. */
function joinFields(cells: LayoutLine[]): LayoutLine {
  const breaks: number[] = [];
  let text = '';
  for (const cell of cells) {
    if (text) breaks.push(text.length + 1);
    breaks.push(...(cell.breaks ?? []).map((offset) => offset + (text ? text.length + 1 : 0)));
    text = text ? `${text} ${cell.text}` : cell.text;
  }
  const longest = cells.reduce((best, cell) => (cell.text.length > best.text.length ? cell : best));
  return { ...longest, text, breaks, gapBefore: cells[0]!.gapBefore, ...(cells.some((cell) => cell.listItem) ? { listItem: true } : {}) };
}

function splitAt(pieces: Piece[], separator: 'tab' | 'break'): Piece[][] {
  const parts: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece === separator) parts.push([]);
    else parts.at(-1)!.push(piece);
  }
  return parts;
}

function lookKey(look: RunLook): string {
  return [look.font ?? '', look.size ?? '', `${look.bold ? 'b' : ''}${look.italic ? 'i' : ''}${look.caps ? 'c' : ''}`, look.color ?? ''].join('|');
}

/**
 * "教  育  背  景": Chinese titles spread out with spaces, read as the word they are. Only a
 * line made of single Chinese characters between spaces is closed up.
 */
function unpad(text: string): string {
  return /^\p{Script=Han}(?: +\p{Script=Han})+$/u.test(text) ? text.replace(/ +/g, '') : text;
}
