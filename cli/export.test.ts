import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { applyDecisions } from '../lib/mentor/decided.ts';
import { writeExport } from './export.ts';
import { parseResume } from '../lib/ingest/index.ts';
import { sampleReview } from '../lib/export/test-support.ts';
import { sampleReviewOfPdf } from '../server/export/test-support.ts';
import { ExportEnvelope } from '../lib/export/schema.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-export-'));

describe('writeExport', () => {
  it('writes each text format to the given path, masked by default', async () => {
    const file = new URL('../fixtures/resumes/zh-ops.txt', import.meta.url);
    const doc = await parseResume({ bytes: readFileSync(file), fileName: 'zh-ops.txt' });
    const { report, mentor } = sampleReview(doc, 'zh');
    const md = path.join(dir, 'out.md');
    await writeExport(report, 'md', md, { mentor });
    const text = readFileSync(md, 'utf8');
    expect(text).toContain(report.findings[0]!.message.zh);
    expect(text).not.toContain(doc.contact.name!.value);
    await writeExport(report, 'md', md, { mentor, includePersonal: true });
    expect(readFileSync(md, 'utf8')).toContain(doc.contact.name!.value);
    const json = path.join(dir, 'out.json');
    await writeExport(report, 'json', json, { mentor, includePersonal: true });
    // The export carries the report as the mentors' decisions leave it.
    expect(ExportEnvelope.parse(JSON.parse(readFileSync(json, 'utf8'))).report).toEqual(applyDecisions(report, mentor.decisions).report);
  });

  it('reads the original PDF named by the report for an annotated export', async () => {
    const { report, mentor, original } = await sampleReviewOfPdf('en');
    const source = path.join(dir, 'en-ops.pdf');
    writeFileSync(source, original);
    const out = path.join(dir, 'out.pdf');
    await writeExport({ ...report, document: { ...report.document, source: { ...report.document.source, fileName: source } } }, 'annotated-pdf', out, { mentor, includePersonal: true });
    const pdf = await PDFDocument.load(readFileSync(out));
    const notes = pdf.getPages().reduce((sum, page) => sum + (page.node.Annots()?.size() ?? 0), 0);
    expect(notes).toBeGreaterThanOrEqual(report.findings.length);
  });

  it('rejects an unknown format by naming the ones it knows', async () => {
    const doc = await parseResume({ text: 'Jordan Lee\n\nEXPERIENCE\n- Led the relaunch' });
    await expect(writeExport(sampleReviewOfDoc(doc), 'rtf', path.join(dir, 'x'))).rejects.toThrow(/md, json, docx/);
  });
});

function sampleReviewOfDoc(doc: Awaited<ReturnType<typeof parseResume>>) {
  return { schemaVersion: 1 as const, role: { target: null, inferred: null, given: false }, document: doc, findings: [],
    score: { overall: 50, band: 'fair' as const, algorithmVersion: 'test', dimensions: { highlights: 50, ownership: 50, resources: 50, roleFit: 50, clarity: 50 }, topFixes: [] } };
}
