import { spawnSync } from 'node:child_process';
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
