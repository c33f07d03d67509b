// The layout generator's files on disk: our own resumes (fixtures/layouts/*.json) through every
// layout family, as <out>/corpus/<family>/<resume>.<ext> with the truth in
// <out>/truth/<family>__<resume>.json, so `liangdian eval sections <out>/truth --corpus <out>/corpus`
// scores them. PDFs are printed by one shared Chromium (server/export/printer.ts).
//
//   npx tsx scripts/layouts/generate.ts [--out eval-results/layouts] [--family id]... [--resume id]...
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FAMILIES, ResumeContent } from '../../lib/eval/layouts.ts';
import { renderLayout } from '../../lib/eval/render-layout.ts';
import type { SectionsTruth } from '../../lib/eval/sections.ts';
import { closePrinter, printPdf } from '../../server/export/printer.ts';

export const CONTENTS_DIR = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));

export async function loadContents(): Promise<ResumeContent[]> {
  const names = (await readdir(CONTENTS_DIR)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => ResumeContent.parse(JSON.parse(await readFile(join(CONTENTS_DIR, name), 'utf8')))));
}

export interface Generated {
  family: string;
  resume: string;
  /** The file's bytes, as written under corpus/. */
  bytes: Uint8Array;
  truth: SectionsTruth;
}

/**
 * Renders every chosen resume through every chosen family that fits its language. `perFamily`
 * keeps n resumes of each family (the test's sample), languages in turn, starting at the family's
 * own place in the list so that a sample of one still meets every resume and both languages.
 */
export async function generateLayouts(options: { families?: string[]; resumes?: string[]; perFamily?: number } = {}): Promise<Generated[]> {
  const contents = (await loadContents()).filter((content) => !options.resumes?.length || options.resumes.includes(content.id));
  const families = FAMILIES.filter((each) => !options.families?.length || options.families.includes(each.id));
  const jobs: { family: string; content: ResumeContent; variant: number }[] = [];
  for (const layout of families) {
    const fitting = contents.filter((content) => layout.langs.includes(content.lang));
    // Alternate languages so a sample of two has one of each.
    const byLang = layout.langs.map((lang) => fitting.filter((content) => content.lang === lang));
    const ordered = Array.from({ length: Math.max(...byLang.map((list) => list.length)) }, (_, i) => byLang.map((list) => list[i])).flat().filter((c): c is ResumeContent => !!c);
    const start = FAMILIES.indexOf(layout);
    const chosen = ordered.map((_, i) => ordered[(start + i) % ordered.length]!).slice(0, options.perFamily ?? ordered.length);
    for (const content of chosen) jobs.push({ family: layout.id, content, variant: contents.indexOf(content) });
  }
  const generated: Generated[] = [];
  // Two at a time, as the printer prints (more would only wait in its queue, which is bounded).
  const work = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { rendered, truth } = await renderLayout(job.content, job.family, job.variant);
      const bytes = rendered.ext === 'pdf' ? await printCached(rendered.html) : rendered.ext === 'docx' ? rendered.bytes : new TextEncoder().encode(rendered.text);
      generated.push({ family: job.family, resume: job.content.id, bytes, truth });
    }
  };
  try {
    await Promise.all([work(), work()]);
  } finally {
    await closePrinter();
  }
  return generated;
}

/** A page printed to PDF, kept in the OS temp folder under the hash of its HTML: each layout prints once per change. */
async function printCached(html: string): Promise<Uint8Array> {
  const file = join(tmpdir(), 'liangdian-layouts', `${createHash('sha256').update(html).digest('hex').slice(0, 20)}.pdf`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    const pdf = await printPdf(html);
    await mkdir(join(tmpdir(), 'liangdian-layouts'), { recursive: true });
    // Written aside and renamed, so a run beside this one never reads half a file.
    await writeFile(`${file}.${process.pid}.part`, pdf);
    await rename(`${file}.${process.pid}.part`, file);
    return pdf;
  }
}

/** Writes the files and their truth under `out` (emptied first). */
export async function writeLayouts(out: string, generated: Generated[]): Promise<{ truthDir: string; corpusDir: string }> {
  const truthDir = join(out, 'truth');
  const corpusDir = join(out, 'corpus');
  await rm(out, { recursive: true, force: true });
  await mkdir(truthDir, { recursive: true });
  for (const item of generated) {
    await mkdir(join(corpusDir, item.family), { recursive: true });
    await writeFile(join(corpusDir, item.truth.file), item.bytes);
    await writeFile(join(truthDir, `${item.family}__${item.resume}.json`), `${JSON.stringify(item.truth, null, 2)}\n`);
  }
  return { truthDir, corpusDir };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: join('eval-results', 'layouts') }, family: { type: 'string', multiple: true }, resume: { type: 'string', multiple: true } },
  });
  const generated = await generateLayouts({ families: values.family, resumes: values.resume });
  const { truthDir, corpusDir } = await writeLayouts(values.out, generated);
  console.log(`wrote ${generated.length} resumes: truth in ${truthDir}, files in ${corpusDir}`);
}
