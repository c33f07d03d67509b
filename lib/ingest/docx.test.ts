import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { spanProblems } from './check.ts';
import { inflate, readDocx } from './docx.ts';
import { IngestError, parseResume } from './index.ts';
import type { LayoutLine } from './layout.ts';

type Section = ISectionOptions;

async function build(sections: Section[], options: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ creator: 'Liangdian tests', ...options, sections })));
}

/** The lines a DOCX reads into, without the offsets placing them in the text. */
async function linesOf(bytes: Uint8Array): Promise<LayoutLine[]> {
  const { lines, text } = await readDocx(bytes);
  for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  return lines.map(({ start: _start, end: _end, ...line }) => line);
}

const texts = (lines: LayoutLine[]) => lines.map((line) => line.text);
const cell = (children: Paragraph[], percent: number) => new TableCell({ children, width: { size: percent, type: WidthType.PERCENTAGE } });
/** The lines of a document that is one table, given as its rows of cells. */
const tableLines = (rows: TableCell[][]) => build([{ children: [new Table({ rows: rows.map((children) => new TableRow({ children })) })] }]).then(linesOf);

describe('DOCX paragraphs', () => {
  it('keeps heading levels (also through a style based on a heading), weight, size, colour, capitals, shading and rules', async () => {
    const lines = await linesOf(
      await build(
        [
          {
            children: [
              new Paragraph({ children: [new TextRun({ text: 'Jordan Lee', size: 40, bold: true })], heading: HeadingLevel.TITLE }),
              new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: 'Projects', style: 'SectionTitle' }),
              new Paragraph({ children: [new TextRun({ text: 'Education', allCaps: true, color: '1F4E79' })], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F4E79', space: 1 } } }),
              new Paragraph({ children: [new TextRun({ text: 'Skills', smallCaps: true })], shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } }),
              new Paragraph({ children: [new TextRun({ text: 'Community Manager', bold: true }), new TextRun({ text: ', Brightloop Inc.', bold: true })] }),
              new Paragraph({ children: [new TextRun({ text: 'Ran a forum of ', size: 21 }), new TextRun({ text: '21,000', bold: true, size: 21 }), new TextRun({ text: ' members', size: 21 })] }),
            ],
          },
        ],
        { styles: { paragraphStyles: [{ id: 'SectionTitle', name: 'Section Title', basedOn: 'Heading2', next: 'Normal', run: { color: 'C00000' } }] } },
      ),
    );
    expect(texts(lines)).toEqual(['Jordan Lee', 'Experience', 'Projects', 'Education', 'Skills', 'Community Manager, Brightloop Inc.', 'Ran a forum of 21,000 members']);
    const [name, experience, projects, education, skills, heading, body] = lines;
    expect(name).toMatchObject({ fontSize: 20, bold: true });
    expect(name!.heading).toBeUndefined();
    expect(experience!.heading).toBe(1);
    expect(projects!.heading).toBe(2);
    expect(projects!.style).toContain('C00000');
    expect(education).toMatchObject({ caps: true, ruled: true });
    expect(skills).toMatchObject({ caps: true, shaded: true });
    expect(heading!.bold).toBe(true);
    // One bold number in a sentence does not make the line bold; its size is the body's.
    expect(body).toMatchObject({ fontSize: 10.5 });
    expect(body!.bold).toBeUndefined();
    expect(body!.style).not.toBe(heading!.style);
  });

  it('reads list numbering as list items with their depth, soft breaks inside an item as lines that carry it on, tabs as field breaks', async () => {
    const lines = await linesOf(
      await build(
        [
          {
            children: [
              new Paragraph({ children: [new TextRun('Community Manager'), new TextRun({ text: 'Jun 2020 – Present', break: 0 })].flatMap((run, i) => (i ? [new TextRun({ children: ['\t'] }), run] : [run])) }),
              new Paragraph({ text: 'Grew members from 8,000 to 21,000', bullet: { level: 0 } }),
              new Paragraph({ text: 'Weekly newsletter', bullet: { level: 1 } }),
              new Paragraph({ children: [new TextRun('Cut response time by 45%'), new TextRun({ text: 'through a triage rota', break: 1 })], numbering: { reference: 'steps', level: 0 } }),
              new Paragraph({ text: 'Not a list item: this list level shows no marker', numbering: { reference: 'silent', level: 0 } }),
            ],
          },
        ],
        {
          numbering: {
            config: [
              { reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
              { reference: 'silent', levels: [{ level: 0, format: LevelFormat.NONE, text: '', alignment: AlignmentType.START }] },
            ],
          },
        },
      ),
    );
    expect(texts(lines)).toEqual([
      'Community Manager Jun 2020 – Present',
      'Grew members from 8,000 to 21,000',
      'Weekly newsletter',
      'Cut response time by 45%',
      'through a triage rota',
      'Not a list item: this list level shows no marker',
    ]);
    expect(lines[0]!.breaks).toEqual(['Community Manager '.length]);
    expect(lines.map((line) => [line.listItem ?? false, line.indent])).toEqual([
      [false, 0],
      [true, 1],
      [true, 2],
      [true, 1],
      [false, 2],
      [false, 0],
    ]);
  });

  it('closes up a Chinese title spread out with spaces, and keeps Traditional Chinese as written', async () => {
    const lines = await linesOf(await build([{ children: [new Paragraph({ children: [new TextRun({ text: '工　作　經　歷', bold: true })] }), new Paragraph('負責專案管理與數據分析，營收成長 30%')] }]));
    expect(texts(lines)).toEqual(['工作經歷', '負責專案管理與數據分析，營收成長 30%']);
  });

  it('counts empty paragraphs as the gap before a line', async () => {
    const lines = await linesOf(await build([{ children: [new Paragraph('Summary'), new Paragraph(''), new Paragraph(''), new Paragraph('Operations lead')] }]));
    expect(lines.map((line) => line.gapBefore)).toEqual([0, 2]);
  });
});

describe('DOCX tables', () => {
  it('reads cells in row order, each cell whole: a two-column layout is not interleaved', async () => {
    const lines = await tableLines([
      [
        cell([new Paragraph({ text: 'Skills', heading: HeadingLevel.HEADING_2 }), new Paragraph('Excel'), new Paragraph('SQL')], 30),
        cell([new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_2 }), new Paragraph('Community Manager, Brightloop'), new Paragraph('Ran the forum')], 70),
      ],
    ]);
    expect(texts(lines)).toEqual(['Skills', 'Excel', 'SQL', 'Experience', 'Community Manager, Brightloop', 'Ran the forum']);
  });

  it('puts a date column beside the paragraphs it stands level with, as asides', async () => {
    const lines = await tableLines([
      [
        cell([new Paragraph('社区运营主管 星河互动科技有限公司'), new Paragraph('负责社群日常运营'), new Paragraph('用户运营专员 青柠电商'), new Paragraph('搭建用户分层体系')], 75),
        cell([new Paragraph('2021.07 - 至今'), new Paragraph(''), new Paragraph('2019.03 - 2021.06'), new Paragraph('')], 25),
      ],
    ]);
    expect(lines.map((line) => [line.text, line.aside ?? false])).toEqual([
      ['社区运营主管 星河互动科技有限公司', false],
      ['2021.07 - 至今', true],
      ['负责社群日常运营', false],
      ['用户运营专员 青柠电商', false],
      ['2019.03 - 2021.06', true],
      ['搭建用户分层体系', false],
    ]);
  });

  it('reads a row of one-line cells as one line of fields; a "Label:" cell goes with its content', async () => {
    const lines = await tableLines([
      [cell([new Paragraph('Brightloop Inc.')], 40), cell([new Paragraph('Community Manager')], 40), cell([new Paragraph('2020 – 2023')], 20)],
      [cell([new Paragraph({ children: [new TextRun({ text: 'Languages:', bold: true })] })], 30), cell([new Paragraph('English, Spanish')], 70)],
      [cell([new Paragraph({ children: [new TextRun({ text: 'Education', bold: true })], shading: { type: ShadingType.CLEAR, fill: 'EEEEEE' } })], 30), cell([new Paragraph('UC Davis')], 70)],
      // A paragraph beside a paragraph is two columns, not two fields.
      [cell([new Paragraph('Grew the forum from 8,000 to 21,000 members in nine months')], 50), cell([new Paragraph('Ran weekly office hours for new moderators')], 50)],
    ]);
    expect(texts(lines)).toEqual([
      'Brightloop Inc. Community Manager 2020 – 2023',
      'Languages: English, Spanish',
      'Education',
      'UC Davis',
      'Grew the forum from 8,000 to 21,000 members in nine months',
      'Ran weekly office hours for new moderators',
    ]);
    expect(lines[0]!.breaks).toEqual([16, 34]);
    expect(lines[2]!.shaded).toBe(true);
  });
});

/** A package with the document part rewritten by `edit` (for markup the docx package does not write). */
async function rewrite(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('DOCX text boxes, headers and footers', () => {
  it('reads a text box once, where it is anchored, even when the file holds a DrawingML and a VML copy of it', async () => {
    const bytes = await build([{ children: [new Paragraph('Jordan Lee'), new Textbox({ children: [new Paragraph('WORK EXPERIENCE')], style: { width: '300pt', height: '24pt' } }), new Paragraph('Community Manager, Brightloop')] }]);
    expect(texts(await linesOf(bytes))).toEqual(['Jordan Lee', 'WORK EXPERIENCE', 'Community Manager, Brightloop']);
    // Word writes each box twice: mc:Choice (DrawingML) and mc:Fallback (VML).
    const doubled = await rewrite(bytes, (xml) =>
      xml.replace(/<w:pict>[\s\S]*?<\/w:pict>/, (pict) => `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${pict}</mc:Choice><mc:Fallback>${pict}</mc:Fallback></mc:AlternateContent>`),
    );
    expect(texts(await linesOf(doubled))).toEqual(['Jordan Lee', 'WORK EXPERIENCE', 'Community Manager, Brightloop']);
  });

  it('reads header and footer parts; drops page numbers and a running head the body already says', async () => {
    const bytes = await build([
      {
        headers: { default: new Header({ children: [new Paragraph('Jordan Lee'), new Paragraph('jordan.lee@example.com | +1 415 555 0134')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }), new Paragraph('References on request')] }) },
        children: [new Paragraph({ text: 'Jordan Lee', heading: HeadingLevel.TITLE }), new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1 })],
      },
    ]);
    expect(texts(await linesOf(bytes))).toEqual(['jordan.lee@example.com | +1 415 555 0134', 'Jordan Lee', 'Experience', 'References on request']);
    const document = await parseResume({ bytes });
    expect(document.contact.emails.map((email) => email.value)).toEqual(['jordan.lee@example.com']);
  });

  it('drops old footers typed into the body (the name and a page number counting on), keeps numbered headings', async () => {
    const lines = await linesOf(
      await build([
        {
          children: ['Jordan Lee', 'Project 1', 'Ran the forum', 'JORDAN LEE · RÉSUMÉ 1', 'Project 2', 'Cut response time by 45%', 'JORDAN LEE · RÉSUMÉ 2'].map((text) => new Paragraph(text)),
        },
      ]),
    );
    expect(texts(lines)).toEqual(['Jordan Lee', 'Project 1', 'Ran the forum', 'Project 2', 'Cut response time by 45%']);
  });

  it('reads elements through their namespace, whatever prefix the producer chose', async () => {
    const bytes = await build([{ children: [new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1 }), new Paragraph({ text: 'Ran the forum', bullet: { level: 0 } })] }]);
    const renamed = await rewrite(bytes, (xml) => xml.replace(/xmlns:w=/, 'xmlns:ns0=').replace(/<(\/?)w:/g, '<$1ns0:').replace(/ w:/g, ' ns0:'));
    expect(await linesOf(renamed)).toEqual(await linesOf(bytes));
  });

  it('stops unpacking a part that grows past its limit (a zip bomb)', async () => {
    const zip = new JSZip().file('word/document.xml', ' '.repeat(4 * 1024 * 1024));
    const bomb = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await expect(inflate(bomb.file('word/document.xml')!, 1024 * 1024)).rejects.toThrow(/more than 1048576 bytes/);
    expect(await inflate(bomb.file('word/document.xml')!)).toHaveLength(4 * 1024 * 1024);
  });

  it('a package whose document part is not XML is corrupt', async () => {
    const bytes = await rewrite(await build([{ children: [new Paragraph('Jordan Lee')] }]), (xml) => xml.replace('</w:body>', ''));
    await expect(readDocx(bytes)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocx(bytes)).rejects.toBeInstanceOf(IngestError);
  });
});

describe('DOCX resumes through parseResume', () => {
  it('a Word list used for bold, dated entry headings reads as entries with their paragraphs as bullets', async () => {
    const title = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const heading = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], bullet: { level: 0 } });
    const bytes = await build([
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: '林晓雯', bold: true, size: 44 })] }),
          new Paragraph('电话：138 0013 8000'),
          title('工作经历'),
          heading('2021.07-至今 星河互动科技有限公司 社区运营主管'),
          new Paragraph('主导社区积分体系改版，3 个月内月活跃用户从 12 万提升到 20 万，增长 66%。'),
          heading('2019.03-2021.06 青柠电商 用户运营专员'),
          new Paragraph('搭建用户分层体系，复购率提升 18%。'),
          title('专业技能'),
          new Paragraph({ text: '熟练使用 Excel、SQL 做用户数据分析', bullet: { level: 0 } }),
        ],
      },
    ]);
    const document = await parseResume({ bytes });
    const work = document.sections.find((section) => section.kind === 'experience')!;
    expect(work.entries.map((entry) => [entry.dates?.start, entry.bullets.map((bullet) => bullet.text)])).toEqual([
      ['2021-07', ['主导社区积分体系改版，3 个月内月活跃用户从 12 万提升到 20 万，增长 66%。']],
      ['2019-03', ['搭建用户分层体系，复购率提升 18%。']],
    ]);
    expect(document.sections.find((section) => section.kind === 'skills')!.lines.map((line) => line.text)).toEqual(['熟练使用 Excel、SQL 做用户数据分析']);
    expect(spanProblems(document)).toEqual([]);
  });

  it('a table-based resume with a date column reads into sections, entries and bullets', async () => {
    const title = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true, size: 28, color: '404040' })] });
    const bytes = await build([
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: '林晓雯', bold: true, size: 36 })] }),
          new Paragraph('电话：138 0013 8000 | 邮箱：linxiaowen.ops@example.com'),
          new Table({
            rows: [
              new TableRow({ children: [cell([title('工作经历')], 100)] }),
              new TableRow({
                children: [
                  cell(
                    [
                      new Paragraph({ children: [new TextRun({ text: '社区运营主管 | 星河互动科技有限公司', bold: true })] }),
                      new Paragraph({ text: '主导社区积分体系改版，月活跃用户从 12 万提升到 20 万', bullet: { level: 0 } }),
                      new Paragraph({ text: '搭建 KOL 合作体系，带来 3 万新用户', bullet: { level: 0 } }),
                      new Paragraph({ children: [new TextRun({ text: '用户运营专员 | 青柠电商', bold: true })] }),
                      new Paragraph({ text: '搭建用户分层体系，复购率提升 18%', bullet: { level: 0 } }),
                    ],
                    78,
                  ),
                  cell([new Paragraph('2021.07 - 至今'), new Paragraph(''), new Paragraph(''), new Paragraph('2019.03 - 2021.06'), new Paragraph('')], 22),
                ],
              }),
              new TableRow({ children: [cell([title('教育背景')], 100)] }),
              new TableRow({ children: [cell([new Paragraph('华东师范大学 | 新闻学 本科')], 78), cell([new Paragraph('2015.09 - 2019.06')], 22)] }),
            ],
          }),
        ],
      },
    ]);
    const document = await parseResume({ bytes });
    expect(document.sections.map((section) => [section.title, section.kind])).toEqual([
      ['', 'profile'],
      ['工作经历', 'experience'],
      ['教育背景', 'education'],
    ]);
    expect(document.sections[1]!.entries.map((entry) => [entry.heading, entry.organisation, entry.dates?.start, entry.dates?.end, entry.bullets.length])).toEqual([
      ['社区运营主管', '星河互动科技有限公司', '2021-07', 'present', 2],
      ['用户运营专员', '青柠电商', '2019-03', '2021-06', 1],
    ]);
    const [school] = document.sections[2]!.entries;
    expect([school!.heading, school!.organisation]).toContain('华东师范大学');
    expect(school!.dates).toMatchObject({ start: '2015-09', end: '2019-06' });
    expect(document.contact.name?.value).toBe('林晓雯');
    expect(spanProblems(document)).toEqual([]);
  });
});
