import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseResume } from '../ingest/index.ts';
import { sampleReview } from './test-support.ts';
import { applyDecisions } from '../mentor/decided.ts';
import { prepareExport } from './prepare.ts';
import { escapeMarkdown, toMarkdown } from './markdown.ts';
import { toExportEnvelope, toJson } from './json.ts';
import { toDocx } from './docx.ts';
import { toPrintHtml } from './print-html.ts';
import { ExportEnvelope } from './schema.ts';
import { MASK, maskPersonal, personalSpans } from './mask.ts';

const exportedAt = '2026-11-22T08:00:00.000Z';

async function sample(lang: 'zh' | 'en') {
  const name = `${lang}-ops.txt`;
  const doc = await parseResume({ bytes: readFileSync(new URL(`../../fixtures/resumes/${name}`, import.meta.url)), fileName: name });
  return sampleReview(doc, lang);
}

function personalValues(report: Awaited<ReturnType<typeof sample>>['report']): string[] {
  const { name, emails, phones } = report.document.contact;
  return [name!.value, ...emails.map((e) => e.value), ...phones.map((p) => p.value)];
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text each Word comment's range covers in word/document.xml, keyed by comment id. */
function commentedWords(documentXml: string): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  const tokens = /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g;
  for (const [, start, end, text] of documentXml.matchAll(tokens)) {
    if (start !== undefined) open.set(start, '');
    else if (end !== undefined) {
      done.set(end, open.get(end) ?? '');
      open.delete(end);
    } else for (const [id, words] of open) open.set(id, words + (text === undefined ? '\n' : unescapeXml(text)));
  }
  return done;
}

describe.each(['zh', 'en'] as const)('exports of a %s review', (lang) => {
  it('Markdown carries the score, every finding with its words, why and fix, and the mentor’s work', async () => {
    const { report, mentor } = await sample(lang);
    const view = prepareExport(report, mentor, { includePersonal: true, exportedAt });
    const md = toMarkdown(view);
    // The score is the one the mentor's decisions leave: the dismissed finding no longer costs points.
    const dismissed = view.findings.find((f) => f.dismissed)!;
    expect(view.report.score.overall).toBe(applyDecisions(report, mentor.decisions).report.score.overall);
    expect(view.report.score.overall).toBeGreaterThanOrEqual(report.score.overall);
    expect(view.topFixes.map((fix) => fix.finding.tag)).not.toContain(dismissed.tag);
    expect(md).toContain(`${Math.round(view.report.score.overall)} / 100`);
    for (const f of view.findings) expect(md).toContain(escapeMarkdown(f.message));
    const withWhy = view.findings.find((f) => f.fix)!;
    expect(md).toContain(escapeMarkdown(withWhy.why.quote));
    expect(md).toContain(escapeMarkdown(withWhy.fix!));
    expect(md).toMatch(/~~.+~~/); // the dismissed finding
    for (const c of mentor.comments) expect(md).toContain(c.body);
    expect(md).toContain(mentor.verdicts[0]!.text);
    // the resume itself: every finding on words has its number beside them
    const marked = new Set([...md.matchAll(/\*\*[^*]+\*\*\[([^\]]+)\]/g)].flatMap((m) => m[1]!.split(',')));
    for (const f of view.findings) if (f.words) expect(marked).toContain(f.tag);
  });

  it('JSON is the envelope schema round-tripping the report and mentor review', async () => {
    const { report, mentor } = await sample(lang);
    const view = prepareExport(report, mentor, { includePersonal: true, exportedAt });
    const parsed = ExportEnvelope.parse(JSON.parse(toJson(toExportEnvelope(view.report, view.mentor, { personal: true, exportedAt }))));
    // The report as the decisions leave it (what everyone sees), beside the decisions themselves.
    expect(parsed.report).toEqual(applyDecisions(report, mentor.decisions).report);
    expect(parsed.mentor).toEqual(mentor);
    expect(parsed.personal).toBe(true);
  });

  it('DOCX anchors each finding and mentor comment on exactly its words', async () => {
    const { report, mentor } = await sample(lang);
    const view = prepareExport(report, mentor, { includePersonal: true, exportedAt });
    const bytes = await toDocx(view);
    // Word's own reader is not here; mammoth reading the whole text back shows the package is well formed.
    const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(raw).toContain(view.findings.find((f) => f.words)!.words!.split('\n')[0]);
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const commentsXml = await zip.file('word/comments.xml')!.async('string');
    const words = commentedWords(documentXml);
    const comments = [...commentsXml.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)]
      .map(([, id, body]) => ({ id: id!, text: [...body!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('\n') }));
    // findings + root comments + replies, each anchored somewhere in the document
    expect(comments).toHaveLength(report.findings.length + mentor.comments.length);
    for (const comment of comments) expect(words.has(comment.id), `comment ${comment.id}`).toBe(true);
    expect(documentXml.match(/<w:commentReference /g)).toHaveLength(comments.length);
    for (const f of view.findings) {
      const comment = comments.find((c) => c.text.startsWith(`[${f.tag}] `))!;
      expect(comment.text).toContain(f.message);
      if (f.words !== null) expect(words.get(comment.id)).toBe(f.words);
      else expect(words.get(comment.id)).toContain(f.message); // whole-resume findings sit on their summary line
    }
    const anchored = mentor.comments[0]!;
    const comment = comments.find((c) => c.text === anchored.body)!;
    expect(words.get(comment.id)).toBe(anchored.anchor!.quote);
    // the owner's reply shares the words of the comment it answers
    const reply = comments.find((c) => c.text === mentor.comments[1]!.body)!;
    expect(words.get(reply.id)).toBe(anchored.anchor!.quote);
    expect(commentsXml).toContain(mentor.decisions[0]!.author.name);
  });

  it('masks name, phones and emails everywhere unless personal details are included', async () => {
    const sampled = await sample(lang);
    const { mentor } = sampled;
    const phone = sampled.report.document.contact.phones[0]!;
    const onPhone = { ...sampled.report.findings[0]!, id: 'phone', ruleId: 'phone-format', span: phone.span, actual: phone.value };
    const report = { ...sampled.report, findings: [...sampled.report.findings, onPhone] };
    const personal = personalValues(report);
    const masked = prepareExport(report, mentor, { exportedAt });
    const docx = await JSZip.loadAsync(await toDocx(masked));
    const outputs = [
      toMarkdown(masked),
      toJson(toExportEnvelope(masked.report, masked.mentor, { personal: false, exportedAt })),
      toPrintHtml(masked),
      ...(await Promise.all(Object.values(docx.files).map((file) => file.async('string')))),
    ];
    for (const output of outputs) for (const value of personal) expect(output).not.toContain(value);
    // the finding about the phone number keeps its place, its words masked
    const phoneFinding = masked.findings.find((f) => f.finding.ruleId === 'phone-format')!;
    expect(phoneFinding.words).toMatch(new RegExp(`^[${MASK} ]+$`));
    expect(phoneFinding.finding.actual).toBe(phoneFinding.words);

    const open = prepareExport(report, mentor, { includePersonal: true, exportedAt });
    for (const value of personal) expect(toMarkdown(open)).toContain(value);
  });
});

it('exports a review with no findings and no mentor feedback', async () => {
  const { report } = await sample('en');
  const view = prepareExport({ ...report, findings: [], score: { ...report.score, topFixes: [] } }, { decisions: [], comments: [], verdicts: [] }, { exportedAt, lang: 'en' });
  expect(toMarkdown(view)).toContain(view.labels.noFindings);
  expect(toPrintHtml(view)).toContain(view.labels.noFindings);
  const zip = await JSZip.loadAsync(await toDocx(view));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('EXPERIENCE');
  expect(zip.file('word/comments.xml')?.name ?? null).toBeNull();
});

describe('escapeMarkdown', () => {
  it('escapes what would render, and leaves plain brackets, pipes and inner underscores alone', () => {
    expect(escapeMarkdown('通过[方法]，使 a|b 提升 *2 倍* snake_case _x_ [a](b)')).toBe('通过[方法]，使 a|b 提升 \\*2 倍\\* snake_case \\_x\\_ [a]\\(b)');
    expect(escapeMarkdown('- 负责')).toBe('\\- 负责');
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
  });
});

describe('maskPersonal', () => {
  it('does not take a section heading read as the name for the name', async () => {
    const { report } = await sample('zh');
    const section = report.document.sections[0]!;
    const doc = { ...report.document, contact: { ...report.document.contact, name: { value: section.title, span: section.titleSpan } } };
    const spans = personalSpans(doc);
    expect(spans.some((span) => span.start === section.titleSpan.start)).toBe(false);
    expect(maskPersonal({ ...report, document: doc }, { decisions: [], comments: [], verdicts: [] }).report.document.text).toContain(section.title);
  });

  it('keeps every span valid and leaves the rest of the text alone', async () => {
    const { report, mentor } = await sample('zh');
    const { report: masked } = maskPersonal(report, mentor);
    expect(masked.document.text).toHaveLength(report.document.text.length);
    const changed = [...report.document.text].filter((c, i) => masked.document.text[i] !== c).length;
    const personal = personalValues(report).join('').replace(/\s/g, '').length;
    expect(changed).toBeGreaterThanOrEqual(personal);
    expect(masked.document.text).toContain('工作经历');
    expect(masked.document.text).toContain('华东师范大学');
  });

  it('masks a Latin name wherever it recurs, but not inside longer words', async () => {
    const { report, mentor } = await sample('en');
    const text = 'Li\nWorked with Lisa; Li led it.';
    const contact = { emails: [], phones: [], urls: [], name: { value: 'Li', span: { start: 0, end: 2 } } };
    const { report: masked } = maskPersonal({ ...report, document: { ...report.document, text, contact } }, mentor);
    expect(masked.document.text).toBe(`${MASK}${MASK}\nWorked with Lisa; ${MASK}${MASK} led it.`);
  });
});
