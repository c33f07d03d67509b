import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../bin/liangdian.js', import.meta.url));
const run = (...args: string[]) => promisify(execFile)(process.execPath, [cli, 'eval', 'review', ...args], { encoding: 'utf8' });

describe('liangdian eval review', () => {
  it('prints the six whole-resume measures and per-rule rows, as a table and as JSON', async () => {
    const root = await mkdtemp(join(tmpdir(), 'liangdian-eval-review-'));
    await writeFile(join(root, 'en-ops.json'), JSON.stringify({
      resume: fileURLToPath(new URL('../fixtures/resumes/en-ops.txt', import.meta.url)),
      language: 'en',
      role: 'community-ops',
      band: 'medium',
      problems: ['only-participation'],
      lines: [
        { text: 'Responsible for daily moderation of the forum and Discord server', kind: 'bullet', label: 'duty', ownership: 'unknown' },
        { text: 'Cut median first-response time on support threads by 45% by introducing a triage rota', kind: 'bullet', label: 'achievement', ownership: 'unknown' },
      ],
    }));
    const json = JSON.parse((await run(root, '--json')).stdout);
    expect(Object.keys(json)).toEqual(['criticismPrecision', 'dutyFlagged', 'achievementsClean', 'problemsRaised', 'roleAgreement', 'scoreOrder', 'rules', 'cases']);
    expect(json.dutyFlagged).toMatchObject({ hits: 1, total: 1 });
    expect(json.achievementsClean).toMatchObject({ hits: 1, total: 1 });
    expect(json.roleAgreement).toMatchObject({ hits: 1, total: 1 });
    const table = (await run(root)).stdout;
    expect(table).toMatch(/resume-level problems raised\s+1\.000 \(1\/1\)/);
    expect(table).toMatch(/project-ownership\/participantOnly\s+1\.000/);
  });
  it('names the bad file in a clear error', async () => {
    const root = await mkdtemp(join(tmpdir(), 'liangdian-eval-review-'));
    await writeFile(join(root, 'bad.json'), JSON.stringify({ resume: 'missing.txt' }));
    await expect(run(root)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('bad.json') });
    await expect(run()).rejects.toMatchObject({ code: 2 });
  });
});
