import { expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
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

it('drops mailto: and tel: links from kept pages when personal details are masked', async () => {
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
  expect(await uris(open)).toHaveLength(3);
});
