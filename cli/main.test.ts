import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

const cli = resolve('bin', 'liangdian.js');
// A folder that does not exist: `eval sections` has no message of its own for it.
const missing = join(tmpdir(), 'liangdian-no-such-folder');
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [cli, 'eval', 'sections', missing, '--corpus', missing], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('liangdian (top-level guard)', () => {
  it('turns an unexpected error into one bilingual line and exit 1', () => {
    const result = run({ LIANGDIAN_DEBUG: '' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^liangdian: 出现意外错误 \/ unexpected error: ENOENT/)]);
  });

  it('shows the stack with LIANGDIAN_DEBUG=1', () => {
    expect(run({ LIANGDIAN_DEBUG: '1' }).stderr).toMatch(/^\s+at /m);
  });
});

describe('liangdian (output pipe)', () => {
  it('ends quietly when the reader closes the pipe early (| head)', async () => {
    // A report several times a pipe's buffer, so the writer is still writing when the reader leaves.
    const resume = join(mkdtempSync(join(tmpdir(), 'liangdian-pipe-')), 'long.txt');
    writeFileSync(resume, readFileSync(resolve('fixtures', 'resumes', 'zh-ops.txt'), 'utf8').repeat(6));
    const child = spawn(process.execPath, [cli, 'review', resume, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
