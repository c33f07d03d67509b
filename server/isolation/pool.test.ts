import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../lib/ingest/errors.ts';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { BusyError, WorkerPool, type PoolOptions } from './pool.ts';

const root = join(import.meta.dirname, '../..');
const pools: WorkerPool[] = [];

/** The fixture answers a review job with a document naming its own process. */
interface HostilePool extends WorkerPool {
  parse(input: { text: string }): Promise<ResumeDocument>;
}

function hostilePool(overrides: Partial<PoolOptions> = {}): HostilePool {
  const pool = new WorkerPool({
    workerPath: join(root, 'server/isolation/hostile-worker.fixture.ts'),
    cwd: root,
    size: 2,
    queueLimit: 4,
    timeoutMs: 2_000,
    heapMb: 128,
    rssLimitMb: 400,
    maxJobsPerChild: 100,
    ...overrides,
  });
  pools.push(pool);
  return Object.assign(pool, { parse: (input: { text: string }) => pool.run({ kind: 'review', input }) as Promise<ResumeDocument> });
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const pidOf = (text: string) => Number(/pid:(\d+)/.exec(text)?.[1]);

describe('WorkerPool', () => {
  it('returns the document parsed in a child process', async () => {
    const document = await hostilePool().parse({ text: 'hello' });
    expect(document.text).toMatch(/^hello pid:\d+$/);
    expect(pidOf(document.text)).not.toBe(process.pid);
  });

  it('rethrows the parser\'s IngestError with its code and both messages', async () => {
    const error = await hostilePool().parse({ text: 'encrypted' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'encrypted', localized: { zh: '文件已加密', en: 'The file is encrypted' } });
  });

  it('turns an unexpected parser exception into IngestError corrupt', async () => {
    await expect(hostilePool().parse({ text: 'bug' })).rejects.toMatchObject({ name: 'IngestError', code: 'corrupt' });
  });

  it('tells the parent how a job is going before it ends', async () => {
    const steps: string[] = [];
    await hostilePool().run({ kind: 'review', input: { text: 'fine' } }, (step) => steps.push(step));
    expect(steps).toEqual(['reviewing']);
  });

  it('kills a hung child at the time limit, answers timeout, and keeps serving', async () => {
    const pool = hostilePool({ size: 1, timeoutMs: 500 });
    await pool.whenReady();
    const started = Date.now();
    await expect(pool.parse({ text: 'hang' })).rejects.toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(pool.parse({ text: 'after' })).resolves.toMatchObject({ text: expect.stringMatching(/^after/) });
    expect(pool.stats()).toMatchObject({ killedTimeout: 1, respawned: 1, completed: 1 });
  });

  it('answers corrupt when a child crashes, and replaces it', async () => {
    const pool = hostilePool({ size: 1 });
    const before = pidOf((await pool.parse({ text: 'first' })).text);
    await expect(pool.parse({ text: 'crash' })).rejects.toMatchObject({ code: 'corrupt' });
    const after = pidOf((await pool.parse({ text: 'second' })).text);
    expect(after).not.toBe(before);
  });

  it('kills a child whose memory outgrows the limit, outside the V8 heap too', async () => {
    const pool = hostilePool({ size: 1, rssLimitMb: 300, timeoutMs: 10_000 });
    await expect(pool.parse({ text: 'eat-memory' })).rejects.toMatchObject({ code: 'corrupt' });
    expect(pool.stats().killedMemory).toBe(1);
    await expect(pool.parse({ text: 'fine' })).resolves.toBeDefined();
  });

  it('refuses work past the queue bound with BusyError, and finishes what it accepted', async () => {
    const pool = hostilePool({ size: 1, queueLimit: 2 });
    await pool.parse({ text: 'warm' });
    const accepted = [pool.parse({ text: 'a' }), pool.parse({ text: 'b' }), pool.parse({ text: 'c' })];
    await expect(pool.parse({ text: 'd' })).rejects.toBeInstanceOf(BusyError);
    const texts = (await Promise.all(accepted)).map((document) => document.text.split(' ')[0]);
    expect(texts).toEqual(['a', 'b', 'c']);
  });

  it('keeps results apart when many jobs run on several children', async () => {
    const pool = hostilePool({ size: 2, queueLimit: 50 });
    await pool.whenReady();
    const inputs = Array.from({ length: 40 }, (_, index) => `job-${index}`);
    const documents = await Promise.all(inputs.map((text) => pool.parse({ text })));
    expect(documents.map((document) => document.text.split(' ')[0])).toEqual(inputs);
    expect(new Set(documents.map((document) => pidOf(document.text))).size).toBe(2);
  });

  it('replaces a child after its job allowance', async () => {
    const pool = hostilePool({ size: 1, maxJobsPerChild: 2 });
    const pids = [];
    for (const text of ['1', '2', '3']) pids.push(pidOf((await pool.parse({ text })).text));
    expect(pids[0]).toBe(pids[1]);
    expect(pids[2]).not.toBe(pids[1]);
  });

  it('gives up with WorkerUnavailableError when children cannot start', async () => {
    const pool = hostilePool({ workerPath: join(root, 'server/isolation/no-such-worker.ts') });
    await expect(pool.parse({ text: 'x' })).rejects.toMatchObject({ name: 'WorkerUnavailableError' });
  });

  it('waits for a worker module still being made, and gives up when none comes', async () => {
    const later = new Promise<string>((resolve) => setTimeout(() => resolve(join(root, 'server/isolation/hostile-worker.fixture.ts')), 200));
    await expect(hostilePool({ workerPath: later }).parse({ text: 'late' })).resolves.toMatchObject({ text: expect.stringMatching(/^late pid:/) });
    await expect(hostilePool({ workerPath: Promise.reject(new Error('no bundle')) }).parse({ text: 'x' })).rejects.toMatchObject({ name: 'WorkerUnavailableError' });
  });
});
