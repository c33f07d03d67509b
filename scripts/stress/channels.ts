import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARSE_LIMITS } from '../../lib/ingest/index.ts';
import { messages } from '../../lib/ingest/messages.ts';
import { isolationMessages } from '../../server/isolation/messages.ts';
import type { CorpusFile, Outcome } from './corpus.ts';

/** How one corpus file fared through one way in (the isolated parser, the CLI, the HTTP API). */
export interface Result {
  id: string;
  category: CorpusFile['category'];
  channel: Channel;
  /** A review, an error code, or what went wrong: 'unclear' (no clear message), 'crash', 'hang', 'busy', 'server-error'. */
  outcome: string;
  ok: boolean;
  ms: number;
  detail?: string;
}

export type Channel = 'isolated' | 'cli' | 'api';

const ERROR_CODES = new Set(['empty', 'too-large', 'unsupported-type', 'encrypted', 'no-text-layer', 'corrupt', 'timeout', 'not-a-resume']);

/** Every message the parser (or its isolation) can end with, by code: how a CLI error is recognised. */
const MESSAGES_BY_CODE: [string, string[]][] = [
  ['empty', [messages.empty.en, messages.noText.en]],
  ['too-large', [messages.tooLarge(PARSE_LIMITS.maxBytes).en, messages.tooManyPages(PARSE_LIMITS.maxPages).en, messages.textTooLong(PARSE_LIMITS.maxTextChars).en]],
  ['unsupported-type', [messages.unsupported.en, messages.zipNotDocx.en, messages.legacyDoc.en, messages.macroDocument.en]],
  ['not-a-resume', [messages.notResumeTooLittle.en, messages.notResumeMarkup.en, messages.notResumeGarbage.en]],
  ['encrypted', [messages.encrypted.en, messages.encryptedDocx.en]],
  ['no-text-layer', [messages.noTextLayer.en]],
  ['corrupt', [messages.corruptPdf.en, messages.corruptDocx.en, isolationMessages.crashed.review.en]],
  ['timeout', [messages.timeout(PARSE_LIMITS.timeoutMs).en, isolationMessages.timeout.review.en]],
];

function codeOfMessage(text: string): string | undefined {
  return MESSAGES_BY_CODE.find(([, known]) => known.some((message) => text.includes(message)))?.[0];
}

/** Whether an outcome is right for the file: a clear outcome, and one it was expected to come to. */
export function judge(file: CorpusFile, outcome: string): boolean {
  if (outcome !== 'review' && !ERROR_CODES.has(outcome)) return false;
  return file.expected === 'any' || file.expected.includes(outcome as Outcome);
}

/** Runs `work` over `items` with at most `limit` at once, in order of start. */
export async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      continue;
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total / 2 ** 20;
}

/** Samples a process tree's memory until stopped; keeps the peak. */
export function sampleMemory(pid: number, everyMs = 100): { stop(): number; peak(): number } {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
    peak: () => peak,
  };
}

/** Through `reviewIsolated` in this process: the same isolation the server uses. */
export async function throughIsolated(file: CorpusFile, parse: (input: { bytes: Uint8Array; fileName: string }) => Promise<unknown>): Promise<Result> {
  const started = performance.now();
  let outcome: string;
  let detail: string | undefined;
  try {
    await parse({ bytes: new Uint8Array(readFileSync(file.path)), fileName: file.fileName });
    outcome = 'review';
  } catch (error) {
    const { name, code, localized } = error as { name?: string; code?: string; localized?: { zh?: string; en?: string } };
    const clear = name === 'IngestError' && localized?.zh?.trim() && localized.en?.trim();
    outcome = clear ? String(code) : name === 'BusyError' ? 'busy' : 'unclear';
    const cause = (error as { cause?: unknown }).cause;
    detail = clear ? `${localized!.en}${cause instanceof Error ? ` (${cause.message})` : ''}` : String(error);
  }
  return { id: file.id, category: file.category, channel: 'isolated', outcome, ok: judge(file, outcome), ms: performance.now() - started, detail };
}

/** The CLI command that reviews a file: `liangdian review`, or `parse` where review has not landed. */
export function cliCommand(root: string): string {
  return existsSync(join(root, 'cli/review.ts')) ? 'review' : 'parse';
}

/** Through the CLI as a user runs it: a new process per file. */
export function throughCli(file: CorpusFile, root: string, timeoutMs: number): Promise<Result> {
  const command = cliCommand(root);
  const args = [join(root, 'bin/liangdian.js'), command, file.path, command === 'review' ? '--format=json' : '--json'];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
    });
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let outcome: string;
      if (hung) outcome = 'hang';
      else if (signal || code === null || code > 2) outcome = 'crash';
      else if (code === 0) outcome = stdout > 0 ? 'review' : 'unclear';
      else {
        // A clear error is the parser's own message, never a stack trace.
        const code = codeOfMessage(stderr);
        outcome = code && !/^\s+at /m.test(stderr) ? code : 'unclear';
      }
      resolve({
        id: file.id, category: file.category, channel: 'cli', outcome, ok: judge(file, outcome),
        ms: performance.now() - started, detail: outcome === 'review' ? undefined : stderr.trim().split('\n').slice(0, 3).join(' / ').slice(0, 300),
      });
    });
  });
}

export interface ApiTarget {
  baseUrl: string;
  timeoutMs: number;
}

/** Through the HTTP API: upload as multipart, then read the report page and its JSON back. */
export async function throughApi(file: CorpusFile, target: ApiTarget, reviewIds: string[]): Promise<Result> {
  const started = performance.now();
  const result = (outcome: string, detail?: string): Result => ({
    id: file.id, category: file.category, channel: 'api', outcome, ok: judge(file, outcome), ms: performance.now() - started, detail,
  });
  const form = new FormData();
  form.set('file', new Blob([readFileSync(file.path)], { type: file.mediaType }), file.fileName);
  let response: Response;
  try {
    response = await fetch(`${target.baseUrl}/api/reviews`, { method: 'POST', body: form, signal: AbortSignal.timeout(target.timeoutMs) });
  } catch (error) {
    return result((error as Error).name === 'TimeoutError' ? 'hang' : 'crash', String(error));
  }
  const text = await response.text();
  let body: { id?: string; error?: { code?: string; message?: string } } = {};
  try {
    body = JSON.parse(text);
  } catch {
    return result('unclear', `${response.status}: ${text.slice(0, 200)}`);
  }
  if (response.status >= 500) return result('server-error', `${response.status} ${body.error?.code}: ${body.error?.message}`);
  if (!response.ok) {
    const code = body.error?.code;
    if (!code || !body.error?.message?.trim()) return result('unclear', text.slice(0, 200));
    // The route refuses oversize and wrongly typed uploads itself, before parsing.
    return result(code === 'bad-request' ? 'unclear' : code, body.error.message);
  }
  if (!body.id) return result('unclear', 'no id in a successful response');
  reviewIds.push(body.id);
  const [json, page] = await Promise.all([
    fetch(`${target.baseUrl}/api/reviews/${body.id}`, { signal: AbortSignal.timeout(target.timeoutMs) }),
    fetch(`${target.baseUrl}/r/${body.id}`, { signal: AbortSignal.timeout(target.timeoutMs) }),
  ]);
  await Promise.all([json.arrayBuffer(), page.arrayBuffer()]);
  if (!json.ok || !page.ok) return result('server-error', `report ${json.status}, page ${page.status}`);
  return result('review');
}
