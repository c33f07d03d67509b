import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, freshBundle } from './bundle.js';

const project = mkdtempSync(join(tmpdir(), 'liangdian-bundle-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
}

async function valueOf(url: string): Promise<string> {
  return ((await import(url)) as { value: string }).value;
}

describe('CLI bundle', () => {
  write('cli/main.ts', "import { word } from '../lib/word.ts';\nexport const value: string = word;\n");
  write('lib/word.ts', "export const word = 'one';\n");

  it('builds once and is fresh until a source changes', async () => {
    expect(freshBundle(project)).toBeNull();
    const url = await buildBundle(project);
    expect(await valueOf(url)).toBe('one');
    expect(freshBundle(project)).toBe(url);
  });

  it('is stale when a source changes, even to the same size with its old modification time', async () => {
    const path = join(project, 'lib/word.ts');
    const { atime, mtime } = statSync(path);
    writeFileSync(path, "export const word = 'two';\n");
    utimesSync(path, atime, mtime);
    expect(freshBundle(project)).toBeNull();
    const url = await buildBundle(project);
    expect(await valueOf(url)).toBe('two');
    expect(freshBundle(project)).toBe(url);
  });

  it('is stale when a file it was built from disappears', async () => {
    write('lib/extra.ts', "export const extra = '!';\n");
    write('cli/main.ts', "import { word } from '../lib/word.ts';\nimport { extra } from '../lib/extra.ts';\nexport const value: string = word + extra;\n");
    expect(await valueOf(await buildBundle(project))).toBe('two!');
    rmSync(join(project, 'lib/extra.ts'));
    expect(freshBundle(project)).toBeNull();
  });

  it('builds the parse worker beside main.js, under the same key as the rest', async () => {
    write('cli/main.ts', "import { word } from '../lib/word.ts';\nexport const value: string = word;\n");
    write('cli/parse-worker.ts', "import { word } from '../lib/word.ts';\nexport const value: string = `worker ${word}`;\n");
    const url = await buildBundle(project);
    expect(await valueOf(new URL('./parse-worker.js', url).href)).toBe('worker two');
    write('lib/word.ts', "export const word = 'three';\n");
    expect(freshBundle(project)).toBeNull();
  });
});

describe('bin/liangdian.js', () => {
  const bin = resolve('bin', 'liangdian.js');
  const fixture = resolve('fixtures', 'resumes', 'en-ops.txt');
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [bin, 'review', fixture, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('prints the same report from the bundle as from the TypeScript sources', () => {
    const bundled = run({});
    const fromSources = run({ LIANGDIAN_TSX: '1' });
    expect(bundled.status).toBe(0);
    expect(fromSources.status).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(fromSources.stdout));
  });
});
