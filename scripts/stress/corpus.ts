import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { Converter } from 'opencc-js/cn2t';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { legacyEncoder } from '../../lib/ingest/legacy-encoder.ts';
import { PARSE_LIMITS } from '../../lib/ingest/limits.ts';
import type { IngestErrorCode } from '../../lib/ingest/errors.ts';
import { deflateRepeated, pdfStream, rawPdf, textPageObjects } from './pdf-raw.ts';
import { SEED_RESUME_EN, SEED_RESUME_ZH, seedChromiumPdf, seedDocx, seedPdfLib } from './seeds.ts';
import { WORD_NAMESPACE, deflatedEntry, docxEntries, rawZip } from './zip-raw.ts';

export const CATEGORIES = [
  'truncated-pdf', 'mutated-pdf', 'truncated-docx', 'mutated-docx', 'encrypted', 'image-only', 'many-pages',
  'deflate-bomb', 'zip-bomb', 'wrong-type', 'empty', 'too-large', 'nesting', 'hostile-text', 'odd-but-valid',
  'encoding', 'not-a-resume', 'text-limit', 'page-bomb', 'active-content', 'macro',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a file should come to: a review, or a clear error with one of these codes. */
export type Outcome = 'review' | IngestErrorCode;

export interface CorpusFile {
  id: string;
  category: Category;
  /** Where the bytes are on disk (the CLI reads this path). */
  path: string;
  /** The name it is uploaded under (may itself be hostile). */
  fileName: string;
  mediaType: string;
  /** The outcomes that are right for it; 'any' when any clear error (or a review) is right. */
  expected: Outcome[] | 'any';
  bytes: number;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT = 'text/plain';

/** A small deterministic PRNG (mulberry32), so a failing file can be made again from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function mutate(bytes: Buffer, seed: number, rate: number): Buffer {
  const next = random(seed);
  const copy = Buffer.from(bytes);
  const count = Math.max(1, Math.round(copy.length * rate));
  for (let index = 0; index < count; index++) {
    const at = Math.floor(next() * copy.length);
    const roll = next();
    // Flip a bit, write a byte PDF syntax cares about, or a random byte.
    copy[at] = roll < 0.4 ? copy[at]! ^ (1 << Math.floor(next() * 8)) : roll < 0.7 ? '()<>[]{}/%\n0R'.charCodeAt(Math.floor(next() * 13)) : Math.floor(next() * 256);
  }
  return copy;
}

function deep(open: string, close: string, depth: number, middle = ''): string {
  return open.repeat(depth) + middle + close.repeat(depth);
}

/** An image of a resume page (what a scan gives), drawn with canvas. */
async function pageImage(format: 'png' | 'jpeg'): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(1240, 1754);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1240, 1754);
  context.fillStyle = '#111';
  context.font = '28px sans-serif';
  SEED_RESUME_EN.forEach((line, index) => context.fillText(line, 100, 140 + index * 48));
  return format === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg');
}

async function imageOnlyPdf(image: Buffer, format: 'png' | 'jpeg'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const embedded = format === 'png' ? await pdf.embedPng(image) : await pdf.embedJpg(image);
  const page = pdf.addPage([595, 842]);
  page.drawImage(embedded, { x: 0, y: 0, width: 595, height: 842 });
  return Buffer.from(await pdf.save());
}

/** A PDF with only vector shapes: boxes where words would be, no text at all. */
function vectorOnlyPdf(): Buffer {
  const boxes = SEED_RESUME_EN.map((line, index) => `56 ${780 - index * 18} ${line.length * 5} 9 re f`).join('\n');
  return rawPdf(textPageObjects([], { contents: pdfStream('', Buffer.from(boxes)) }));
}

function encryptedPdf(variant: number): Buffer {
  const hex = (length: number, seed: number) => {
    const next = random(seed);
    return Array.from({ length }, () => Math.floor(next() * 256).toString(16).padStart(2, '0')).join('');
  };
  const encrypt = [
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 1)}> /U <${hex(32, 2)}> /P -44 >>`,
    `<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${hex(32, 3)}> /U <${hex(32, 4)}> /P -3904 >>`,
    `<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O <${hex(32, 5)}> /U <${hex(32, 6)}> /P -1028 >>`,
    `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O <${hex(48, 7)}> /U <${hex(48, 8)}> /OE <${hex(32, 9)}> /UE <${hex(32, 10)}> /Perms <${hex(16, 11)}> /P -1028 >>`,
  ][variant]!;
  const objects = textPageObjects(SEED_RESUME_EN);
  objects.push(encrypt);
  return rawPdf(objects, `/Encrypt ${objects.length} 0 R /ID [<${hex(16, 12)}> <${hex(16, 12)}>]`);
}

/** An OLE compound file, as Word writes a password-protected DOCX (and the old .doc). */
function compoundFile(): Buffer {
  const file = Buffer.alloc(4096, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 24);
  file.writeUInt16LE(0x3, 26);
  file.writeUInt16LE(0xfffe, 28);
  file.writeUInt16LE(9, 30);
  Buffer.from('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0', 'latin1').copy(file, 1024);
  return file;
}

async function docxFromXml(bodyXml: string): Promise<Buffer> {
  return rawZip(docxEntries(deflatedEntry('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NAMESPACE}><w:body>${bodyXml}</w:body></w:document>`)));
}

function paragraphs(lines: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('');
}

/** Changes the XML inside a valid DOCX zip: the zip opens, the document inside is broken. */
async function mutateDocxXml(docx: Buffer, seed: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const entry = zip.file('word/document.xml')!;
  const xml = await entry.async('string');
  const next = random(seed);
  const at = Math.floor(next() * xml.length);
  const damage = [
    () => xml.slice(0, at),
    () => xml.slice(0, at) + '<w:p><w:r><w:t>' + xml.slice(at),
    () => xml.slice(0, at) + '&bogus;&#xFFFFFF;\u0000' + xml.slice(at),
    () => xml.replace(/<\/w:body>/, ''),
    () => xml.slice(0, at) + ']]><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + xml.slice(at),
  ];
  zip.file('word/document.xml', damage[Math.floor(next() * damage.length)]!());
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

interface Plan {
  quick: boolean;
}

/** Writes the hostile corpus into `dir` and describes every file. Quick: ~40 files; full: 200+. */
export async function generateCorpus(dir: string, { quick }: Plan): Promise<CorpusFile[]> {
  mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  const counters = new Map<Category, number>();
  const add = (category: Category, fileName: string, bytes: Buffer | string, mediaType: string, expected: Outcome[] | 'any') => {
    const number = (counters.get(category) ?? 0) + 1;
    counters.set(category, number);
    const id = `${category}-${String(number).padStart(3, '0')}`;
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    const path = join(dir, `${id}__${fileName.replace(/\//g, '_')}`.slice(0, 200));
    writeFileSync(path, data);
    files.push({ id, category, path, fileName, mediaType, expected, bytes: data.length });
  };
  const count = (full: number, small: number) => (quick ? small : full);

  const pdfLib = await seedPdfLib();
  const pdfSeeds = quick ? [pdfLib] : [pdfLib, await seedChromiumPdf()];
  const docx = await seedDocx();

  // Truncated and mutated PDFs.
  for (const [seedIndex, seed] of pdfSeeds.entries()) {
    const cuts = count(15, 4);
    for (let index = 0; index < cuts; index++) {
      const fraction = (index + 0.5) / cuts;
      add('truncated-pdf', `resume-cut-${seedIndex}-${index}.pdf`, seed.subarray(0, Math.max(1, Math.floor(seed.length * fraction))), PDF, 'any');
    }
    const mutations = count(30, 5);
    for (let index = 0; index < mutations; index++) {
      const rate = [0.0001, 0.001, 0.01, 0.05][index % 4]!;
      add('mutated-pdf', `resume-mut-${seedIndex}-${index}.pdf`, mutate(seed, 1000 * seedIndex + index, rate), PDF, 'any');
    }
  }

  // Truncated and mutated DOCX (zip bytes, and XML inside an intact zip).
  for (let index = 0, cuts = count(15, 2); index < cuts; index++) {
    add('truncated-docx', `resume-cut-${index}.docx`, docx.subarray(0, Math.max(1, Math.floor(docx.length * ((index + 0.5) / cuts)))), DOCX, 'any');
  }
  for (let index = 0; index < count(20, 2); index++) {
    add('mutated-docx', `resume-mut-${index}.docx`, mutate(docx, 5000 + index, [0.001, 0.01, 0.05][index % 3]!), DOCX, 'any');
  }
  for (let index = 0; index < count(15, 2); index++) {
    add('mutated-docx', `resume-xml-${index}.docx`, await mutateDocxXml(docx, 7000 + index), DOCX, 'any');
  }

  // Encrypted.
  for (let variant = 0; variant < count(4, 1); variant++) add('encrypted', `locked-${variant}.pdf`, encryptedPdf(variant), PDF, ['encrypted']);
  add('encrypted', 'locked.docx', compoundFile(), DOCX, ['encrypted', 'unsupported-type']);

  // Image-only.
  add('image-only', 'scan.pdf', await imageOnlyPdf(await pageImage('png'), 'png'), PDF, ['no-text-layer']);
  if (!quick) {
    add('image-only', 'scan-jpeg.pdf', await imageOnlyPdf(await pageImage('jpeg'), 'jpeg'), PDF, ['no-text-layer']);
    add('image-only', 'shapes.pdf', vectorOnlyPdf(), PDF, ['no-text-layer', 'empty']);
  }

  // Page counts no resume has.
  add('many-pages', 'declares-10000.pdf', rawPdf(textPageObjects(SEED_RESUME_EN, { pagesDictionary: '<< /Type /Pages /Kids [3 0 R] /Count 10000 >>' })), PDF, 'any');
  add('many-pages', 'same-page-10000.pdf', rawPdf(textPageObjects(SEED_RESUME_EN, {
    pagesDictionary: `<< /Type /Pages /Kids [${'3 0 R '.repeat(10_000)}] /Count 10000 >>`,
  })), PDF, 'any');
  if (!quick) {
    const pdf = await PDFDocument.create();
    for (let index = 0; index < 10_000; index++) pdf.addPage([595, 842]);
    add('many-pages', 'blank-10000.pdf', Buffer.from(await pdf.save()), PDF, 'any');
  }

  // Deflate bombs: streams that inflate to gigabytes.
  const gigabytes = quick ? 1 : 2;
  const bomb = (await deflateRepeated(Buffer.from(' '), gigabytes * 2 ** 30)).data;
  add('deflate-bomb', `content-${gigabytes}gb.pdf`, rawPdf(textPageObjects(SEED_RESUME_EN, { contents: pdfStream('/Filter /FlateDecode', bomb) })), PDF, 'any');
  add('deflate-bomb', `content-double-${gigabytes}gb.pdf`, rawPdf(textPageObjects(SEED_RESUME_EN, {
    contents: pdfStream('/Filter [/FlateDecode /FlateDecode]', deflateSync(bomb, { level: 9 })),
  })), PDF, 'any');
  if (!quick) {
    // In a ToUnicode map and in an embedded font: streams read only once text is extracted.
    const toUnicode = textPageObjects(SEED_RESUME_EN);
    toUnicode[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>';
    toUnicode.push(pdfStream('/Filter /FlateDecode', bomb));
    add('deflate-bomb', 'tounicode-bomb.pdf', rawPdf(toUnicode), PDF, 'any');
    const font = textPageObjects(SEED_RESUME_EN);
    font[3] = '<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>';
    font.push('<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>');
    font.push(pdfStream('/Filter /FlateDecode', bomb));
    add('deflate-bomb', 'font-bomb.pdf', rawPdf(font), PDF, 'any');
  }

  // DOCX zip bombs.
  const paragraph = Buffer.from('<w:p><w:r><w:t>operations</w:t></w:r></w:p>');
  const zipBomb = await deflateRepeated(paragraph, (quick ? 0.5 : 1) * 2 ** 30, true);
  const bombXml = (declaredSize: number) => ({ name: 'word/document.xml', data: zipBomb.data, method: 8 as const, crc: zipBomb.crc, declaredSize });
  add('zip-bomb', 'bomb.docx', rawZip(docxEntries(bombXml((quick ? 0.5 : 1) * 2 ** 30))), DOCX, 'any');
  if (!quick) {
    add('zip-bomb', 'bomb-small-claim.docx', rawZip(docxEntries(bombXml(4096))), DOCX, 'any');
    const many = Array.from({ length: 20_000 }, (_, index) => deflatedEntry(`word/media/part${index}.xml`, '<x/>'));
    add('zip-bomb', 'many-entries.docx', rawZip([...docxEntries(deflatedEntry('word/document.xml', `<?xml version="1.0"?><w:document ${WORD_NAMESPACE}><w:body>${paragraphs(SEED_RESUME_EN)}</w:body></w:document>`)), ...many]), DOCX, 'any');
  }

  // Names and types that lie.
  const png = await pageImage('png');
  const wrong: [string, Buffer | string, string, Outcome[] | 'any'][] = [
    ['resume.docx', pdfLib, DOCX, ['review']],
    ['resume.pdf', docx, PDF, ['review']],
    ['photo.pdf', png, PDF, ['unsupported-type']],
    ['archive.docx', rawZip([deflatedEntry('notes.txt', 'hello')]), DOCX, ['unsupported-type']],
    ['page.pdf', '<!doctype html><html><body><h1>Jordan Lee</h1><script>alert(1)</script></body></html>', PDF, 'any'],
    ['program.pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), mutate(Buffer.alloc(4096), 9, 0.5)]), PDF, ['unsupported-type']],
    ['notes.pdf', SEED_RESUME_EN.join('\n'), PDF, ['review']],
    ['resume.txt', pdfLib, TEXT, ['review']],
    ['old.docx', compoundFile(), DOCX, ['unsupported-type', 'encrypted']],
    // No name to go by: reading it (the type is in the bytes) and refusing it clearly are both right.
    ['resume', pdfLib, 'application/octet-stream', ['review', 'unsupported-type']],
    ['image.gif', Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'), 'image/gif', ['unsupported-type']],
    ['noise.txt', mutate(Buffer.alloc(8192), 11, 1), TEXT, ['unsupported-type']],
    ['resume.exe', pdfLib, 'application/x-msdownload', 'any'],
    ['drawing.svg.pdf', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>', 'image/svg+xml', 'any'],
  ];
  for (const [name, bytes, type, expected] of quick ? wrong.slice(0, 4) : wrong) add('wrong-type', name, bytes, type, expected);

  // Empty.
  const empty: [string, Buffer | string, string][] = [
    ['empty.pdf', Buffer.alloc(0), PDF], ['empty.docx', Buffer.alloc(0), DOCX], ['empty.txt', '', TEXT],
    ['blank.txt', ' \n\t\n   \r\n', TEXT], ['bom.txt', Buffer.from([0xef, 0xbb, 0xbf]), TEXT], ['nothing.md', '\n\n\n', 'text/markdown'],
  ];
  for (const [name, bytes, type] of quick ? empty.slice(0, 3) : empty) add('empty', name, bytes, type, ['empty']);

  // 60 MB: a real resume with a 60 MB stream nobody references.
  const padding = pdfStream('', Buffer.alloc(60 * 2 ** 20, 0x41));
  add('too-large', 'huge.pdf', rawPdf([...textPageObjects(SEED_RESUME_EN), padding]), PDF, ['too-large']);

  // Deep nesting.
  const depth = 100_000;
  add('nesting', 'nested-arrays.pdf', rawPdf(textPageObjects(SEED_RESUME_EN, { resources: `/X ${deep('[', ']', depth)}` })), PDF, 'any');
  add('nesting', 'nested-dicts.pdf', rawPdf(textPageObjects(SEED_RESUME_EN, { resources: `/X ${deep('<< /A ', ' >>', depth, '1')}` })), PDF, 'any');
  add('nesting', 'nested-xml.docx', await docxFromXml(deep('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', depth, paragraphs(SEED_RESUME_ZH))), DOCX, 'any');
  if (!quick) {
    add('nesting', 'nested-q.pdf', rawPdf(textPageObjects([], { contents: pdfStream('', Buffer.from(`${'q '.repeat(depth)}BT /F1 11 Tf 56 780 Td (Jordan Lee) Tj ET${' Q'.repeat(depth)}`)) })), PDF, 'any');
    add('nesting', 'nested-tables.docx', await docxFromXml(deep('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 5_000, paragraphs(SEED_RESUME_EN))), DOCX, 'any');
    add('nesting', 'nested-runs.docx', await docxFromXml(`<w:p>${deep('<w:hyperlink>', '</w:hyperlink>', depth, '<w:r><w:t>Jordan Lee</w:t></w:r>')}</w:p>${paragraphs(SEED_RESUME_EN)}`), DOCX, 'any');
  }

  // Resume text full of markup, control characters and endless lines.
  const resume = SEED_RESUME_EN.join('\n');
  const hostileText: [string, string, Outcome[] | 'any'][] = [
    ['script.txt', `<script>alert(document.cookie)</script>\n${resume}\n<img src=x onerror=alert(1)>`, ['review']],
    // Quick runs keep the line short enough that a run's time stays predictable.
    ['long-line.txt', `${resume}\n${'运营'.repeat(quick ? 5_000 : 25_000)}${'x'.repeat(quick ? 10_000 : 50_000)}`, ['review']],
    ['control.txt', `${resume.replace(/ /g, '\u0000 ')}\u0007\u001b[31m\u202e\u200b\ufeff`, 'any'],
    ['markdown.md', `# <svg onload=alert(1)>\n[click](javascript:alert(1))\n${resume}\n<iframe src="javascript:alert(2)"></iframe>`, ['review']],
    ['<svg onload=alert(1)>.txt', `${SEED_RESUME_ZH.join('\n')}\n"><img src=x onerror=alert(3)>`, ['review']],
  ];
  if (!quick) {
    hostileText.push(
      ['many-lines.txt', `${resume}\n${Array.from({ length: 4_000 }, (_, index) => `- item ${index}: <b>bold</b> result of the campaign`).join('\n')}`, ['review']],
      ['rtl.txt', `\u202eJordan Lee\u202c\n${resume}\n\u2066\u2067\u2068\u2069`, ['review']],
      ['surrogates.txt', `${resume}\n\ud800\udfff\udbff lone`, 'any'],
      ['huge-line.txt', `${'A'.repeat(100_000)}\n${resume}`, ['review']],
      ['mixed-zh.txt', `${SEED_RESUME_ZH.join('\n')}\n<style>*{display:none}</style>{{constructor.constructor('alert(1)')()}}`, ['review']],
    );
  }
  for (const [name, text, expected] of hostileText) add('hostile-text', name, text, name.endsWith('.md') ? 'text/markdown' : TEXT, expected);
  add('hostile-text', '<svg onload=alert(1)>.pdf', pdfLib, PDF, ['review']);
  if (!quick) add('hostile-text', '"><script>alert(1)<\u002fscript>.docx', await seedDocx([...SEED_RESUME_EN, '<script>alert("docx")</script>', '<img src=x onerror=alert(4)>']), DOCX, ['review']);

  // Odd but valid: should be reviewed.
  add('odd-but-valid', 'seed.pdf', pdfLib, PDF, ['review']);
  add('odd-but-valid', 'seed.docx', docx, DOCX, ['review']);
  if (!quick) {
    add('odd-but-valid', 'chromium-2-page.pdf', pdfSeeds[1]!, PDF, ['review']);
    add('odd-but-valid', 'junk-before-header.pdf', Buffer.concat([Buffer.from('\ufeffFrom: mail\r\n\r\n'), pdfLib]), PDF, ['review']);
    add('odd-but-valid', 'hand-made.docx', await docxFromXml(paragraphs(SEED_RESUME_ZH)), DOCX, ['review']);
    add('odd-but-valid', 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_RESUME_ZH.join('\n'), 'utf16le')]), TEXT, ['review']);
  }
  await addNewKinds(add, quick, { pdfLib, docx });
  return files;
}

type Add = (category: Category, fileName: string, bytes: Buffer | string, mediaType: string, expected: Outcome[] | 'any') => void;

/** UTF-16 without a byte-order mark, little- or big-endian. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const little = Buffer.from(text, 'utf16le');
  return order === 'le' ? little : little.swap16();
}

/** A PDF of many tiny filled rectangles over the seed's text: cheap to store, slow to draw. */
export async function rectanglePdf(rectangles: number): Promise<Buffer> {
  const drawing = Array.from({ length: rectangles }, (_, index) => `${(index * 7) % 590} ${(index * 13) % 830} 0.5 0.5 re f`).join('\n');
  const text = 'BT /F1 11 Tf 14 TL 56 780 Td ' + SEED_RESUME_EN.map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) '`).join('\n') + ' ET';
  return rawPdf(textPageObjects([], { contents: pdfStream('/Filter /FlateDecode', deflateSync(Buffer.from(`${drawing}\n${text}`, 'latin1'))) }));
}

/** A PDF of the seed's text with one `side`×`side` grey image on its page (an image bomb when drawn). */
export async function imageBombPdf(side: number): Promise<Buffer> {
  const { data } = await deflateRepeated(Buffer.from([0x80]), side * side);
  const image = pdfStream(`/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, data);
  const [catalog, pages, , font] = textPageObjects(SEED_RESUME_EN);
  const content = Buffer.from(`q 200 0 0 200 300 300 cm /Im1 Do Q\nBT /F1 11 Tf 14 TL 56 780 Td ${SEED_RESUME_EN.map((line) => `(${line}) '`).join('\n')} ET`, 'latin1');
  return rawPdf([catalog!, pages!, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>', font!, pdfStream('', content), image]);
}

/** The seed PDF carrying one kind of active content a reader could run or open. */
async function activePdf(seed: Buffer, kind: 'open-action' | 'launch' | 'embedded-file' | 'xfa' | 'rich-media' | 'javascript-link'): Promise<Buffer> {
  const pdf = await PDFDocument.load(seed);
  const { context, catalog } = pdf;
  const script = context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
  const page = pdf.getPage(0);
  const annotate = (fields: Record<string, unknown>) => page.node.set(PDFName.of('Annots'), context.obj([context.register(context.obj({ Type: 'Annot', Rect: [0, 0, 50, 50], ...fields } as never))]));
  const file = context.obj({ Type: 'Filespec', F: PDFString.of('run.exe'), EF: { F: context.register(context.flateStream('MZ', { Type: 'EmbeddedFile' })) } });
  if (kind === 'open-action') catalog.set(PDFName.of('OpenAction'), script);
  if (kind === 'launch') annotate({ Subtype: 'Link', A: { S: 'Launch', F: PDFString.of('cmd.exe') } });
  if (kind === 'embedded-file') catalog.set(PDFName.of('Names'), context.obj({ EmbeddedFiles: { Names: [PDFString.of('run.exe'), file] } }));
  if (kind === 'xfa') catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [], XFA: context.register(context.flateStream('<xdp:xdp/>')) }));
  if (kind === 'rich-media') annotate({ Subtype: 'RichMedia', RichMediaContent: { Assets: { Names: [PDFString.of('x.swf'), file] } } });
  if (kind === 'javascript-link') annotate({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('javascript:alert(1)') } });
  return Buffer.from(await pdf.save());
}

/** The seed DOCX as a macro-enabled document: a macro project in the archive, declared as one. */
async function macroDocx(seed: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(seed);
  zip.file('word/vbaProject.bin', Buffer.from('\xd0\xcf\x11\xe0 macro project', 'latin1'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The kinds added for issue 12: text in older encodings (to be read as written), things that are no
 * resume (to be refused as such), text over the text limit, pages that are costly to draw, PDFs with
 * active content (read like any other; exports drop it), macro-enabled Word documents (refused).
 */
async function addNewKinds(add: Add, quick: boolean, seeds: { pdfLib: Buffer; docx: Buffer }): Promise<void> {
  const simplified = SEED_RESUME_ZH.join('\n');
  const traditional = Converter({ from: 'cn', to: 'tw' })(simplified);
  const english = SEED_RESUME_EN.join('\n');
  const shapes: [string, (text: string) => string][] = [
    ['whole', (text) => text],
    ['top', (text) => text.split('\n').slice(0, 8).join('\n')],
    ['markdown', (text) => text.split('\n').map((line, index) => (index === 0 ? `# ${line}` : line)).join('\n')],
  ];
  const encodings: [string, string, (text: string) => Buffer][] = [
    ['gbk', simplified, (text) => Buffer.from(legacyEncoder('gbk')(text))],
    ['gb18030-simplified', simplified, (text) => Buffer.from(legacyEncoder('gb18030')(text))],
    ['gb18030-traditional', traditional, (text) => Buffer.from(legacyEncoder('gb18030')(text))],
    ['big5', traditional, (text) => Buffer.from(legacyEncoder('big5')(text))],
    ['utf16le-zh', simplified, (text) => utf16(text, 'le')],
    ['utf16be-zh', simplified, (text) => utf16(text, 'be')],
    ['utf16le-hant', traditional, (text) => utf16(text, 'le')],
    ['utf16be-hant', traditional, (text) => utf16(text, 'be')],
    ['utf16le-en', english, (text) => utf16(text, 'le')],
    ['utf16be-en', english, (text) => utf16(text, 'be')],
  ];
  for (const [name, text, encode] of encodings) {
    for (const [shape, cut] of quick ? shapes.slice(0, 1) : shapes) add('encoding', `${name}-${shape}.txt`, encode(cut(text)), TEXT, ['review']);
  }

  const notResume: [string, string | Buffer][] = [
    ['one-letter.txt', 'a'], ['one-word.txt', 'Resume'], ['emoji.txt', '😀🎉🚀👍✨'.repeat(40)], ['digits.txt', '1234567890\n'.repeat(50)],
    ['page.html.txt', `<!DOCTYPE html><html><head><title>Jordan</title><style>body{margin:0}</style></head><body>${'<div class="row"><span>x</span></div>'.repeat(60)}</body></html>`],
    ['drawing.svg.txt', `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">${'<rect x="1" y="2" width="3" height="4" fill="#000"/>'.repeat(80)}</svg>`],
    ['data.xml.md', `<?xml version="1.0"?><root>${'<item id="1"><v>1</v></item>'.repeat(80)}</root>`],
    ['private-use.txt', Array.from({ length: 40 }, (_, line) => Array.from({ length: 30 }, (__, index) => String.fromCharCode(0xe000 + ((line * 31 + index) % 3000))).join('')).join('\n')],
    ['symbols.txt', Array.from({ length: 60 }, (_, line) => '#$%&*+-=/<>|~^'.repeat(3) + ` ${line}`).join('\n')],
    ['font-garble.md', Array.from({ length: 40 }, (_, line) => `\u0003\u0011\u0012\u0013 ${'!"#$%&\'()*+,-./'.slice(line % 5)} ${String.fromCharCode(0xe010 + (line % 80))}`).join('\n')],
    ['whitespace-and-marks.txt', '— · … ——\n'.repeat(100)],
  ];
  // Characters no reader keeps (private use, controls) may leave no text at all, or no text file: clear either way.
  for (const [name, bytes] of quick ? notResume.slice(0, 3) : notResume) add('not-a-resume', name, bytes, name.endsWith('.md') ? 'text/markdown' : TEXT, ['not-a-resume', 'empty', 'unsupported-type']);
  add('not-a-resume', 'garble.pdf', rawPdf(textPageObjects(Array.from({ length: 30 }, () => '#$%&*+=<>|~^#$%&*+=<>|~^ 12'))), PDF, ['not-a-resume']);

  const overLimit = (chars: number) => `${english}\n${'Grew users by 10% in 3 months. '.repeat(Math.ceil(chars / 31))}`;
  const limit = PARSE_LIMITS.maxTextChars;
  const tooLong: [string, Buffer | string][] = [
    ['just-over.txt', overLimit(limit - english.length)],
    ['one-mb.txt', overLimit(2 ** 20)],
    ['nine-point-nine-mb.txt', overLimit(9.9 * 2 ** 20 - english.length - 64)],
    ['utf16-over.txt', utf16(overLimit(limit), 'le')],
    ['gbk-over.txt', Buffer.from(legacyEncoder('gbk')(`${simplified}\n${'用户增长 30%，'.repeat(Math.ceil(limit / 9))}`))],
  ];
  for (const [name, bytes] of quick ? tooLong.slice(0, 2) : tooLong) add('text-limit', name, bytes, TEXT, ['too-large']);
  if (!quick) add('text-limit', 'long.docx', await seedDocx([...SEED_RESUME_EN, ...Array.from({ length: 3_000 }, (_, index) => `- Campaign ${index}: grew users by 10% in 3 months through referral work`)]), DOCX, ['too-large']);

  // Reading its text walks every drawing operator: reviewed, or stopped at the child's time or memory limit.
  add('page-bomb', 'rectangles.pdf', await rectanglePdf(quick ? 100_000 : 1_500_000), PDF, ['review', 'timeout', 'corrupt']);
  add('page-bomb', 'image-12000.pdf', await imageBombPdf(quick ? 4_000 : 12_000), PDF, ['review']);
  add('page-bomb', 'giant-page.pdf', rawPdf(textPageObjects(SEED_RESUME_EN).map((object, index) => (index === 2 ? String(object).replace('[0 0 595 842]', '[0 0 14400 14400]') : object))), PDF, ['review']);

  const active = ['open-action', 'launch', 'embedded-file', 'xfa', 'rich-media', 'javascript-link'] as const;
  for (const kind of quick ? active.slice(0, 2) : active) add('active-content', `${kind}.pdf`, await activePdf(seeds.pdfLib, kind), PDF, ['review']);

  const macro = await macroDocx(seeds.docx);
  add('macro', 'resume.docm', macro, 'application/vnd.ms-word.document.macroEnabled.12', ['unsupported-type']);
  add('macro', 'renamed.docx', macro, DOCX, ['unsupported-type']);
}
