import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../lib/ingest/errors.ts';
import { PARSE_LIMITS } from '../lib/ingest/index.ts';
import { messages } from '../lib/ingest/messages.ts';
import { fixturePdf } from '../server/fixtures.ts';
import { isolationMessages } from '../server/isolation/messages.ts';
import { isolationOptions, parseInWorker } from './isolated-parse.ts';

const cli = resolve('bin', 'liangdian.js');
const dir = mkdtempSync(join(tmpdir(), 'liangdian-isolated-'));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env } });
/** A stack trace is what a user must never see. */
const STACK = /^\s+at /m;

let pdf: Uint8Array;
let pdfPath: string;
let truncatedPath: string;
beforeAll(async () => {
  pdf = await fixturePdf('en-ops');
  pdfPath = join(dir, 'en-ops.pdf');
  writeFileSync(pdfPath, pdf);
  // Cut where the page content and the cross-reference table are gone: the header alone remains.
  truncatedPath = join(dir, 'truncated.pdf');
  writeFileSync(truncatedPath, pdf.slice(0, Math.floor(pdf.length / 3)));
}, 60_000);

describe('parseInWorker (worker thread)', () => {
  it('returns the parsed, validated document', async () => {
    const document = await parseInWorker({ bytes: pdf, fileName: 'en-ops.pdf' });
    expect(document.source.type).toBe('pdf');
    expect(document.contact.name?.value).toBe('Jordan Lee');
  });

  it('passes an IngestError thrown in the worker through with its code and both messages', async () => {
    const error = await parseInWorker({ bytes: new Uint8Array(0) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'empty', localized: messages.empty });
  });

  it('stops the worker at the wall-clock limit with the timeout message', async () => {
    const error = await parseInWorker({ bytes: pdf }, { ...isolationOptions(), timeoutMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'timeout', localized: messages.timeout(PARSE_LIMITS.timeoutMs) });
  });

  it('stops the worker when the process outgrows the resident cap the server\'s children have', async () => {
    const cap = Math.floor(process.memoryUsage.rss() / 2 ** 20) - 1;
    const error = await parseInWorker({ bytes: pdf }, { ...isolationOptions(), rssLimitMb: cap }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'corrupt', localized: isolationMessages.crashed.review });
  });
});

describe('the CLI on a file it cannot read', () => {
  const { zh, en } = messages.timeout(PARSE_LIMITS.timeoutMs);

  it.each(['review', 'parse'])('%s: a parse past LIANGDIAN_PARSE_TIMEOUT_MS is stopped with a bilingual timeout, exit 1', (command) => {
    const result = run([command, pdfPath], { LIANGDIAN_PARSE_TIMEOUT_MS: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(zh);
    expect(result.stderr).toContain(en);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stdout).toBe('');
  });

  it.each(['review', 'parse'])('%s: a truncated PDF is a bilingual corrupt error, exit 1, no stack trace', (command) => {
    const result = run([command, truncatedPath]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(messages.corruptPdf.zh);
    expect(result.stderr).toContain(messages.corruptPdf.en);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('refuses a file over the size limit before reading it', () => {
    const large = join(dir, 'large.txt');
    writeFileSync(large, Buffer.alloc(PARSE_LIMITS.maxBytes + 1, 'a'));
    const result = run(['review', large]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(messages.tooLarge(PARSE_LIMITS.maxBytes).en);
  });
});

describe('liangdian review --personal', () => {
  it('keeps the name in a Markdown export only when asked', () => {
    const masked = run(['review', pdfPath, '--format', 'md']);
    const personal = run(['review', pdfPath, '--format', 'md', '--personal']);
    expect(masked.status).toBe(0);
    expect(personal.status).toBe(0);
    expect(masked.stdout).not.toContain('Jordan Lee');
    expect(personal.stdout).toContain('Jordan Lee');
  });
});
