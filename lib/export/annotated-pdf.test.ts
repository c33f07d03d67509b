import { expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { Report } from '../report/schema.ts';
import { buildView } from './view.ts';
import { wordBoxes } from '../document/boxes.ts';
import { toAnnotatedPdf } from './annotated-pdf.ts';

const text = 'Jordan Lee\nLed the relaunch';
const report = Report.parse({
  schemaVersion: 1,
  role: { target: null, inferred: null, given: false },
  document: {
    version: 1, source: { type: 'pdf', bytes: 1 }, text, language: 'en',
    pages: [{ number: 1, width: 600, height: 800 }, { number: 2, width: 600, height: 800 }],
    lines: [
      { span: { start: 0, end: 10 }, page: 1, language: 'en', box: { x: 50, y: 40, width: 100, height: 12 } },
      { span: { start: 11, end: 27 }, page: 2, language: 'en', pieces: [
        { span: { start: 11, end: 14 }, box: { x: 50, y: 60, width: 30, height: 12 } },
        { span: { start: 15, end: 27 }, box: { x: 84, y: 60, width: 120, height: 12 } },
      ] },
    ],
    contact: { name: { value: 'Jordan Lee', span: { start: 0, end: 10 } }, emails: [], phones: [], urls: [] },
    sections: [], diagnostics: [],
  },
  findings: [],
  score: { overall: 50, band: 'fair', algorithmVersion: 't', dimensions: { highlights: 50, ownership: 50, resources: 50, roleFit: 50, clarity: 50 }, topFixes: [] },
});

it('places words by their pieces, in proportion within a piece', () => {
  expect(wordBoxes(report.document, { start: 11, end: 14 })).toEqual([{ page: 2, box: { x: 50, y: 60, width: 30, height: 12 } }]);
  // "the" is the first 3 of the 12 characters of "the relaunch"
  expect(wordBoxes(report.document, { start: 15, end: 18 })).toEqual([{ page: 2, box: { x: 84, y: 60, width: 30, height: 12 } }]);
  expect(wordBoxes(report.document, { start: 5, end: 14 }).map((b) => b.page)).toEqual([1, 2]);
});

it('keeps only http(s) links, masked or not: mailto: and tel: targets are gone either way', async () => {
  const original = await PDFDocument.create();
  original.addPage([600, 800]);
  const second = original.addPage([600, 800]);
  const link = (uri: string) => original.context.register(original.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'URI', URI: PDFString.of(uri) } }));
  second.node.set(PDFName.of('Annots'), original.context.obj([link('mailto:jordan@example.com'), link('tel:+14155550134'), link('https://example.com/portfolio')]));
  const bytes = await original.save();
  const uris = async (out: Uint8Array) => {
    const page = (await PDFDocument.load(out)).getPage(1);
    const annots = page.node.Annots()!;
    return Array.from({ length: annots.size() }, (_, i) => annots.lookup(i, PDFDict).lookup(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'), PDFString)?.decodeText());
  };
  const masked = await toAnnotatedPdf(bytes, buildView(report, { decisions: [], comments: [], verdicts: [] }, { personal: false }));
  expect(await uris(masked)).toEqual(['https://example.com/portfolio']);
  const open = await toAnnotatedPdf(bytes, buildView(report, { decisions: [], comments: [], verdicts: [] }, { personal: true }));
  expect(await uris(open)).toEqual(['https://example.com/portfolio']);
});

/** Every name, key and string anywhere in a PDF's objects, stream dictionaries included. */
function everything(pdf: PDFDocument): { names: Set<string>; strings: string[] } {
  const names = new Set<string>();
  const strings: string[] = [];
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFName) names.add(object.decodeText());
    else if (object instanceof PDFString || object instanceof PDFHexString) strings.push(object.decodeText());
    else if (object instanceof PDFArray) object.asArray().forEach(visit);
    else if (object instanceof PDFDict) for (const [key, value] of object.entries()) (names.add(key.decodeText()), visit(value));
    else if (object instanceof PDFStream || object instanceof PDFRawStream) visit(object.dict);
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) visit(object);
  visit(pdf.context.trailerInfo.Root);
  return { names, strings };
}

it('rebuilds the original so no action, script, launch, attachment, form, rich media or odd link survives', async () => {
  const hostile = await PDFDocument.create();
  const { context } = hostile;
  const script = (code: string) => context.obj({ S: 'JavaScript', JS: PDFString.of(code) });
  const page = hostile.addPage([600, 800]);
  hostile.addPage([600, 800]);
  const annot = (fields: Record<string, unknown>) => context.register(context.obj({ Type: 'Annot', Rect: [0, 0, 10, 10], ...fields } as never));
  const attachment = context.register(context.flateStream('MZ payload', { Type: 'EmbeddedFile' }));
  const fileSpec = context.obj({ Type: 'Filespec', F: PDFString.of('payload.exe'), EF: { F: attachment } });
  const dropped = annot({ Subtype: 'FileAttachment', FS: fileSpec });
  page.node.set(PDFName.of('Annots'), context.obj([
    annot({ Subtype: 'Link', A: { S: 'Launch', F: PDFString.of('cmd.exe') } }),
    annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('javascript:alert(1)') } }),
    annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('file:///etc/passwd') } }),
    annot({ Subtype: 'Link', A: script('app.alert(2)') }),
    annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of('https://example.com/work'), Next: script('app.alert(3)') } }),
    dropped,
    annot({ Subtype: 'Popup', Parent: dropped }),
    annot({ Subtype: 'RichMedia', RichMediaContent: { Assets: { Names: [PDFString.of('x.swf'), fileSpec] } } }),
    annot({ Subtype: 'Widget', FT: PDFName.of('Tx'), T: PDFString.of('field'), AA: { K: script('app.alert(4)') } }),
    annot({ Subtype: 'Square', AA: { E: script('app.alert(5)') } }),
  ]));
  page.node.set(PDFName.of('AA'), context.obj({ O: script('app.alert(6)') }));
  const catalog = hostile.catalog;
  catalog.set(PDFName.of('OpenAction'), script('app.alert(7)'));
  catalog.set(PDFName.of('AA'), context.obj({ WC: script('app.alert(8)') }));
  catalog.set(PDFName.of('Names'), context.obj({
    JavaScript: { Names: [PDFString.of('run'), script('app.alert(9)')] },
    EmbeddedFiles: { Names: [PDFString.of('payload.exe'), fileSpec] },
  }));
  catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [], XFA: context.register(context.flateStream('<xdp:xdp/>')) }));
  const bytes = await hostile.save();
  // The hostile file really carries each of them.
  const before = everything(await PDFDocument.load(bytes));
  for (const name of ['OpenAction', 'AA', 'JavaScript', 'JS', 'Launch', 'EmbeddedFiles', 'EmbeddedFile', 'XFA', 'RichMedia', 'FileAttachment', 'Widget']) expect(before.names).toContain(name);

  for (const personal of [true, false]) {
    const out = await toAnnotatedPdf(bytes, buildView(report, { decisions: [], comments: [], verdicts: [] }, { personal }));
    const after = everything(await PDFDocument.load(out));
    for (const name of ['OpenAction', 'AA', 'JavaScript', 'JS', 'Launch', 'EmbeddedFiles', 'EmbeddedFile', 'EF', 'XFA', 'AcroForm', 'RichMedia', 'RichMediaContent', 'FileAttachment', 'Widget', 'Next']) {
      expect(after.names, `${name} survived (personal ${personal})`).not.toContain(name);
    }
    const links = after.strings.filter((text) => /^[a-z][a-z0-9+.-]+:/i.test(text));
    expect(links).toEqual(['https://example.com/work']);
    expect(after.strings.join(' ')).not.toMatch(/alert|payload|cmd\.exe/);
  }
});
