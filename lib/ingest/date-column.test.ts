import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePdf } from '../../server/fixtures.ts';
import type { ResumeDocument } from '../document/schema.ts';
import { spanProblems } from './check.ts';
import { parseResume } from './index.ts';

const documents: Record<string, ResumeDocument> = {};
beforeAll(async () => {
  for (const name of ['zh-date-column', 'en-date-column']) documents[name] = await parseResume({ bytes: await fixturePdf(name), fileName: `${name}.pdf` });
});

const entriesOf = (document: ResumeDocument, kind: string) =>
  document.sections.find((section) => section.kind === kind)!.entries.map((entry) => ({
    heading: [entry.heading, entry.organisation].filter(Boolean).join(' | '),
    dates: entry.dates && [entry.dates.start, entry.dates.end],
    bullets: entry.bullets.length,
  }));

describe('dates in a column of their own at the left', () => {
  it('pair with the entry beside them, and the heading reads whole', () => {
    expect(entriesOf(documents['zh-date-column']!, 'experience')).toEqual([
      { heading: '内容运营主管 | 澄明生活', dates: ['2022-03', 'present'], bullets: 2 },
      { heading: '新媒体运营 | 青禾教育', dates: ['2021-07', '2022-02'], bullets: 2 },
    ]);
    expect(entriesOf(documents['en-date-column']!, 'experience')).toEqual([
      { heading: 'Growth Operations Lead | Larkspur Health', dates: ['2021-03', 'present'], bullets: 2 },
      { heading: 'Community Manager | Fernwood Books', dates: ['2018-06', '2021-02'], bullets: 1 },
    ]);
  });
  it('a range stacked as two rows beside a heading and its detail line is one range', () => {
    const [school] = entriesOf(documents['zh-date-column']!, 'education');
    expect(school).toMatchObject({ dates: ['2017-09', '2021-06'], bullets: 1 });
    expect(school!.heading).toContain('华东示范大学');
  });
  it('years beside a list of awards stay with their own lines, not paired into ranges', () => {
    const awards = documents['en-date-column']!.sections.find((section) => section.kind === 'awards')!;
    const text = documents['en-date-column']!.text;
    const lines = awards.lines.map((line) => text.slice(line.span.start, line.span.end));
    expect(lines.filter((line) => /^\d{4}$/.test(line))).toEqual(['2023', '2021', '2019']);
    expect(lines.findIndex((line) => line === '2021')).toBe(lines.findIndex((line) => line.startsWith('Community Builder')) + 1);
  });
  it('a title written inline with its content starts its section', () => {
    const document = documents['zh-date-column']!;
    const skills = document.sections.at(-1)!;
    expect({ kind: skills.kind, title: skills.title }).toEqual({ kind: 'skills', title: '专业技能' });
    expect(skills.lines.map((line) => line.text)).toEqual(['Excel、SQL、剪映、秀米、新榜数据分析', '语言能力：英语 CET-6，普通话二级甲等']);
    expect(document.sections.find((section) => section.kind === 'experience')!.entries.at(-1)!.bullets).toHaveLength(2);
  });
  it('a link the header wraps over two lines is read whole', () => {
    expect(documents['zh-date-column']!.contact.urls.map((field) => field.value)).toEqual(['https://portfolio.example.com/zhouruoxi/content-operations-2024']);
  });
  it('spans stay exact', () => {
    for (const document of Object.values(documents)) expect(spanProblems(document)).toEqual([]);
  });
});
