import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../lib/report/schema.ts';
import { review } from '../lib/review/index.ts';
import { workDocument } from '../lib/review/testing.ts';
import { messageLanguage, parseRole, renderText } from './review.ts';

const cli = resolve('bin', 'liangdian.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1' } });

describe('liangdian review helpers', () => {
  it('reads a role by id or by label', () => {
    expect(parseRole('user-ops')).toBe('user-ops');
    expect(parseRole('新媒体运营')).toBe('new-media-ops');
    expect(parseRole('Content operations')).toBe('content-ops');
    expect(parseRole('astronaut')).toBeNull();
  });
  it('picks the message language from --lang, then LANG, then the resume', () => {
    const zh = workDocument(['负责公众号运营']);
    expect(messageLanguage('en', 'zh_CN.UTF-8', zh)).toBe('en');
    expect(messageLanguage(undefined, 'en_US.UTF-8', zh)).toBe('en');
    expect(messageLanguage(undefined, 'C.UTF-8', zh)).toBe('zh');
    expect(messageLanguage(undefined, undefined, workDocument(['Ran the blog']))).toBe('en');
  });
  it('prints each finding under its line with ^ under the words (wide characters count twice)', () => {
    const doc = workDocument(['负责公众号日常推文撰写']);
    const text = renderText(review(doc), 'zh', false);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.endsWith('- 负责公众号日常推文撰写'));
    expect(at).toBeGreaterThan(0);
    const markerLine = lines.slice(at + 1).find((l) => l.includes('^'))!;
    // "- " is two columns, then 负责 is four.
    expect(markerLine.slice(markerLine.indexOf('│') + 2)).toBe('  ^^^^');
    expect(text).toContain('“负责”开头的是工作内容');
    expect(text).toContain('模板: 负责公众号日常推文撰写，通过[方法]，使[指标]从[原值]提升到[新值]');
  });
});

describe('liangdian CLI', () => {
  it('review --format json prints a schema-valid Report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liangdian-config-'));
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ rules: { filler: 'off' } }));
    const result = run(['review', 'fixtures/resumes/zh-ops.txt', '--format', 'json', '--role', 'user-ops', '--config', join(dir, 'rules.json')]);
    expect(result.status, result.stderr).toBe(0);
    const report = Report.parse(JSON.parse(result.stdout));
    expect(report.role).toMatchObject({ target: 'user-ops', inferred: 'community-ops', given: true });
    expect(report.role.evidence!.length).toBeGreaterThan(0);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.ruleId === 'filler')).toBe(false);
  });
  it('review --format json|md|text -o writes the file, and nothing else to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liangdian-out-'));
    for (const format of ['json', 'md', 'text']) {
      const out = join(dir, `review.${format}`);
      const result = run(['review', 'fixtures/resumes/en-ops.txt', '--format', format, '-o', out]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(out);
      const written = readFileSync(out, 'utf8');
      if (format === 'json') expect(Report.parse(JSON.parse(written)).findings.length).toBeGreaterThan(0);
      else expect(written.length).toBeGreaterThan(200);
      expect(written).not.toContain('\u001b[');
    }
  });
  it('exits non-zero with a bilingual message on an unreadable file, and on a bad request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liangdian-review-'));
    writeFileSync(join(dir, 'empty.pdf'), '');
    const empty = run(['review', join(dir, 'empty.pdf')]);
    expect(empty.status).not.toBe(0);
    expect(empty.stderr).toMatch(/\p{Script=Han}/u);
    expect(empty.stderr).toMatch(/[A-Za-z]{4}/);
    expect(run(['review', 'fixtures/resumes/en-ops.txt', '--format', 'pdf']).status).toBe(2);
    expect(run(['review', 'fixtures/resumes/en-ops.txt', '--role', 'astronaut']).status).toBe(2);
    writeFileSync(join(dir, 'bad-config.json'), JSON.stringify({ rules: { filler: 'loud' } }));
    expect(run(['review', 'fixtures/resumes/en-ops.txt', '--config', join(dir, 'bad-config.json')]).status).toBe(2);
  });
  it('schema prints the Report as JSON Schema; eval bullets prints per-language scores', () => {
    const schema = JSON.parse(execFileSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' }));
    expect(schema.properties.findings.type).toBe('array');
    expect(schema.properties.score.properties.algorithmVersion.type).toBe('string');
    const dir = mkdtempSync(join(tmpdir(), 'liangdian-eval-'));
    const file = join(dir, 'b.jsonl');
    writeFileSync(
      file,
      [
        { id: 'x1', lang: 'zh', text: '协助主管整理用户反馈', label: 'duty', ownership: 'participant' },
        { id: 'x2', lang: 'zh', text: '转化率提升 18%', label: 'achievement', ownership: 'unknown' },
        { id: 'x3', lang: 'en', text: 'Responsible for the blog', label: 'duty', ownership: 'unknown' },
      ].map((o) => JSON.stringify(o)).join('\n'),
    );
    const scores = JSON.parse(execFileSync(process.execPath, [cli, 'eval', 'bullets', file, '--json'], { encoding: 'utf8' }));
    expect(scores.zh.duty).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(scores.zh.participant.f1).toBe(1);
    expect(Object.keys(scores.en.duty).sort()).toEqual(['f1', 'precision', 'recall', 'support']);
  });
});
