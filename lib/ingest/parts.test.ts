import { describe, expect, it } from 'vitest';
import { extractContact } from './contact.ts';
import { findDateRange, parseMonth } from './dates.ts';
import { decodeText, detectType } from './detect.ts';
import { findLostDigits, textDiagnostics } from './diagnostics.ts';
import type { IngestError } from './errors.ts';
import { exactHeadingKind, keywordHeadingKind, looksLikeTitle } from './headings.ts';
import { messages } from './messages.ts';

describe('dates', () => {
  it.each([
    ['2019.03-2021.06', '2019-03', '2021-06'],
    ['2021年7月–至今', '2021-07', 'present'],
    ['2022 年 10 月 - 2023 年 1 月', '2022-10', '2023-01'],
    ['Jun 2020 – Present', '2020-06', 'present'],
    ['Sept 2018 - May 2019', '2018-09', '2019-05'],
    ['03/2019 – 05/2020', '2019-03', '2020-05'],
    ['2021年7月‒至今', '2021-07', 'present'],
    ['2015.09 ~ 2019.06', '2015-09', '2019-06'],
  ])('%s', (text, start, end) => {
    const range = findDateRange(`Acme | ${text} | Remote`, 100);
    expect(range).toMatchObject({ text, start, end });
    expect(range!.span).toEqual({ start: 107, end: 107 + text.length });
  });
  it('reads a single month and a bare year', () => {
    expect(findDateRange('Dec 2014')).toMatchObject({ start: '2014-12' });
    expect(findDateRange('毕业于 2019 年')).toMatchObject({ start: '2019-01' });
    expect(parseMonth('至今')).toBe('present');
    expect(parseMonth('2019.13')).toBeUndefined();
  });
  it('reads two points apart by space as a range only when they run forward (a dash lost as a soft hyphen)', () => {
    expect(findDateRange('Engineer Sep. 2023 Mar. 2024')).toMatchObject({ text: 'Sep. 2023 Mar. 2024', start: '2023-09', end: '2024-03' });
    expect(findDateRange('2019.03 至今')).toMatchObject({ end: 'present' });
    expect(findDateRange('Mar. 2024 Sep. 2023')).toEqual(expect.objectContaining({ text: 'Mar. 2024', start: '2024-03' }));
    expect(findDateRange('Mar. 2024 Sep. 2023')!.end).toBeUndefined();
    expect(findDateRange('since 2021 now')!.end).toBeUndefined();
  });
  it('finds no date in numbers that are not dates', () => {
    expect(findDateRange('提升 35%，新增 1.8 万人')).toBeUndefined();
  });
});

describe('contact', () => {
  it('finds name, Chinese mobile, email and city', () => {
    const text = '张伟\n手机：+86 138-0013-8000 | zhang.wei@example.cn | 现居：北京\n工作经历';
    const contact = extractContact(text, { start: 0, end: text.indexOf('\n工作') });
    expect(contact.name?.value).toBe('张伟');
    expect(contact.phones.map((field) => field.value)).toEqual(['+86 138-0013-8000']);
    expect(contact.emails.map((field) => field.value)).toEqual(['zhang.wei@example.cn']);
    expect(contact.location?.value).toBe('北京');
    for (const field of [contact.name!, ...contact.phones, ...contact.emails, contact.location!]) {
      expect(text.slice(field.span.start, field.span.end)).toBe(field.value);
    }
  });
  it('finds international phones, links and an English location', () => {
    const text = 'Jordan Lee\n+1 (415) 555-0134 · github.com/jlee · https://jlee.dev · Austin, TX';
    const contact = extractContact(text, { start: 0, end: text.length });
    expect(contact.name?.value).toBe('Jordan Lee');
    expect(contact.phones.map((field) => field.value)).toEqual(['+1 (415) 555-0134']);
    expect(contact.urls.map((field) => field.value)).toEqual(['github.com/jlee', 'https://jlee.dev']);
    expect(contact.location?.value).toBe('Austin, TX');
  });
  it('joins a link wrapped onto the next line, and keeps two links on two lines apart', () => {
    const text = 'Jordan Lee · Portfolio: https://jlee.example.com/case-studies/growth-\nexperiments-2024 · Austin, TX\ngithub.com/jlee\nlinkedin.com/in/jlee';
    const contact = extractContact(text, { start: 0, end: text.length });
    expect(contact.urls.map((field) => field.value)).toEqual(['https://jlee.example.com/case-studies/growth-experiments-2024', 'github.com/jlee', 'linkedin.com/in/jlee']);
    expect(text.slice(contact.urls[0]!.span.start, contact.urls[0]!.span.end)).toBe('https://jlee.example.com/case-studies/growth-\nexperiments-2024');
    const cut = '作品集：https://portfolio.example.com/zhouruoxi/\ncontent-ops\n工作经历';
    expect(extractContact(cut, { start: 0, end: cut.indexOf('\n工作') }).urls.map((field) => field.value)).toEqual(['https://portfolio.example.com/zhouruoxi/content-ops']);
  });
  it('finds emails from their "@": sentence punctuation, several in a row, and none in an over-long local part', () => {
    const text = 'Mail: j.lee+jobs@mail.example.co.uk, or ._alt@x.io; x@y, a@b.com@c.com\n' + `${'l'.repeat(65)}@example.com`;
    const emails = extractContact(text, { start: 0, end: text.length }).emails;
    expect(emails.map((field) => field.value)).toEqual(['j.lee+jobs@mail.example.co.uk', 'alt@x.io', 'a@b.com']);
    for (const field of emails) expect(text.slice(field.span.start, field.span.end)).toBe(field.value);
  });
  // Each of these took 4–8 s with patterns that restart at every character, and now takes milliseconds. vitest's
  // timeout cannot interrupt synchronous work, so a generous bound guards against a return of the hang.
  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['"a@" repeated', 'a@'.repeat(50_000)],
    ['a scheme and a long tail', 'http://' + 'x'.repeat(100_000)],
    ['dotted labels', 'a.'.repeat(50_000)],
    ['hyphenated labels', 'x-'.repeat(50_000)],
    ['a link ending in dots', 'http://' + '.'.repeat(100_000) + 'x'],
  ])('scans a 100,000-character line of %s in linear time', (_, line) => {
    const text = `Jordan Lee\n${line}\njordan@example.com · https://jlee.dev`;
    const started = performance.now();
    const contact = extractContact(text, { start: 0, end: text.length });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(contact.emails.map((field) => field.value)).toEqual(['jordan@example.com']);
    expect(contact.urls.map((field) => field.value)).toEqual(['https://jlee.dev']);
  });
});

describe('detectType', () => {
  /** An OLE compound file header (magic, then zeros) with a directory entry name written in UTF-16LE. */
  const ole = (streamName: string) => {
    const bytes = new Uint8Array(1536);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from(streamName, 'utf16le'), 1024);
    return bytes;
  };
  const failure = (bytes: Uint8Array) => {
    try {
      detectType(bytes);
    } catch (error) {
      return error as IngestError;
    }
    throw new Error('detectType accepted the bytes');
  };
  it('tells a password-protected DOCX from an old .doc', () => {
    for (const name of ['EncryptionInfo', 'EncryptedPackage']) {
      const error = failure(ole(name));
      expect(error.code).toBe('encrypted');
      expect(error.localized).toEqual(messages.encryptedDocx);
    }
    expect(failure(ole('WordDocument')).localized).toEqual(messages.legacyDoc);
    // A view at an odd offset, as bytes arrive from a worker's message.
    const shifted = new Uint8Array(1537);
    shifted.set(ole('EncryptedPackage'), 1);
    expect(failure(shifted.subarray(1)).code).toBe('encrypted');
    // The name in UTF-8 is not a directory entry.
    const utf8 = ole('');
    utf8.set(Buffer.from('EncryptedPackage'), 1024);
    expect(failure(utf8).code).toBe('unsupported-type');
  });

  const bytes = (text: string) => new TextEncoder().encode(text);
  it('reads the type from the bytes', () => {
    expect(detectType(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectType(bytes('Jordan Lee\nExperience'))).toBe('text');
    expect(detectType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('....word/document.xml....')]))).toBe('docx');
  });
  it('decodes UTF-8 with BOM, UTF-16 with and without BOM, and GB18030', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('工作经历')]))).toBe('工作经历');
    const utf16 = (text: string, bom: boolean) => {
      const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
      if (bom) out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], (bom ? 2 : 0) + i * 2);
      return out;
    };
    expect(decodeText(utf16('Experience 工作经历', true))).toBe('Experience 工作经历');
    expect(decodeText(utf16('Experience and skills', false))).toBe('Experience and skills');
    expect(decodeText(new Uint8Array([0xb9, 0xa4, 0xd7, 0xf7]))).toBe('工作');
  });
  it('refuses random bytes, zips that are not DOCX and legacy .doc', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(() => detectType(random)).toThrow(expect.objectContaining({ code: 'unsupported-type' }));
    expect(() => detectType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(expect.objectContaining({ code: 'unsupported-type' }));
    expect(() => detectType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toThrow(expect.objectContaining({ code: 'unsupported-type' }));
  });
});

describe('lost digits', () => {
  it('finds %, 万, 倍 and measure words with the number gone', () => {
    const text = '共有 个注册学生，接收率 %\n(总计 万访客， 万阅读量)\n. - . | 远程';
    const spans = findLostDigits(text);
    expect(spans.length).toBeGreaterThanOrEqual(4);
    const diagnostic = textDiagnostics(text).find((item) => item.code === 'lost-digits');
    expect(diagnostic?.data.count).toBe(spans.length);
    expect(spans.map((span) => text.slice(span.start, span.end).trim())).toEqual(expect.arrayContaining(['个', '%', '万', '. - .']));
  });
  it('stays quiet when the numbers are there', () => {
    expect(textDiagnostics('共有 20651 个注册学生，接收率 6%，总计 3 万访客，提升 2 倍')).toEqual([]);
  });
  it('reports U+FFFD as unmapped glyphs', () => {
    expect(textDiagnostics('负责\uFFFD\uFFFD运营')).toEqual([{ code: 'unmapped-glyphs', spans: [{ start: 2, end: 4 }], data: { count: 1 } }]);
  });
});

describe('headings', () => {
  it('knows Chinese and English section titles', () => {
    expect(exactHeadingKind('工作经历')).toBe('experience');
    expect(exactHeadingKind('项目经验：')).toBe('projects');
    expect(exactHeadingKind('拥有资源')).toBe('resources');
    expect(exactHeadingKind('自我评价')).toBe('summary');
    expect(exactHeadingKind('E X P E R I E N C E')).toBe('experience');
    expect(exactHeadingKind('工 作 经 历')).toBe('experience');
    expect(exactHeadingKind('Honors and Awards')).toBe('awards');
    expect(exactHeadingKind('## Work History')).toBe('experience');
    expect(keywordHeadingKind('实习与项目经历')).toBe('projects');
    expect(keywordHeadingKind('Relevant Work Experience')).toBe('experience');
  });
  it('does not take sentences for titles', () => {
    expect(looksLikeTitle('负责社区日常内容运营，每天发布话题')).toBe(false);
    expect(looksLikeTitle('skills.')).toBe(false);
    expect(looksLikeTitle('Education')).toBe(true);
  });
});

describe('numbered and bilingual titles', () => {
  it('ignores section numbering and reads both halves of a bilingual title', () => {
    expect(exactHeadingKind('一、工作经历')).toBe('experience');
    expect(exactHeadingKind('（二）项目经验')).toBe('projects');
    expect(exactHeadingKind('3. Education')).toBe('education');
    expect(exactHeadingKind('工作经历 Work Experience')).toBe('experience');
    expect(exactHeadingKind('教育背景 / Education')).toBe('education');
    expect(exactHeadingKind('工作经历 Education')).toBeUndefined();
  });
});
