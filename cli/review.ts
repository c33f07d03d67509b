// `liangdian review <file> [--format text|json|md|pdf|docx|annotated-pdf] [--role <role>] [--lang zh|en] [-o <out>]`
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ResumeDocument } from '../lib/document/schema.ts';
import { IngestError } from '../lib/ingest/errors.ts';
import { Report, Role, type Finding, type UiLanguage } from '../lib/report/schema.ts';
import { ReviewConfig, ROLES, review } from '../lib/review/index.ts';
import type { WriteExportOptions } from './export.ts';
import { parseInWorker, readResumeFile } from './isolated-parse.ts';
import { displayWidth } from './terminal.ts';

const USAGE = 'usage: liangdian review <file> [--format text|json|md|pdf|docx|annotated-pdf] [--role <role>] [--lang zh|en] [-o <out>] [--config <rules.json>] [--personal]\n';
/** Formats written by the export module (cli/export.ts); text and json are printed here. */
const EXPORT_FORMATS = new Set(['md', 'pdf', 'docx', 'annotated-pdf']);
const BINARY_FORMATS = new Set(['pdf', 'docx', 'annotated-pdf']);

function fail(message: { zh: string; en: string } | string, code = 2): number {
  const text = typeof message === 'string' ? message : `${message.zh}\n${message.en}`;
  process.stderr.write(`liangdian review: ${text}\n`);
  return code;
}

/** A role named by id ("user-ops") or by its label in either language ("用户运营", "User operations"). */
export function parseRole(value: string): Role | null {
  const byId = Role.safeParse(value);
  if (byId.success) return byId.data;
  const wanted = value.trim().toLowerCase();
  return ROLES.find((r) => r.label.zh === value.trim() || r.label.en.toLowerCase() === wanted)?.id ?? null;
}

/** --lang, else LANG when it names zh or en, else the resume's own language. */
export function messageLanguage(flag: string | undefined, env: string | undefined, doc: ResumeDocument): UiLanguage {
  if (flag === 'zh' || flag === 'en') return flag;
  if (env && /^zh/i.test(env)) return 'zh';
  if (env && /^en/i.test(env)) return 'en';
  return doc.language === 'en' ? 'en' : 'zh';
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        role: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        config: { type: 'string' },
        personal: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) return fail(USAGE);
  const format = values.format!;
  if (format !== 'text' && format !== 'json' && !EXPORT_FORMATS.has(format)) return fail(`unknown format "${format}"\n${USAGE}`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return fail(`--lang must be zh or en\n${USAGE}`);
  const role = values.role === undefined ? null : parseRole(values.role);
  if (values.role !== undefined && !role)
    return fail(`未知岗位 / unknown role "${values.role}": ${ROLES.map((r) => `${r.id} (${r.label.zh})`).join(', ')}`);
  if (BINARY_FORMATS.has(format) && !values.out) return fail(`--format ${format} writes a file: add -o <out>`);

  let config: ReviewConfig | undefined;
  if (values.config) {
    try {
      const parsedConfig = ReviewConfig.safeParse(JSON.parse(await readFile(values.config, 'utf8')));
      if (!parsedConfig.success) return fail(`--config ${values.config}: ${parsedConfig.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      config = parsedConfig.data;
    } catch (error) {
      return fail(`--config ${values.config}: ${(error as Error).message}`);
    }
  }

  let bytes: Uint8Array;
  try {
    bytes = await readResumeFile(file);
  } catch (error) {
    if (error instanceof IngestError) return fail(error.localized, 1);
    return fail({ zh: `无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, en: `cannot read ${file}: ${(error as Error).message}` }, 1);
  }
  let doc: ResumeDocument;
  try {
    doc = await parseInWorker({ bytes, fileName: file });
  } catch (error) {
    if (error instanceof IngestError) return fail(error.localized, 1);
    throw error;
  }
  // The report is validated against its schema before anything is printed or exported.
  const report = Report.parse(review(doc, { role, config }));
  const lang = messageLanguage(values.lang, process.env.LANG, doc);

  const out = values.out && values.out !== '-' ? values.out : null;
  if (format === 'json') return emit(JSON.stringify(report, null, 2) + '\n', out);
  if (format === 'text') {
    // A file gets plain text: colour codes are for a terminal.
    const color = out ? false : values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
    return emit(renderText(report, lang, color), out);
  }
  return exportReport(report, format, values.out ?? '-', { lang, original: bytes, includePersonal: values.personal ?? false });
}

/** Writes the output to `out` (naming the file on stderr, as exports do) or, without one, to standard output. */
async function emit(text: string, out: string | null): Promise<number> {
  if (!out) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(out, text);
  } catch (error) {
    return fail({ zh: `无法写入 ${out}：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, en: `cannot write ${out}: ${(error as Error).message}` }, 1);
  }
  process.stderr.write(`${out}\n`);
  return 0;
}

/** Hands md/pdf/docx/annotated-pdf to the export module; its absence is a clear error, never a fake file. */
async function exportReport(report: Report, format: string, out: string, options: WriteExportOptions): Promise<number> {
  let exporter: typeof import('./export.ts');
  try {
    exporter = await import('./export.ts');
  } catch (error) {
    return fail({ zh: `--format ${format} 暂不可用（导出模块未安装）`, en: `--format ${format} is not available (the export module is missing): ${(error as Error).message}` }, 1);
  }
  try {
    await exporter.writeExport(report, format, out, options);
  } catch (error) {
    return fail((error as Error).message, 1);
  }
  if (out !== '-') process.stderr.write(`${out}\n`);
  return 0;
}

const LABELS = {
  zh: { unread: '未能读出工作经历（没有找到经历条目），不打分：请检查文件或换一种格式', notAssessed: '未评', because: '依据', score: '总分', wholeResume: '全篇', why: '依据', fix: '改法', template: '模板', topFixes: '优先修改', role: '岗位', inferred: '推断', given: '指定', none: '未指定（不评岗位匹配）', gain: '分' },
  en: { unread: 'The experience could not be read (no work entries found), so there is no score: check the file or try another format', notAssessed: 'not assessed', because: 'from', score: 'Score', wholeResume: 'Whole resume', why: 'why', fix: 'fix', template: 'template', topFixes: 'Top fixes', role: 'Role', inferred: 'inferred', given: 'given', none: 'none (role fit not weighed)', gain: 'pts' },
} as const;
const DIMENSION_LABELS = {
  zh: { highlights: '工作亮点', ownership: '项目主导', resources: '拥有资源', roleFit: '岗位匹配', clarity: '清晰规范' },
  en: { highlights: 'highlights', ownership: 'ownership', resources: 'resources', roleFit: 'role fit', clarity: 'clarity' },
} as const;
const BAND_LABELS = { zh: { excellent: '优秀', good: '良好', fair: '一般', weak: '较弱' }, en: { excellent: 'excellent', good: 'good', fair: 'fair', weak: 'weak' } } as const;
const SEVERITY_MARK = { error: '✖', warning: '▲', suggestion: '●', praise: '✓' } as const;
const SEVERITY_COLOR = { error: '31', warning: '33', suggestion: '36', praise: '32' } as const;

/** The terminal report: score first, whole-resume findings, then every finding under its line with ^^^ under its words. */
export function renderText(report: Report, lang: UiLanguage, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const L = LABELS[lang];
  const doc = report.document;
  const out: string[] = [];
  const { score } = report;
  const roleId = report.role.target ?? report.role.inferred;
  const roleLabel = roleId ? `${ROLES.find((r) => r.id === roleId)!.label[lang]} (${report.role.given ? L.given : L.inferred})` : L.none;
  if (score.status === 'unread') out.push(paint('1', `${doc.source.fileName ?? ''}  ${L.unread}`));
  else out.push(paint('1', `${doc.source.fileName ?? ''}  ${L.score} ${score.overall}/100 (${BAND_LABELS[lang][score.band]})`));
  const dimensions = [
    ...Object.entries(score.dimensions).map(([d, v]) => `${DIMENSION_LABELS[lang][d as keyof typeof DIMENSION_LABELS.zh]} ${v}`),
    ...(score.notAssessed ?? []).map((d) => `${DIMENSION_LABELS[lang][d]} ${L.notAssessed}`),
  ];
  out.push(dimensions.join(' · ') + paint('2', `   [${score.algorithmVersion}]`));
  // Why the role was inferred: the words that named it, so a reader can disagree and give --role.
  const evidence = report.role.given ? [] : [...new Set((report.role.evidence ?? []).map((e) => e.text))].slice(0, 4);
  out.push(`${L.role}: ${roleLabel}${evidence.length ? `  ${L.because}: ${evidence.map((t) => `“${t}”`).join(lang === 'zh' ? '、' : ', ')}` : ''}`, '');

  // Each rule's reason is quoted once, where it first appears; later findings of the rule point back to it.
  const quoted = new Set<string>();
  const describe = (f: Finding, indent: string) => {
    const head = `${indent}${paint(SEVERITY_COLOR[f.severity], `${SEVERITY_MARK[f.severity]} ${f.message[lang]}`)} ${paint('2', `[${f.ruleId}/${f.messageId}${f.gain > 0 ? ` +${f.gain}${L.gain}` : ''}]`)}`;
    const lines = [head];
    if (f.severity !== 'praise') {
      const gloss = lang === 'en' && f.why.gloss && /\p{Script=Han}/u.test(f.why.quote) ? ` (${f.why.gloss})` : '';
      if (!quoted.has(f.ruleId)) lines.push(paint('2', `${indent}  ${L.why}: ${f.why.source} — “${f.why.quote}”${gloss}`));
      quoted.add(f.ruleId);
      if (f.fix) lines.push(`${indent}  ${L.fix}: ${f.fix.advice[lang]}`);
      if (f.fix?.template) lines.push(`${indent}  ${L.template}: ${f.fix.template}`);
    }
    return lines;
  };

  const whole = report.findings.filter((f) => !f.span);
  if (whole.length) {
    out.push(paint('1', L.wholeResume));
    for (const f of whole) out.push(...describe(f, '  '));
    out.push('');
  }
  const lines = doc.lines;
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.span.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byLine = new Map<number, Finding[]>();
  for (const f of report.findings) if (f.span && lines.length) byLine.set(lineOf(f.span.start), [...(byLine.get(lineOf(f.span.start)) ?? []), f]);
  const gutter = String(lines.length).length;
  for (const index of [...byLine.keys()].sort((a, b) => a - b)) {
    const line = lines[index]!;
    const text = doc.text.slice(line.span.start, line.span.end);
    out.push(`${paint('2', `${String(index + 1).padStart(gutter)} │`)} ${text}`);
    for (const f of byLine.get(index)!) {
      const start = Math.max(f.span!.start, line.span.start);
      const end = Math.min(Math.max(f.span!.end, start + 1), line.span.end);
      const pad = ' '.repeat(displayWidth(doc.text.slice(line.span.start, start)));
      const marks = '^'.repeat(Math.max(1, displayWidth(doc.text.slice(start, end))));
      out.push(`${' '.repeat(gutter)} ${paint('2', '│')} ${pad}${paint(SEVERITY_COLOR[f.severity], marks)}`);
      out.push(...describe(f, `${' '.repeat(gutter)} ${paint('2', '│')} ${pad}`));
    }
    out.push('');
  }
  if (score.topFixes.length) {
    out.push(paint('1', L.topFixes));
    score.topFixes.forEach((t, i) => {
      const f = report.findings.find((x) => x.id === t.findingId)!;
      const where = f.span ? `${lineOf(f.span.start) + 1}: ` : '';
      out.push(`  ${i + 1}. +${t.gain} ${where}${f.message[lang]}`);
    });
    out.push('');
  }
  return out.join('\n') + '\n';
}
