import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runStress } from './run.ts';

const workDir = mkdtempSync(join(tmpdir(), 'liangdian-stress-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// The reduced hostile corpus (`npm run stress -- --quick`): every file must come to a clear
// error or a review, through the isolated parser and through the CLI.
it('handles every hostile file of the quick corpus clearly', async () => {
  const lines: string[] = [];
  const report = await runStress({ quick: true, channels: ['isolated', 'cli'], workDir, port: 0, build: false, log: (line) => lines.push(line) });
  const failures = report.channels.flatMap((channel) => channel.failures.map((failure) => `${channel.channel} ${failure.id} → ${failure.outcome}: ${failure.detail}`));
  expect(failures, lines.join('\n')).toEqual([]);
  expect(report.files).toBeGreaterThanOrEqual(40);
  expect(report.channels.map((channel) => channel.channel)).toEqual(['isolated', 'cli']);
}, 240_000);
