import {
  Document, HeadingLevel, Packer, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TabStopPosition, TabStopType, TextRun, Textbox, WidthType,
} from 'docx';
import type { Printed, PrintedEntry, PrintedSection } from './layouts.ts';

/**
 * The Word families of the layout generator (see layouts.ts): a resume laid out in a table (a title
 * row per section, the dates in a left cell beside each entry) and one whose header and side
 * sections sit in text boxes, as many Word templates are built.
 */

/** The entry's heading as its lines of text, without the dates (the layout places those). */
function headLines(entry: PrintedEntry, printed: Printed): string[] {
  const { heading, org } = entry;
  if (org === undefined) return [heading];
  switch (printed.order) {
    case 'org-title-dates':
    case 'dates-first':
      return [`${org}    ${heading}`];
    case 'title-comma-org':
      return [`${heading}${printed.lang === 'zh' ? '，' : ', '}${org}`];
    case 'title-over-org':
      return [heading, org];
    default:
      return [`${heading} | ${org}`];
  }
}

const font = (printed: Printed) => (printed.lang === 'zh' ? 'Noto Sans CJK SC' : 'Calibri');

function bold(text: string, printed: Printed, size = 21): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, font: font(printed), size })] });
}

function plain(text: string, printed: Printed): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, font: font(printed), size: 20 })] });
}

function bullet(text: string, printed: Printed): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text, font: font(printed), size: 20 })] });
}

function cell(children: Paragraph[], options: { span?: number; shade?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F0' } } : {}),
  });
}

function tableRows(section: PrintedSection, printed: Printed): TableRow[] {
  const rows = [new TableRow({ children: [cell([bold(section.title, printed, 24)], { span: 2, shade: true })] })];
  for (const entry of section.entries ?? []) {
    const head = headLines(entry, printed).map((line, i) => (i ? plain(line, printed) : bold(line, printed)));
    rows.push(new TableRow({ children: [cell(entry.dates ? [plain(entry.dates, printed)] : []), cell([...head, ...entry.bullets.map((b) => bullet(b, printed))])] }));
  }
  if (section.lines) rows.push(new TableRow({ children: [cell([]), cell(section.lines.map((line) => plain(line, printed)))] }));
  return rows;
}

/** The whole resume as one table: name and contact in the first row, then a title row per section. */
export async function resumeDocxTable(printed: Printed): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2300, 7300],
    rows: [
      new TableRow({ children: [cell([bold(printed.name, printed, 36)], { width: 2300 }), cell(printed.contact.map((line) => plain(line, printed)), { width: 7300 })] }),
      ...printed.sections.flatMap((section) => tableRows(section, printed)),
    ],
  });
  return pack(new Document({ creator: 'Liangdian layouts', sections: [{ children: [table] }] }));
}

/** Entry heading paragraphs with the dates at a right tab stop, as Word users set them. */
function bodyEntry(entry: PrintedEntry, printed: Printed): Paragraph[] {
  const lines = headLines(entry, printed);
  const dated = (text: string) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
      children: [new TextRun({ text, bold: true, font: font(printed), size: 21 }), new TextRun({ children: [new Tab(), entry.dates ?? ''], font: font(printed), size: 20 })],
    });
  return [...lines.map((line, i) => (i === lines.length - 1 ? dated(line) : bold(line, printed))), ...entry.bullets.map((b) => bullet(b, printed))];
}

function sectionParagraphs(section: PrintedSection, printed: Printed): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.title, font: font(printed) })] }),
    ...(section.entries ?? []).flatMap((entry) => bodyEntry(entry, printed)),
    ...(section.lines ?? []).map((line) => plain(line, printed)),
  ];
}

const SIDE = new Set(['skills', 'education', 'awards']);

/** Header (name, contact) and the side sections in text boxes; the main sections in the body. */
export async function resumeDocxTextbox(printed: Printed): Promise<Uint8Array> {
  const header = new Textbox({
    style: { width: '100%', height: '64pt', position: 'relative' },
    children: [bold(printed.name, printed, 36), plain(printed.contact.join(' | '), printed)],
  });
  const side = new Textbox({
    style: {
      position: 'absolute', width: '150pt', height: '560pt', marginLeft: '330pt', marginTop: '80pt',
      positionHorizontalRelative: 'margin', positionVerticalRelative: 'margin', wrapStyle: 'square',
    },
    children: printed.sections.filter((s) => SIDE.has(s.kind)).flatMap((s) => sectionParagraphs(s, printed)),
  });
  const main = printed.sections.filter((s) => !SIDE.has(s.kind)).flatMap((s) => sectionParagraphs(s, printed));
  return pack(new Document({ creator: 'Liangdian layouts', sections: [{ properties: {}, children: [header, side, ...main] }] }));
}

async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
