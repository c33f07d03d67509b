import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixturePdf } from '../../server/fixtures.ts';
import { pdfjsDirectory } from './pdfjs-assets.ts';
import { importPatchedWorker, patchWorkerSource, TEXT_ONLY_PATCHES, type WorkerPatch } from './pdfjs-worker.ts';

const installedWorker = join(pdfjsDirectory(), 'legacy', 'build', 'pdf.worker.mjs');

/** Temporary folders of these tests, removed after them. */
const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'liangdian-worker-test-'));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A folder with a module that stands in for a pdf.js worker the patches do not fit. */
function foreignWorker(): string {
  const path = join(temporaryFolder(), 'pdf.worker.mjs');
  writeFileSync(path, 'export const WorkerMessageHandler = { foreign: true };\n');
  return path;
}

describe('patchWorkerSource', () => {
  it('finds each patch’s anchor exactly once in the installed pdf.js worker', () => {
    const result = patchWorkerSource(readFileSync(installedWorker, 'utf8'));
    expect(result).toHaveProperty('source');
    const { source } = result as { source: string };
    for (const patch of TEXT_ONLY_PATCHES) expect(source).toContain(patch.replaces ? patch.code : patch.code + patch.anchor);
    expect(source).not.toMatch(/sourceMappingURL/);
  });

  it('names the patches whose anchor is missing or not unique, and changes nothing', () => {
    const patches: WorkerPatch[] = [
      { name: 'present', anchor: 'class A {', code: '/* a */' },
      { name: 'missing', anchor: 'class B {', code: '/* b */' },
      { name: 'twice', anchor: 'let x;', code: '/* x */' },
    ];
    expect(patchWorkerSource('class A { f() { let x; } g() { let x; } }', patches)).toEqual({ unmatched: ['missing', 'twice'] });
  });
});

describe('importPatchedWorker', () => {
  // Importing a copy of the worker installs its core-js replacements of Array#push and JSON.parse
  // (pdf.ts puts them back around its own import); the tests after these should not run on them.
  const { push } = Array.prototype;
  const { parse } = JSON;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
  });

  it('imports the patched worker from a cache file named by the installed worker and the patches, the same module every time', async () => {
    const first = await importPatchedWorker(installedWorker);
    const second = await importPatchedWorker(installedWorker);
    expect(first.patched).toBe(true);
    expect(second.module).toBe(first.module);
    const cache = join(pdfjsDirectory(), '..', '.cache', 'liangdian-pdfjs');
    expect(readdirSync(cache).filter((name) => /^pdf\.worker\.[0-9a-f]{16}\.mjs$/.test(name)).length).toBeGreaterThanOrEqual(1);
  });

  it('writes to a private temporary folder when node_modules/.cache cannot be written, else runs unpatched and says so', async () => {
    // A copy of the installed worker where node_modules/.cache is a file, so no folder can be made there.
    const root = temporaryFolder();
    const build = join(root, 'node_modules', 'pdfjs-dist', 'legacy', 'build');
    mkdirSync(build, { recursive: true });
    copyFileSync(installedWorker, join(build, 'pdf.worker.mjs'));
    writeFileSync(join(root, 'node_modules', '.cache'), '');
    const temporary = join(root, 'tmp');
    mkdirSync(temporary);
    vi.stubEnv('TMPDIR', temporary);
    const warn = vi.fn();
    const loaded = await importPatchedWorker(join(build, 'pdf.worker.mjs'), warn);
    expect(loaded.patched).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    const [folder] = readdirSync(temporary);
    expect(folder).toMatch(/^liangdian-pdfjs-/);
    expect(statSync(join(temporary, folder!)).mode & 0o077).toBe(0);
    // With the temporary folder a file too, nothing can be written.
    vi.stubEnv('TMPDIR', join(root, 'node_modules', '.cache'));
    const unpatched = await importPatchedWorker(join(build, 'pdf.worker.mjs'), warn);
    expect(unpatched.patched).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not write the patched pdf.js worker .*; parsing PDFs with the unpatched worker/));
    vi.unstubAllEnvs();
  });

  it('falls back to the unpatched worker when the installed one does not match, and says so', async () => {
    const warn = vi.fn();
    const loaded = await importPatchedWorker(foreignWorker(), warn);
    expect(loaded.patched).toBe(false);
    expect(loaded.module.WorkerMessageHandler).toEqual({ foreign: true });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/does not match the text-only patches \(text-only helpers, .*\); parsing PDFs with the unpatched worker/);
  });

  it('warns once per process by default', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    await importPatchedWorker(foreignWorker());
    await importPatchedWorker(foreignWorker());
    expect(emitWarning).toHaveBeenCalledTimes(1);
  });
});

// Third-party resumes, read at run time and never copied: ../shared (or LIANGDIAN_SHARED).
const shared = process.env.LIANGDIAN_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
const corpus = join(shared, 'corpus');

function pdfsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((path) => join(folder, path));
}

/** A one-page PDF in Helvetica as pdf-lib writes it: a standard font, not embedded, without a ToUnicode map. */
async function standardFontPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([300, 200]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText('Grew revenue 30% in 2023', { x: 20, y: 150, size: 12, font });
  page.drawText('Café naïve façade', { x: 20, y: 120, size: 12, font });
  return document.save();
}

/**
 * A one-page PDF whose text is in a Flate stream, `damage`d after compression: whole, cut short, or
 * with bytes changed in the middle (where Node's zlib and pdf.js's own inflater may part ways).
 */
function flatePdf(damage: 'none' | 'truncated' | 'corrupt'): Uint8Array {
  const text = Array.from({ length: 40 }, (_, i) => `BT /F1 10 Tf 20 ${780 - i * 18} Td (Line ${i}: grew revenue ${i * 7}% year on year) Tj ET`).join('\n');
  let data = deflateSync(Buffer.from(text));
  if (damage === 'truncated') data = data.subarray(0, Math.floor(data.length * 0.6));
  if (damage === 'corrupt') {
    data = Buffer.from(data);
    for (let i = Math.floor(data.length / 2); i < Math.floor(data.length / 2) + 8; i++) data[i] = data[i]! ^ 0x5a;
  }
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
      '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>> endobj\n' +
      '4 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n' +
      `5 0 obj <</Length ${data.length} /Filter /FlateDecode>> stream\n`,
  );
  return new Uint8Array(Buffer.concat([head, data, Buffer.from('\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n')]));
}

/** Every PDF of ours and of the corpus, made or read once (pdf-lib stamps the time into what it writes). */
let allInputs: Promise<Array<[string, Uint8Array]>> | undefined;
async function readInputs(): Promise<Array<[string, Uint8Array]>> {
  const inputs: Array<[string, Uint8Array]> = [['standard-font.pdf', await standardFontPdf()]];
  for (const damage of ['none', 'truncated', 'corrupt'] as const) inputs.push([`flate-${damage}.pdf`, flatePdf(damage)]);
  for (const name of ['zh-ops', 'en-ops', 'zh-two-column', 'zh-date-column', 'en-date-column']) inputs.push([`${name}.pdf`, await fixturePdf(name)]);
  if (existsSync(corpus)) for (const path of pdfsUnder(corpus)) inputs.push([relative(corpus, path), new Uint8Array(await readFile(path))]);
  return inputs;
}

/** Every PDF of ours and of the corpus, read by `parseResume` from a fresh copy of the ingest modules. */
async function readAll(patches: 'on' | 'off'): Promise<{ patched: boolean; documents: Record<string, unknown> }> {
  vi.resetModules();
  vi.stubEnv('LIANGDIAN_PDFJS_PATCHES', patches);
  const { parseResume } = await import('./index.ts');
  const { pdfjsWorkerPatched } = await import('./pdf.ts');
  const inputs = await (allInputs ??= readInputs());
  const read = async () => {
    const documents: Record<string, unknown> = {};
    for (const [name, bytes] of inputs) {
      documents[name] = await parseResume({ bytes, fileName: name }).catch((error: Error & { code?: string }) => ({ error: error.code ?? error.message }));
    }
    return documents;
  };
  const documents = await read();
  // What the worker keeps from one document to the next (the parsed cMaps) must not change the next.
  expect(await read()).toEqual(documents);
  vi.unstubAllEnvs();
  return { patched: await pdfjsWorkerPatched(), documents };
}

describe('the patched worker reads PDFs exactly as pdf.js does', () => {
  it('gives every fixture and corpus PDF the same document (text, lines, boxes, sections, diagnostics)', async () => {
    const patched = await readAll('on');
    const reference = await readAll('off');
    expect(patched.patched).toBe(true);
    expect(reference.patched).toBe(false);
    expect(Object.keys(patched.documents).length).toBeGreaterThanOrEqual(existsSync(corpus) ? 49 : 9);
    for (const [name, document] of Object.entries(reference.documents)) expect(patched.documents[name], name).toEqual(document);
    // A standard font without a ToUnicode map: text from its encoding, accents included.
    expect(patched.documents['standard-font.pdf']).toMatchObject({ text: 'Grew revenue 30% in 2023\nCafé naïve façade' });
    // A whole Flate stream reads in full; a damaged one as far as pdf.js's inflater gets (checked equal above).
    expect((patched.documents['flate-none.pdf'] as { text: string }).text.split('\n')).toHaveLength(40);
  }, 180_000);
});
