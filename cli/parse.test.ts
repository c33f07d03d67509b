import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ResumeDocument } from '../lib/document/schema.ts';

const cli = fileURLToPath(new URL('../bin/liangdian.js', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/resumes/zh-ops.txt', import.meta.url));

async function liangdian(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('liangdian parse', () => {
  it('prints sections, entries and bullets', async () => {
    const { code, stdout } = await liangdian('parse', fixture);
    expect(code).toBe(0);
    expect(stdout).toContain('■ 工作经历  [experience]');
    expect(stdout).toContain('▸ 社区运营主管  |  星河互动科技有限公司  |  2021年7月–至今 (2021-07 → present)');
    expect(stdout).toContain('• 负责会员日常维护，回复用户咨询，处理投诉工单');
  });
  it('prints the document as JSON with --json', async () => {
    const { code, stdout } = await liangdian('parse', fixture, '--json');
    expect(code).toBe(0);
    expect(ResumeDocument.parse(JSON.parse(stdout)).sections.length).toBe(7);
  });
  it('explains an unreadable file in Chinese and English and exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liangdian-cli-'));
    await writeFile(join(dir, 'empty.pdf'), '');
    const { code, stderr, stdout } = await liangdian('parse', join(dir, 'empty.pdf'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('文件是空的');
    expect(stderr).toContain('The file is empty');
  });
});
