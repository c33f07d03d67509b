import { describe, expect, it } from 'vitest';
import { spanProblems } from './check.ts';
import { parseResume } from './index.ts';
import { readText } from './text.ts';

/** The lines of a text, each checked to read exactly its place in the document text. */
function linesOf(input: string) {
  const { text, lines } = readText(input);
  for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  return { text, lines };
}

describe('Markdown and builder markup', () => {
  it('reads # and setext headings, bold lines and rules as layout, and shows their words without the marks', () => {
    const { text, lines } = linesOf(
      ['# 林晓雯', '', '#教育经历', '**华东师范大学** | 新闻学', '', 'Experience', '----------', '__Community Manager__', 'Grew a *forum* to `21,000` members', '', '***', 'Skills'].join('\n'),
    );
    expect(lines.map((line) => [line.text, line.heading ?? 0, line.bold ?? false, line.ruled ?? false, line.gapBefore])).toEqual([
      ['林晓雯', 1, false, false, 0],
      ['教育经历', 1, false, false, 1],
      // Only a line bold from end to end is a bold line.
      ['华东师范大学 | 新闻学', 0, false, false, 0],
      ['Experience', 2, false, true, 1],
      ['Community Manager', 0, true, false, 1],
      ['Grew a forum to 21,000 members', 0, false, false, 0],
      ['Skills', 0, false, true, 2],
    ]);
    expect(linesOf('## Projects ##\n#1 seller of the quarter').lines.map((line) => [line.text, line.heading ?? 0])).toEqual([
      ['Projects', 2],
      ['#1 seller of the quarter', 0],
    ]);
    // Rules stay in the text (plain text shows them too); heading and emphasis marks do not.
    for (const mark of ['#', '**华', '__', '`', '*forum*']) expect(text).not.toContain(mark);
  });

  it('takes out fences, icons, attributes, images and table pipes; keeps link words and the address they point to', () => {
    const { text, lines } = linesOf(
      [
        '::: {.header}',
        '![photo](me.png) Jordan Lee',
        'icon:envelope[] jordan.lee@example.com · :fa-phone: +1 415 555 0134 · [LinkedIn](https://linkedin.com/in/jordanlee) · <https://jordanlee.dev>',
        ':::',
        '## Experience {#work .section}',
        '[Brightloop Inc.]{.org} | Community Manager',
        '| School | Degree | Dates |',
        '|:--|---|--:|',
        '| UC Davis | B.A. Communication | 2014 – 2018 |',
        'Saved 5\\*3 hours \\#ops',
      ].join('\n'),
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Jordan Lee',
      'jordan.lee@example.com · +1 415 555 0134 · LinkedIn (https://linkedin.com/in/jordanlee) · https://jordanlee.dev',
      'Experience',
      'Brightloop Inc. | Community Manager',
      'UC Davis | B.A. Communication | 2014 – 2018',
      'Saved 5*3 hours #ops',
    ]);
    // The table's header row is shown but names columns: it is no line of the resume.
    expect(text).toContain('School | Degree | Dates');
    expect(text).not.toMatch(/:::|icon:|\{\.|!\[|\]\(/);
    expect(lines[2]).toMatchObject({ heading: 2 });
    // The fence closing a block is a gap, like a blank line.
    expect(lines[2]!.gapBefore).toBe(1);
  });

  it('reads a line a LinkedIn profile pasted twice over once', () => {
    const { lines } = linesOf('Sr. Reliability EngineerSr. Reliability Engineer\nThe Walt Disney Company The Walt Disney Company\nLed Led');
    expect(lines.map((line) => line.text)).toEqual(['Sr. Reliability Engineer', 'The Walt Disney Company', 'Led Led']);
  });

  // Unclosed marks: each took 8–35 s through patterns that scanned to the line's end from every mark.
  it.each([
    ['bold marks', '**x '.repeat(25_000)],
    ['underscores', '__x '.repeat(25_000)],
    ['links', '[a]('.repeat(25_000)],
    ['images', '!['.repeat(50_000)],
    ['icons', 'icon:a['.repeat(14_000)],
    ['tags', '<a '.repeat(33_000)],
    ['brackets', '['.repeat(100_000)],
  ])('reads a 100,000-character line of unclosed %s in linear time', (_, line) => {
    const started = performance.now();
    expect(linesOf(line).lines).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps Traditional Chinese as written', () => {
    const { lines } = linesOf('## 工作經歷\n- 負責專案管理，營收成長 30%');
    expect(lines.map((line) => line.text)).toEqual(['工作經歷', '- 負責專案管理，營收成長 30%']);
  });

  it('a Markdown resume reads into sections, entries and bullets, with every span on the shown words', async () => {
    const document = await parseResume({
      text: [
        '# Jordan Lee',
        'icon:envelope[] jordan.lee@example.com | [LinkedIn](https://linkedin.com/in/jordanlee)',
        '',
        '## Experience',
        '**Community Manager** | *Brightloop Inc.* | Jun 2020 – Present',
        '- Grew **monthly active members** from 8,000 to 21,000 in 9 months',
        '- Cut median first-response time by 45%',
        '',
        '## Education',
        '| UC Davis | B.A. Communication | 2014 – 2018 |',
      ].join('\n'),
    });
    expect(document.sections.map((section) => [section.title, section.kind])).toEqual([
      ['', 'profile'],
      ['Experience', 'experience'],
      ['Education', 'education'],
    ]);
    const [job] = document.sections[1]!.entries;
    expect(job).toMatchObject({ heading: 'Community Manager', organisation: 'Brightloop Inc.', dates: { start: '2020-06', end: 'present' } });
    expect(job!.bullets.map((bullet) => bullet.text)).toEqual(['Grew monthly active members from 8,000 to 21,000 in 9 months', 'Cut median first-response time by 45%']);
    expect(document.contact.urls.map((url) => url.value)).toContain('https://linkedin.com/in/jordanlee');
    expect(spanProblems(document)).toEqual([]);
  });
});

describe('resumes copied out of an online builder', () => {
  it('marks a line that is only a date range as an aside of the entry heading', () => {
    const { lines } = linesOf('Community Manager\nBrightloop Inc.\nJun 2020 – Present\nGrew the forum to 21,000 members in 2021');
    expect(lines.map((line) => line.aside ?? false)).toEqual([false, false, true, false]);
  });

  it.each([
    [
      'en',
      'Jordan Lee\njordan.lee@example.com\n\nExperience\n\nCommunity Manager\nBrightloop Inc.\nJun 2020 – Present\nGrew monthly active members from 8,000 to 21,000\nCut median first-response time by 45%\n\nOperations Associate\nParcelwise\nMar 2018 – May 2020\nBuilt a returns dashboard that cut refund costs by $120K a year',
      [
        ['Community Manager', 'Brightloop Inc.', '2020-06', 2],
        ['Operations Associate', 'Parcelwise', '2018-03', 1],
      ],
    ],
    [
      'zh',
      '林晓雯\n138 0013 8000\n\n工作经历\n\n社区运营主管\n星河互动科技有限公司\n2021.07 - 至今\n主导社区积分体系改版，月活跃用户从 12 万提升到 20 万\n负责日常内容审核\n\n用户运营专员\n青柠电商\n2019.03 - 2021.06\n搭建用户分层体系，复购率提升 18%',
      [
        ['社区运营主管', '星河互动科技有限公司', '2021-07', 2],
        ['用户运营专员', '青柠电商', '2019-03', 1],
      ],
    ],
  ])('reads entries whose title, company and dates sit on their own lines (%s)', async (_, text, expected) => {
    const document = await parseResume({ text });
    const experience = document.sections.find((section) => section.kind === 'experience')!;
    expect(experience.entries.map((entry) => [entry.heading, entry.organisation, entry.dates?.start, entry.bullets.length])).toEqual(expected);
    expect(spanProblems(document)).toEqual([]);
  });

  it('takes the prose under a dated project name for its first bullet, not its organisation', async () => {
    const document = await parseResume({
      text: 'Jordan Lee\njordan.lee@example.com\n\nProjects\n\nqueuekit\nMar 2022 – Present\nSmall job queue for Node services, 800 stars\nUsed by two payment teams in production\n\nReferral Launch\nMar 2023 – Jun 2023\nDesigned reward tiers with one designer and one engineer\nReferrals grew to 18% of new sign-ups',
    });
    const projects = document.sections.find((section) => section.kind === 'projects')!;
    expect(projects.entries.map((entry) => [entry.heading, entry.organisation ?? null, entry.bullets.length])).toEqual([
      ['queuekit', null, 2],
      ['Referral Launch', null, 2],
    ]);
  });
});
