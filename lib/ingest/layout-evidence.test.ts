import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../document/schema.ts';
import { spanProblems } from './check.ts';
import { parseResume } from './index.ts';

/** A run of text on a page: x and y in points from the top-left, y at the baseline. */
interface Run {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

/** An A4 PDF with each run drawn where it is asked to be, in Helvetica (bold where asked). */
async function pdfOf(pages: Run[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const runs of pages) {
    const page = pdf.addPage([595, 842]);
    for (const run of runs) page.drawText(run.text, { x: run.x, y: 842 - run.y, size: run.size ?? 10, font: run.bold ? bold : regular });
  }
  return pdf.save();
}

const parsePdf = async (pages: Run[][]) => parseResume({ bytes: await pdfOf(pages), fileName: 'test.pdf' });
const titles = (document: ResumeDocument) => document.sections.map((section) => `${section.kind}:${section.title}`);
const entry = (document: ResumeDocument, kind: string, index = 0) => document.sections.find((section) => section.kind === kind)!.entries[index]!;

/** Lines one under another from `y`, 14 points apart, at `x` unless a line says otherwise (bullets drawn without a marker, indented). */
const stack = (x: number, y: number, lines: Array<string | Omit<Run, 'x' | 'y'> & { x?: number }>, step = 14): Run[] =>
  lines.map((line, i) => ({ x, ...(typeof line === 'string' ? { text: line } : line), y: y + i * step }));

describe('cleaning the text layer', () => {
  it('reads text overprinted to look bold once', async () => {
    const heading = (text: string, y: number): Run[] => [0, 0.25, 0.5].map((dx) => ({ text, x: 50 + dx, y, size: 12, bold: true }));
    const document = await parsePdf([
      [
        { text: 'Dana Lopez', x: 50, y: 60, size: 16 },
        ...heading('Experience', 100),
        ...stack(50, 120, ['Operations Manager, Acme Co  2021 - 2023', '- Cut monthly close time 30% across four teams.']),
        ...heading('Education', 170),
        ...stack(50, 190, ['B.S. in Business, UC Berkeley  2013 - 2017']),
      ],
    ]);
    expect(document.text).not.toMatch(/ExperienceExperience|EEx/);
    expect(titles(document)).toEqual(['profile:', 'experience:Experience', 'education:Education']);
    expect(entry(document, 'experience').bullets.map((bullet) => bullet.text)).toEqual(['Cut monthly close time 30% across four teams.']);
  });

  it('drops a bare page number at the foot of a page, and keeps a heading that ends in a date range', async () => {
    const document = await parsePdf([
      [
        { text: 'Dana Lopez', x: 50, y: 60, size: 16 },
        { text: 'Education', x: 50, y: 100, size: 12, bold: true },
        { text: 'B.S. in Business', x: 50, y: 120 },
        { text: '2015/09 - 2019/06', x: 450, y: 120 },
        { text: 'Graduated with honours in a class of 300.', x: 50, y: 134 },
        { text: '1', x: 295, y: 810 },
      ],
    ]);
    expect(document.text).toContain('B.S. in Business');
    expect(document.text.split('\n')).not.toContain('1');
    expect(entry(document, 'education').dates).toMatchObject({ start: '2015-09', end: '2019-06' });
  });
});

describe('rows and items', () => {
  it('reads a grid of courses as one item per cell, under its entry, with a title word as their label', async () => {
    const cell = (text: string, x: number, y: number): Run => ({ text: `- ${text}`, x, y });
    const document = await parsePdf([
      [
        { text: 'Dana Lopez', x: 50, y: 60, size: 16 },
        { text: 'Education', x: 50, y: 100, size: 12, bold: true },
        { text: 'University of California', x: 50, y: 120, bold: true },
        { text: 'June 2023', x: 480, y: 120 },
        { text: 'BS in Computer Engineering', x: 50, y: 134 },
        { text: 'Coursework', x: 50, y: 152, bold: true },
        cell('Operating Systems', 50, 166),
        cell('Signal Processing', 200, 166),
        cell('Analog Circuits', 350, 166),
        cell('Digital Logic', 50, 180),
        cell('Data Structures', 200, 180),
        cell('Compilers', 350, 180),
        { text: 'Experience', x: 50, y: 214, size: 12, bold: true },
        { text: 'Software Engineer Intern, Viasat Inc.', x: 50, y: 234, bold: true },
        { text: 'June 2022 - Sept 2022', x: 450, y: 234 },
        { text: '- Loaded packet processing to ARM platforms for a 10x speedup', x: 50, y: 248 },
      ],
    ]);
    const education = document.sections.find((section) => section.kind === 'education')!;
    expect(education.entries).toHaveLength(1);
    expect(education.entries[0]!.bullets.map((bullet) => bullet.text).slice(-6)).toEqual(['Operating Systems', 'Signal Processing', 'Analog Circuits', 'Digital Logic', 'Data Structures', 'Compilers']);
    expect(spanProblems(document)).toEqual([]);
  });

  it('a list item that opens with dates and names a project heads the lines under it', async () => {
    const document = await parseResume({
      text: ['林晓雯', '', '项目经历', '• 2020.1-2020.2 社群裂变活动', '  策划三轮裂变活动，新增用户 3 万，获客成本下降 40%。', '• 2019.6-2019.9 会员体系搭建', '  设计积分与等级规则，复购率提升 12%。'].join('\n'),
    });
    const projects = document.sections.find((section) => section.kind === 'projects')!;
    expect(projects.entries.map((item) => [item.heading, item.dates?.start, item.bullets.length])).toEqual([
      ['社群裂变活动', '2020-01', 1],
      ['会员体系搭建', '2019-06', 1],
    ]);
  });
});

describe('columns', () => {
  it('reads two equal columns on one line grid column by column, with a footer read beside the header', async () => {
    const left = stack(40, 140, [
      { text: 'Education', size: 12, bold: true },
      '2015 - 2019 - University of Bremen',
      { text: 'Bachelor Studies Digital Media', bold: true },
      { text: 'Fundamentals in computer science and design', x: 58 },
      { text: 'Thesis on keyboards for new readers of text', x: 58 },
      '2019 - 2021 - University of Bremen',
      { text: 'Master Studies Digital Media', bold: true },
      { text: 'Research methods and software development', x: 58 },
    ]);
    const right = stack(305, 140, [
      { text: 'Experience', size: 12, bold: true },
      '2021 - 2024 - Example Software GmbH',
      { text: 'Fullstack Engineer', bold: true },
      { text: 'Built a classroom tool used by 40 schools', x: 323 },
      { text: 'Designed the architecture of the platform', x: 323 },
      '2019 - 2021 - University of Bremen',
      { text: 'Research Assistant', bold: true },
      { text: 'Wrote an assessment framework for trainees', x: 323 },
    ]);
    const document = await parsePdf([
      [{ text: 'Jan Example · Software Engineer · Bremen, Germany · jan@example.com', x: 40, y: 60 }, ...left, ...right, { text: 'www.example.com', x: 200, y: 810 }, { text: 'github.com/example', x: 310, y: 810 }],
    ]);
    expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toContain('two-columns');
    expect(titles(document)).toEqual(['profile:', 'education:Education', 'experience:Experience']);
    const experience = document.sections.find((section) => section.kind === 'experience')!;
    expect(experience.entries.map((item) => [item.heading, item.organisation])).toEqual([
      ['Fullstack Engineer', 'Example Software GmbH'],
      ['Research Assistant', 'University of Bremen'],
    ]);
    expect(experience.entries[0]!.bullets.map((bullet) => bullet.text)).toEqual(['Built a classroom tool used by 40 schools', 'Designed the architecture of the platform']);
    // The footer's links are read with the header, where the contact block is.
    expect(document.contact.urls.map((url) => url.value)).toEqual(expect.arrayContaining(['www.example.com', 'github.com/example']));
    expect(spanProblems(document)).toEqual([]);
  });

  it('finds the titles of a main column whose font is smaller than the sidebar titles', async () => {
    const main = [
      { text: 'STATUS', x: 45, y: 120, bold: true },
      { text: 'Fullstack engineer focused on education and healthcare software.', x: 30, y: 140 },
      { text: 'EXPERIENCE', x: 45, y: 175, bold: true },
      { text: 'Fullstack Engineer    University of Bremen, 2016 - 2020', x: 30, y: 195, bold: true },
      { text: 'Built a classroom management tool with Meteor and React', x: 40, y: 212 },
      { text: 'EDUCATION', x: 45, y: 250, bold: true },
      { text: 'M.Sc. Digital Media    University of Bremen, 2013 - 2015', x: 30, y: 270, bold: true },
      { text: 'Wrote a thesis on the scoring of spreadsheet tasks', x: 40, y: 287 },
      ...stack(30, 320, ['Completed a semester abroad in Melbourne, Australia', 'Took part in a research group on e-assessment', 'Tutored first-year students in programming']),
    ];
    const sidebar = [
      ...stack(450, 120, [{ text: 'CONTACT', size: 12 }, 'Bremen, Germany', 'jan@example.com']),
      ...stack(450, 200, [{ text: 'SKILLS', size: 12 }, 'JavaScript', 'MongoDB', 'Git']),
      ...stack(450, 280, [{ text: 'LANGUAGES', size: 12 }, 'German', 'English']),
    ];
    const document = await parsePdf([[{ text: 'JAN EXAMPLE', x: 30, y: 60, size: 24 }, ...main, ...sidebar]]);
    expect(titles(document)).toEqual(expect.arrayContaining(['other:STATUS', 'experience:EXPERIENCE', 'education:EDUCATION', 'skills:SKILLS']));
    expect(entry(document, 'experience').bullets.map((bullet) => bullet.text)).toEqual(['Built a classroom management tool with Meteor and React']);
  });
});

describe('entries, whatever the source', () => {
  it('a label line (职责：, Responsibilities:) is neither a bullet nor a new entry', async () => {
    const document = await parseResume({
      text: ['林晓雯', '', '工作经历', '星河科技有限公司 - 互联网 - 运营经理  2021/07 – 至今', '负责社群运营与活动策划。', '职责：', '- 搭建会员体系，覆盖 3 万用户', '产出：', '- 复购率提升 12%'].join('\n'),
    });
    const experience = document.sections.find((section) => section.kind === 'experience')!;
    expect(experience.entries).toHaveLength(1);
    expect(experience.entries[0]).toMatchObject({ organisation: '星河科技有限公司', title: '运营经理' });
    expect(experience.entries[0]!.bullets.map((bullet) => bullet.text)).toEqual(['负责社群运营与活动策划。', '搭建会员体系，覆盖 3 万用户', '复购率提升 12%']);
  });

  it('a labelled detail after the description stays in the entry', async () => {
    const document = await parseResume({
      text: ['Dana Lopez', '', 'Education', 'B.S. in Business, UC Berkeley  2013 - 2017', '- Graduated with honours', 'GPA: 3.9 / 4.0'].join('\n'),
    });
    const education = document.sections.find((section) => section.kind === 'education')!;
    expect(education.entries).toHaveLength(1);
    expect(education.entries[0]!.bullets.map((bullet) => bullet.text)).toEqual(['Graduated with honours', 'GPA: 3.9 / 4.0']);
  });

  it('reads title, organisation and place apart, in either order', async () => {
    const document = await parseResume({
      text: [
        'Dana Lopez',
        '',
        'Experience',
        'Operations Manager — Acme Co, San Francisco, CA  Jan 2021 – Present',
        '- Cut monthly close time 30% across four teams.',
        '',
        'Globex, Support Lead | 2 years 3 months | Jun 2017 – Dec 2020',
        '- Built a triage process that halved first-response time.',
      ].join('\n'),
    });
    expect(entry(document, 'experience', 0)).toMatchObject({ heading: 'Operations Manager', title: 'Operations Manager', organisation: 'Acme Co', location: 'San Francisco, CA' });
    expect(entry(document, 'experience', 1)).toMatchObject({ heading: 'Support Lead', title: 'Support Lead', organisation: 'Globex' });
  });
});

describe('contact and diagnostics', () => {
  it('the name is never a section title, and a handle after it is left out', async () => {
    const document = await parseResume({ text: ['About Me', 'Yihong (yihong0618)', 'yihong@example.com', '', 'Experience', 'Engineer, Example Co  2020 - 2023', '- Built tools'].join('\n') });
    expect(document.contact.name?.value).toBe('Yihong');
  });

  it('says when no experience, projects or education could be read', async () => {
    const unread = await parseResume({ text: 'Dana Lopez\ndana@example.com\nI like to work with people and I am a fast learner.' });
    expect(unread.diagnostics.map((diagnostic) => diagnostic.code)).toContain('structure-unread');
    const read = await parseResume({ text: ['Dana Lopez', '', 'Experience', 'Engineer, Example Co  2020 - 2023', '- Built tools'].join('\n') });
    expect(read.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('structure-unread');
  });
});
