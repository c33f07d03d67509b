import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ResumeDocument } from '../document/schema.ts';
import { spanProblems } from './check.ts';
import { IngestError, PARSE_LIMITS, parseResume } from './index.ts';

const fixture = (name: string) => readFile(new URL(`../../fixtures/resumes/${name}`, import.meta.url), 'utf8');

describe('parseResume on pasted text', () => {
  it('reads a Chinese operations resume into sections, entries, bullets and contact', async () => {
    const document = ResumeDocument.parse(await parseResume({ text: await fixture('zh-ops.txt') }));
    expect(document.language).toBe('zh');
    expect(document.source).toEqual({ type: 'text', bytes: expect.any(Number) });
    expect(document.sections.map((section) => [section.title, section.kind])).toEqual([
      ['', 'profile'], ['工作经历', 'experience'], ['项目经验', 'projects'], ['拥有资源', 'resources'],
      ['专业技能', 'skills'], ['教育背景', 'education'], ['自我评价', 'summary'],
    ]);
    const work = document.sections[1]!;
    expect(work.entries.map((entry) => [entry.heading, entry.organisation, entry.dates?.start, entry.dates?.end])).toEqual([
      ['社区运营主管', '星河互动科技有限公司', '2021-07', 'present'],
      ['用户运营专员', '青柠电商', '2019-03', '2021-06'],
    ]);
    expect(work.entries[0]!.bullets[1]!.text).toBe('主导社区积分体系改版，3 个月内月活跃用户从 12 万提升到 20 万，增长 66%');
    expect(document.sections[2]!.entries.map((entry) => entry.bullets.length)).toEqual([2, 2, 2]);
    expect(document.sections[3]!.lines.map((line) => line.text)).toEqual([
      '积累了丰富的行业资源，人脉广泛',
      '与 30 余位母婴垂类头部 KOL（粉丝 50 万以上）保持长期合作，可直接对接商务',
    ]);
    expect(document.contact.name?.value).toBe('林晓雯');
    expect(document.contact.phones[0]?.value).toBe('138 0013 8000');
    expect(document.contact.emails[0]?.value).toBe('linxiaowen.ops@example.com');
    expect(document.contact.location?.value).toBe('上海');
    expect(document.diagnostics).toEqual([]);
    expect(spanProblems(document)).toEqual([]);
  });

  it('reads an English operations resume the same way', async () => {
    const document = await parseResume({ text: await fixture('en-ops.txt'), fileName: 'en-ops.txt' });
    expect(document.language).toBe('en');
    expect(document.source.fileName).toBe('en-ops.txt');
    expect(document.sections.map((section) => section.kind)).toEqual(['profile', 'summary', 'experience', 'projects', 'resources', 'skills', 'education']);
    const [first] = document.sections[2]!.entries;
    expect(first).toMatchObject({ heading: 'Community Manager', organisation: 'Brightloop Inc.', dates: { text: 'Jun 2020 – Present', start: '2020-06', end: 'present' } });
    expect(first!.bullets).toHaveLength(5);
    expect(document.contact).toMatchObject({ name: { value: 'Jordan Lee' }, location: { value: 'San Francisco, CA' } });
    expect(document.contact.urls.map((url) => url.value)).toEqual(['linkedin.com/in/jordanlee-ops']);
    expect(spanProblems(document)).toEqual([]);
  });

  it('reads Markdown headings, "*" bullets and numbered items, and bullets written without a glyph', async () => {
    const text = [
      '# 王芳', '邮箱：wang.fang@example.com', '',
      '## 实习经历', '**某某科技有限公司** | 新媒体运营实习生 | 2022 年 10 月 - 2023 年 1 月', '* 负责公众号日常推文排版', '1. 策划 3 场线上活动，新增粉丝 2 万', '',
      '## Hobbies', '跑步，摄影',
    ].join('\n');
    const document = await parseResume({ text });
    expect(document.sections.map((section) => [section.title, section.kind])).toEqual([['', 'profile'], ['实习经历', 'experience'], ['Hobbies', 'other']]);
    const [entry] = document.sections[1]!.entries;
    expect(entry!.dates).toMatchObject({ start: '2022-10', end: '2023-01' });
    expect(entry!.bullets.map((bullet) => bullet.text)).toEqual(['负责公众号日常推文排版', '策划 3 场线上活动，新增粉丝 2 万']);
    expect(document.contact.name?.value).toBe('王芳');
    expect(spanProblems(document)).toEqual([]);
  });

  it('reads Chinese entries written as "dates  organisation  role" with plain lines under them', async () => {
    const text = [
      '李明', '电话：13912345678  邮箱：liming@example.com', '',
      '工作经历', '2021.07-至今  上海某某网络科技有限公司  新媒体运营', '负责公众号内容策划与撰写，粉丝从 5 万增长到 12 万', '负责小红书账号运营',
      '', '2019.07-2021.06  杭州某某电商有限公司  运营助理', '协助完成店铺日常运营',
    ].join('\n');
    const document = await parseResume({ text });
    expect(document.sections[1]!.entries.map((entry) => [entry.heading, entry.organisation, entry.dates?.end, entry.bullets.length])).toEqual([
      ['新媒体运营', '上海某某网络科技有限公司', 'present', 2],
      ['运营助理', '杭州某某电商有限公司', '2021-06', 1],
    ]);
    expect(document.contact.phones.map((phone) => phone.value)).toEqual(['13912345678']);
    expect(spanProblems(document)).toEqual([]);
  });

  it('indexes the normalised text: ligatures, tabs and soft hyphens are gone before spans are made', async () => {
    const text = 'Jo Smith\nEXPERIENCE\nCoordinator | Acme Inc. | 2019 – 2021\n•\tOrganised\ton\u00AD\u2010campus\tevents\tfor\t300\tstudents\n•\tFixed ﬁling';
    const document = await parseResume({ text });
    const bullets = document.sections.flatMap((section) => section.entries.flatMap((entry) => entry.bullets.map((bullet) => bullet.text)));
    expect(bullets).toEqual(['Organised on-campus events for 300 students', 'Fixed filing']);
    expect(spanProblems(document)).toEqual([]);
  });

  it('keeps no control characters in the document text, and its spans stay exact', async () => {
    const document = await parseResume({ text: 'Jo\u0000Smith\nEXPERIENCE\nCoordinator | Acme\u0007 Inc. | 2019 – 2021\n• Ran\u0091events\u0000for 300 students' });
    expect(document.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(document.text).toContain('Ran events for 300 students');
    expect(ResumeDocument.safeParse(document).error).toBeUndefined();
    expect(spanProblems(document)).toEqual([]);
  });

  it('reports lost digits on text that lost its numbers', async () => {
    const document = await parseResume({ text: '实习经历\n谷歌编程之夏 | 学生参与者\n- 共有 个注册学生，其中 个申请被接收，接收率 %\n- 总计 万访客' });
    const diagnostic = document.diagnostics.find((item) => item.code === 'lost-digits');
    expect(diagnostic?.data.count).toBeGreaterThanOrEqual(3);
    expect(diagnostic!.spans.map((span) => document.text.slice(span.start, span.end).trim())).toContain('%');
  });

  // Hostile lines: each took 4–13 s through patterns that restart at every character, and now takes milliseconds.
  // vitest's timeout cannot interrupt synchronous work, so a generous bound guards against a return of the hang.
  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['dotted labels', 'a.'.repeat(50_000)],
    ['a title closed by a long run of marks', '工作经历' + '—'.repeat(100_000)],
    ['an address-like word', 'x@' + 'y'.repeat(100_000)],
  ])('reads a 100,000-character line of %s', async (_, line) => {
    const started = performance.now();
    const document = await parseResume({ text: `张伟\n138-0013-8000 | zhang.wei@example.cn\n${line}\n工作经历\n- 负责社群运营，月活提升 35%` });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(document.contact.emails.map((field) => field.value)).toEqual(['zhang.wei@example.cn']);
    expect(document.language).toBe('zh');
    expect(spanProblems(document)).toEqual([]);
  });
});

describe('parseResume errors', () => {
  const code = async (input: Parameters<typeof parseResume>[0], options?: Parameters<typeof parseResume>[1]) => {
    try {
      await parseResume(input, options);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      const ingest = error as IngestError;
      expect(ingest.localized.zh).toMatch(/\p{Script=Han}/u);
      expect(ingest.localized.en).toMatch(/[a-z]/);
      return ingest.code;
    }
    return 'no error';
  };
  it('rejects empty input, oversized input, random bytes and unknown zips', async () => {
    expect(await code({ bytes: new Uint8Array(0) })).toBe('empty');
    expect(await code({ text: '  \n ' })).toBe('empty');
    expect(await code({ bytes: new Uint8Array(PARSE_LIMITS.maxBytes + 1) })).toBe('too-large');
    expect(await code({ text: 'x'.repeat(2000) }, { limits: { maxBytes: 1000 } })).toBe('too-large');
    let seed = 3;
    const random = Uint8Array.from({ length: 20_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8 & 0xff);
    expect(await code({ bytes: random, fileName: 'resume.pdf' })).toBe('unsupported-type');
  });
  it('names sensible limits', () => {
    expect(PARSE_LIMITS).toEqual({ maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000, maxPages: 50, maxTextChars: 200_000 });
  });
});

describe('titles written inline with their content', () => {
  const outlineOf = async (text: string) =>
    (await parseResume({ text })).sections.map((section) => ({ kind: section.kind, title: section.title, lines: section.lines.map((line) => line.text), entries: section.entries.length }));

  it('start sections where they close a block, each of a kind other than the one before', async () => {
    const sections = await outlineOf('王敏\n手机：138 0013 8000\n工作经历\n星河科技 · 用户运营 2021.03 - 至今\n- 负责社群运营，月活提升 30%\n专业技能：Excel、SQL、Python\n自我评价：认真负责，数据敏感');
    expect(sections.slice(2)).toEqual([
      { kind: 'skills', title: '专业技能', lines: ['Excel、SQL、Python'], entries: 0 },
      { kind: 'summary', title: '自我评价', lines: ['认真负责，数据敏感'], entries: 0 },
    ]);
    const english = await outlineOf('Jordan Lee\nExperience\nAcme Corp, Growth Analyst, 2020 - 2023\n- Built dashboards used by 40 people\nSkills: Python, SQL\nLanguages: English, Spanish');
    expect(english.at(-1)).toEqual({ kind: 'skills', title: 'Skills', lines: ['Python, SQL', 'Languages: English, Spanish'], entries: 0 });
  });
  it('a labelled line inside an entry, or a label in the contact block, stays a line', async () => {
    const sections = await outlineOf('Jordan Lee\nPhone: 415 555 0134\nExperience\nAcme Corp, Growth Analyst, 2020 - 2023\n- Built dashboards used by 40 people\nTools: Excel, SQL\nBeta Inc, Analyst, 2018 - 2020\n- Cut report time by half');
    expect(sections.map((section) => section.kind)).toEqual(['profile', 'experience']);
    expect(sections[1]!.entries).toBe(2);
  });
});
