import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ResumeDocument } from '../../lib/document/schema.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import type { Localized } from '../../lib/report/schema.ts';
import { isolationMessages } from './messages.ts';
import type { JobMessage, ParseInput, ReadyMessage, ResultMessage } from './protocol.ts';

export interface PoolOptions {
  /** The child's entry module (TypeScript, run through tsx). */
  workerPath: string;
  /** Directory the child runs in; `tsx` must resolve from it. */
  cwd: string;
  /** Children parsing at once. */
  size: number;
  /** Jobs allowed to wait for a free child; one more is refused with `BusyError`. */
  queueLimit: number;
  /** Wall-clock limit of one parse; past it the child is killed. */
  timeoutMs: number;
  /** V8 old-space limit of a child. */
  heapMb: number;
  /** Resident memory limit of a child (buffers and typed arrays live outside the V8 heap). */
  rssLimitMb: number;
  /** A child is replaced after this many jobs, so slow leaks never build up. */
  maxJobsPerChild: number;
}

/** The pool is full: the caller should answer 503 and let the client retry. */
export class BusyError extends Error {
  readonly code = 'busy';
  readonly localized: Localized = isolationMessages.busy;
  constructor() {
    super(isolationMessages.busy.en);
    this.name = 'BusyError';
  }
}

/** No child could be started (e.g. the worker module fails to load): a server fault, not the file's. */
export class ParserUnavailableError extends Error {
  readonly code = 'unavailable';
  readonly localized: Localized = isolationMessages.unavailable;
  constructor(detail: string) {
    super(`${isolationMessages.unavailable.en} (${detail})`);
    this.name = 'ParserUnavailableError';
  }
}

interface Job {
  id: number;
  input: ParseInput;
  resolve: (document: ResumeDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  job: Job | null;
  jobsDone: number;
  /** Why the pool killed this child, if it did; decides which error the job gets. */
  killedFor: 'timeout' | 'memory' | 'recycle' | 'close' | null;
  timer: NodeJS.Timeout | null;
  watchdog: NodeJS.Timeout | null;
}

export interface PoolStats {
  size: number;
  busy: number;
  queued: number;
  completed: number;
  failed: number;
  rejectedBusy: number;
  killedTimeout: number;
  killedMemory: number;
  crashed: number;
  respawned: number;
}

const RSS_POLL_MS = 50;
const STARTUP_FAILURES_BEFORE_GIVING_UP = 3;

/**
 * NUL is the one character PostgreSQL cannot store in text or JSON; a mangled PDF's text can hold
 * it. U+FFFD takes its place: one UTF-16 unit for one, so every span still points at its words.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNul(item)])) as T;
  return value;
}

/** Resident set size of a process in MiB, from /proc (Linux); null when it cannot be read. */
export function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * 4096) / 2 ** 20;
  } catch {
    return null;
  }
}

/**
 * A small pool of child processes that parse resumes, so a hostile file can only ever take down
 * a child: each job has a wall-clock limit, each child a heap and a resident-memory limit, and a
 * child that dies or is killed is replaced before the next job.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextJobId = 1;
  private startupFailures = 0;
  private readyWaiters: (() => void)[] = [];
  private closed = false;
  private readonly counters = {
    completed: 0, failed: 0, rejectedBusy: 0, killedTimeout: 0, killedMemory: 0, crashed: 0, respawned: 0,
  };

  constructor(private readonly options: PoolOptions) {
    for (let index = 0; index < options.size; index++) this.slots.push(this.spawn());
  }

  parse(input: ParseInput): Promise<ResumeDocument> {
    if (this.closed) return Promise.reject(new ParserUnavailableError('pool closed'));
    if (this.startupFailures >= STARTUP_FAILURES_BEFORE_GIVING_UP) {
      return Promise.reject(new ParserUnavailableError('parse children keep failing to start'));
    }
    const idle = this.slots.some((slot) => slot.ready && !slot.job);
    if (!idle && this.queue.length >= this.options.queueLimit) {
      this.counters.rejectedBusy++;
      return Promise.reject(new BusyError());
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextJobId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves once every child has loaded the parser (for warm-up before measuring). */
  whenReady(): Promise<void> {
    if (this.slots.every((slot) => slot.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  stats(): PoolStats {
    return {
      size: this.slots.length,
      busy: this.slots.filter((slot) => slot.job).length,
      queued: this.queue.length,
      ...this.counters,
    };
  }

  /** Children's process ids (for tests and the stress script's memory sampling). */
  pids(): number[] {
    return this.slots.flatMap((slot) => (slot.child.pid && slot.child.exitCode === null && slot.child.signalCode === null ? [slot.child.pid] : []));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ParserUnavailableError('pool closed'));
    await Promise.all(this.slots.map((slot) => this.kill(slot, 'close')));
  }

  private spawn(): Slot {
    const child = fork(this.options.workerPath, [], {
      cwd: this.options.cwd,
      execArgv: ['--import', 'tsx', `--max-old-space-size=${this.options.heapMb}`, '--max-semi-space-size=16'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const slot: Slot = { child, ready: false, job: null, jobsDone: 0, killedFor: null, timer: null, watchdog: null };
    child.on('message', (message: ResultMessage | ReadyMessage) => this.onMessage(slot, message));
    child.on('exit', (code, signal) => this.onExit(slot, code, signal));
    child.on('error', () => {
      // 'exit' follows every spawn or kill failure; the slot is handled there.
    });
    return slot;
  }

  private onMessage(slot: Slot, message: ResultMessage | ReadyMessage): void {
    if ('ready' in message) {
      slot.ready = true;
      this.startupFailures = 0;
      if (this.slots.every((each) => each.ready)) for (const wake of this.readyWaiters.splice(0)) wake();
      this.dispatch();
      this.unrefIfIdle(slot);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    this.finish(slot);
    slot.jobsDone++;
    // The child's answer crosses a boundary like any request body: a document that breaks the
    // schema (NaN coordinates from a mangled PDF) would break the review and the store later.
    const checked = message.ok ? ResumeDocument.safeParse(withoutNul(message.document)) : null;
    if (checked?.success) {
      this.counters.completed++;
      job.resolve(checked.data);
    } else if (checked) {
      this.counters.failed++;
      const where = checked.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      console.error(`[liangdian] parser returned an invalid document (${where})`);
      job.reject(new IngestError('corrupt', isolationMessages.crashed, { cause: checked.error }));
    } else if (!message.ok) {
      this.counters.failed++;
      job.reject('ingest' in message.error
        ? new IngestError(message.error.ingest.code, message.error.ingest.localized)
        : new IngestError('corrupt', isolationMessages.crashed, { cause: new Error(message.error.unexpected) }));
    }
    if (slot.jobsDone >= this.options.maxJobsPerChild) void this.kill(slot, 'recycle');
    else this.unrefIfIdle(slot);
    this.dispatch();
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    const wasReady = slot.ready;
    slot.ready = false;
    this.finish(slot);
    const reason = slot.killedFor;
    if (job) {
      this.counters.failed++;
      if (reason === 'timeout') {
        this.counters.killedTimeout++;
        job.reject(new IngestError('timeout', isolationMessages.timeout));
      } else {
        if (reason === 'memory') this.counters.killedMemory++;
        else this.counters.crashed++;
        job.reject(new IngestError('corrupt', isolationMessages.crashed, {
          cause: new Error(`parse child ${reason ?? 'died'} (code ${code}, signal ${signal})`),
        }));
      }
    }
    if (this.closed) return;
    if (!wasReady && reason === null) this.startupFailures++;
    if (this.startupFailures >= STARTUP_FAILURES_BEFORE_GIVING_UP) {
      // The worker cannot even load: waiting jobs would wait forever.
      for (const waiting of this.queue.splice(0)) waiting.reject(new ParserUnavailableError(`child exited with code ${code}`));
    }
    // Respawn at once normally; back off when children keep dying before they are ready.
    // Until then the dead slot stays in place, never ready, so nothing is sent to it.
    const respawn = () => {
      if (this.closed || this.slots[index] !== slot) return;
      this.slots[index] = this.spawn();
      this.counters.respawned++;
    };
    if (this.startupFailures === 0) respawn();
    else setTimeout(respawn, Math.min(30_000, 250 * 2 ** this.startupFailures)).unref();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || slot.killedFor) continue;
      const job = this.queue.shift();
      if (!job) return;
      this.start(slot, job);
    }
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    this.ref(slot);
    slot.timer = setTimeout(() => void this.kill(slot, 'timeout'), this.options.timeoutMs);
    slot.watchdog = setInterval(() => {
      const pid = slot.child.pid;
      const rss = pid ? residentMb(pid) : null;
      if (rss !== null && rss > this.options.rssLimitMb) void this.kill(slot, 'memory');
    }, RSS_POLL_MS);
    const message: JobMessage = { id: job.id, input: job.input };
    slot.child.send(message, (error) => {
      if (error) void this.kill(slot, null);
    });
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.watchdog) clearInterval(slot.watchdog);
    slot.timer = null;
    slot.watchdog = null;
    slot.job = null;
  }

  private ref(slot: Slot): void {
    slot.child.ref();
    (slot.child.channel as { ref?: () => void } | undefined)?.ref?.();
  }

  private unrefIfIdle(slot: Slot): void {
    // An idle child must not keep a CLI or test process alive.
    if (slot.job) return;
    slot.child.unref();
    (slot.child.channel as { unref?: () => void } | undefined)?.unref?.();
  }

  private kill(slot: Slot, reason: Slot['killedFor']): Promise<void> {
    if (slot.child.exitCode !== null || slot.child.signalCode !== null) return Promise.resolve();
    slot.killedFor ??= reason;
    // An idle child is unref'd; its exit must still be waited for.
    this.ref(slot);
    return new Promise((resolve) => {
      slot.child.once('exit', () => resolve());
      slot.child.kill('SIGKILL');
    });
  }
}
