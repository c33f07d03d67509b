import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreAll, scoreFile, SectionsTruth } from '../eval/sections.ts';
import { outline, spanProblems } from './check.ts';
import { parseResume } from './index.ts';

// Third-party resumes, read at run time and never copied: ../shared (or LIANGDIAN_SHARED).
const shared = process.env.LIANGDIAN_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
const corpus = join(shared, 'corpus');
const available = existsSync(corpus);

async function parse(path: string) {
  return parseResume({ bytes: new Uint8Array(await readFile(join(corpus, path))), fileName: path });
}

describe.skipIf(!available)('shared corpus', () => {
  it('reads the Chinese headings of a LaTeX resume whose icons come before them', async () => {
    const document = await parse('FengMengZhao__LaTeX_generate_Chinese_resume/src/fmz_resume_web.pdf');
    expect(document.sections.map((section) => section.title)).toEqual(expect.arrayContaining(['教育背景', '项目', 'IT 技能']));
    expect(spanProblems(document)).toEqual([]);
  });

  it('reports the digits a PDF lost, and reads its two columns one after the other', async () => {
    const document = await parse('dyweb__Deedy-Resume-for-Chinese/docs/resume-cn.pdf');
    const codes = document.diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain('lost-digits');
    expect(codes).toContain('two-columns');
    expect(document.text).not.toMatch(/[\u2F00-\u2FD5]/);
    const titles = document.sections.map((section) => section.title).filter(Boolean);
    expect(titles.indexOf('技能')).toBeLessThan(titles.indexOf('实习经历'));
  });

  it.each(['deedy__Deedy-Resume/MacFonts/deedy_resume.pdf', 'deedy__Deedy-Resume/OpenFonts/deedy_resume-openfont.pdf'])(
    'reads the Deedy two-column layout column by column: %s',
    async (path) => {
      const document = await parse(path);
      expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toContain('two-columns');
      // Left column (education, links, coursework, skills) before the right (experience, research, awards, publications).
      expect(document.sections.map((section) => section.kind).filter((kind) => kind !== 'profile')).toEqual([
        'education', 'resources', 'education', 'skills', 'experience', 'experience', 'awards', 'publications',
      ]);
      expect(spanProblems(document)).toEqual([]);
    },
  );

  it('reads a Word resume into the same structure as its PDF export', async () => {
    const docx = await parse('gitobic__SoupBoss/ref_data/resumes/01-Accountant.docx');
    const pdf = await parse('gitobic__SoupBoss/ref_data/resumes/01-Accountant.pdf');
    expect(docx.source.type).toBe('docx');
    const kinds = (document: typeof docx) => outline(document).map((section) => section.kind);
    expect(kinds(docx)).toEqual(kinds(pdf));
    const bullets = (document: typeof docx) => outline(document).flatMap((section) => section.entries.flatMap((entry) => entry.bullets));
    expect(bullets(docx).length).toBeGreaterThan(5);
    expect(bullets(docx)).toEqual(bullets(pdf));
    expect(spanProblems(docx)).toEqual([]);
  });

  it('normalises tab-separated words, soft hyphens and ligatures from real PDFs', async () => {
    const laverne = await parse('xitanggg__open-resume/public/resume-example/laverne-resume.pdf');
    expect(laverne.text).not.toMatch(/[\t\u00AD\u2010]/);
    const openresume = await parse('xitanggg__open-resume/public/resume-example/openresume-resume.pdf');
    expect(openresume.text).not.toMatch(/[\uFB00-\uFB06]/);
  });

  it('meets the section targets on the development set', async () => {
    const truthDir = join(shared, 'eval', 'sections');
    const files = [];
    for (const name of (await readdir(truthDir)).filter((file) => file.endsWith('.json')).sort()) {
      const truth = SectionsTruth.parse(JSON.parse(await readFile(join(truthDir, name), 'utf8')));
      files.push(scoreFile(truth, await parse(truth.file)));
    }
    const { overall } = scoreAll(files);
    expect(overall.titleRecall).toBeGreaterThanOrEqual(0.94);
    expect(overall.bulletRecall).toBeGreaterThanOrEqual(0.95);
  });
});
