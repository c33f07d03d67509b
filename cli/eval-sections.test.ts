import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../bin/liangdian.js', import.meta.url));

describe('liangdian eval sections', () => {
  it('scores our own resume against our own truth, as a table and as JSON', async () => {
    const root = await mkdtemp(join(tmpdir(), 'liangdian-eval-'));
    await mkdir(join(root, 'truth'));
    await mkdir(join(root, 'corpus', 'ours'), { recursive: true });
    await copyFile(fileURLToPath(new URL('../fixtures/resumes/en-ops.txt', import.meta.url)), join(root, 'corpus', 'ours', 'en-ops.txt'));
    await writeFile(join(root, 'truth', 'en-ops.json'), JSON.stringify({
      file: 'ours/en-ops.txt',
      lang: 'en',
      sections: [
        { title: 'Experience', kind: 'experience', entries: [{ heading: 'Operations Associate', org: 'Parcelwise', dates: 'Mar 2018 – May 2020', bullets: ['Handled customer tickets and escalations', 'Assisted the operations lead with vendor onboarding'] }] },
        { title: 'Volunteering', kind: 'experience', entries: [{ heading: 'Mentor', bullets: ['Not in the resume'] }] },
      ],
    }));
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [cli, 'eval', 'sections', join(root, 'truth'), '--corpus', join(root, 'corpus'), ...args], { encoding: 'utf8' });
    const json = JSON.parse((await run('--json')).stdout);
    // The Parcelwise job is read with its fields apart; the Mentor entry is not in the resume.
    expect(json).toEqual({ overall: { titleRecall: 0.5, bulletRecall: 2 / 3, entryRecall: 0.5 }, files: [{
      file: 'ours/en-ops.txt', titleRecall: 0.5, bulletRecall: 2 / 3, entryRecall: 0.5,
      titles: { found: 1, total: 2 }, bullets: { found: 2, total: 3 }, entries: { found: 1, total: 2 },
    }] });
    const table = (await run()).stdout;
    expect(table).toMatch(/ours\/en-ops\.txt\s+50\.0%\s+1\/2\s+66\.7%\s+2\/3\s+50\.0%\s+1\/2/);
    expect(table).toMatch(/overall\s+50\.0%\s+66\.7%\s+50\.0%/);
    expect((await run('--verbose')).stdout).toContain('missed entry: Mentor');
  });
});
