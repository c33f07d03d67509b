import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ExportError } from '../../lib/export/schema.ts';
import { IngestError, type IngestErrorCode } from '../../lib/ingest/errors.ts';
import type { Localized } from '../../lib/report/schema.ts';
import { isolationMessages } from './messages.ts';
import type { ExplainedError, JobMessage, ProgressMessage, ReadyMessage, ResultMessage, Task } from './protocol.ts';

export interface PoolOptions {
  /**
   * The child's entry module: a bundle (JavaScript, path or file URL), or TypeScript run through tsx
   * (tests' fixtures). A promise while the bundle is being built: children start once it is there.
   */
  workerPath: string | Promise<string>;
  /** Directory the child runs in; `tsx` must resolve from it. */
  cwd: string;
  /** Children working at once. */
  size: number;
  /** Jobs allowed to wait for a free child; one more is refused with `BusyError`. */
  queueLimit: number;
  /** Wall-clock limit of one job; past it the child is killed. */
  timeoutMs: number;
  /** V8 old-space limit of a child. */
  heapMb: number;
  /** Resident memory limit of a child (buffers and typed arrays live outside the V8 heap). */
  rssLimitMb: number;
  /** A child is replaced after this many jobs, so slow leaks never build up. */
  maxJobsPerChild: number;
  /**
   * Scheduling niceness of the children (0 to 19): above the server's own 0, a child burning CPU on
   * a hostile page yields the cores to the requests the server answers itself.
   */
  nice?: number;
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
export class WorkerUnavailableError extends Error {
  readonly code = 'unavailable';
  readonly localized: Localized = isolationMessages.unavailable;
  constructor(detail: string) {
    super(`${isolationMessages.unavailable.en} (${detail})`);
    this.name = 'WorkerUnavailableError';
  }
}

interface Job {
  id: number;
  task: Task;
  onProgress?: (step: ProgressMessage['progress']) => void;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  /** Null until the worker module is known (the bundle may still be building). */
  child: ChildProcess | null;
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

/** Resident set size of a process in MiB, from /proc (Linux); null when it cannot be read. */
export function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * 4096) / 2 ** 20;
  } catch {
    return null;
  }
}

/** An error a child explained, rebuilt as its own class where the parent knows it. */
function rebuilt(error: ExplainedError): Error {
  if (error.name === 'IngestError') return new IngestError(error.code as IngestErrorCode, error.localized);
  if (error.name === 'ExportError') return new ExportError(error.code as ExportError['code'], error.localized);
  // The child's own queue (the printer's) is full: the same answer as a full pool.
  if (error.code === 'busy') return new BusyError();
  return new IngestError('corrupt', isolationMessages.crashed.review, { cause: new Error(`${error.name}: ${error.localized.en}`) });
}

/**
 * A small pool of child processes that do the work whose cost depends on an upload (parse and
 * review, page images, exports), so a hostile file can only ever take down a child: each job has a
 * wall-clock limit, each child a heap and a resident-memory limit, and a child that dies or is
 * killed is replaced before the next job.
 */
export class WorkerPool {
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

  /**
   * The child's answer to `task`, as the child sent it (the caller checks its shape). Rejects with the
   * child's own explained error (IngestError, ExportError), IngestError 'timeout' or 'corrupt' when
   * the child had to be killed or died, BusyError when too many jobs wait.
   */
  run(task: Task, onProgress?: (step: ProgressMessage['progress']) => void): Promise<unknown> {
    if (this.closed) return Promise.reject(new WorkerUnavailableError('pool closed'));
    if (this.startupFailures >= STARTUP_FAILURES_BEFORE_GIVING_UP) {
      return Promise.reject(new WorkerUnavailableError('children keep failing to start'));
    }
    const idle = this.slots.some((slot) => slot.ready && !slot.job);
    if (!idle && this.queue.length >= this.options.queueLimit) {
      this.counters.rejectedBusy++;
      return Promise.reject(new BusyError());
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextJobId++, task, onProgress, resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves once every child has loaded its modules (for warm-up before measuring). */
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
    return this.slots.flatMap(({ child }) => (child?.pid && child.exitCode === null && child.signalCode === null ? [child.pid] : []));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new WorkerUnavailableError('pool closed'));
    await Promise.all(this.slots.map((slot) => this.kill(slot, 'close')));
  }

  private spawn(): Slot {
    const slot: Slot = { child: null, ready: false, job: null, jobsDone: 0, killedFor: null, timer: null, watchdog: null };
    void Promise.resolve(this.options.workerPath).then(
      (path) => this.launch(slot, path.startsWith('file:') ? fileURLToPath(path) : path),
      (error: unknown) => {
        // No worker module at all (the bundle could not be built): nothing will ever start.
        console.error('[liangdian] worker module unavailable', error);
        this.startupFailures = STARTUP_FAILURES_BEFORE_GIVING_UP;
        for (const waiting of this.queue.splice(0)) waiting.reject(new WorkerUnavailableError('no worker module'));
      },
    );
    return slot;
  }

  private launch(slot: Slot, path: string): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const child = fork(path, [], {
      cwd: this.options.cwd,
      execArgv: [...(path.endsWith('.ts') ? ['--import', 'tsx'] : []), `--max-old-space-size=${this.options.heapMb}`, '--max-semi-space-size=16'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    slot.child = child;
    if (this.options.nice && child.pid) {
      try {
        setPriority(child.pid, this.options.nice);
      } catch {
        // Not permitted here: the child runs at the server's priority.
      }
    }
    child.on('message', (message: ResultMessage | ReadyMessage | ProgressMessage) => this.onMessage(slot, message));
    child.on('exit', (code, signal) => this.onExit(slot, code, signal));
    child.on('error', () => {
      // 'exit' follows every spawn or kill failure; the slot is handled there.
    });
  }

  private onMessage(slot: Slot, message: ResultMessage | ReadyMessage | ProgressMessage): void {
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
    if ('progress' in message) return job.onProgress?.(message.progress);
    this.finish(slot);
    slot.jobsDone++;
    if (message.ok) {
      this.counters.completed++;
      job.resolve(message.value);
    } else {
      this.counters.failed++;
      job.reject('explained' in message.error
        ? rebuilt(message.error.explained)
        : new IngestError('corrupt', isolationMessages.crashed[job.task.kind], { cause: new Error(message.error.unexpected) }));
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
        job.reject(new IngestError('timeout', isolationMessages.timeout[job.task.kind]));
      } else {
        if (reason === 'memory') this.counters.killedMemory++;
        else this.counters.crashed++;
        job.reject(new IngestError('corrupt', isolationMessages.crashed[job.task.kind], {
          cause: new Error(`${job.task.kind} child ${reason ?? 'died'} (code ${code}, signal ${signal})`),
        }));
      }
    }
    if (this.closed) return;
    if (!wasReady && reason === null) this.startupFailures++;
    if (this.startupFailures >= STARTUP_FAILURES_BEFORE_GIVING_UP) {
      // The worker cannot even load: waiting jobs would wait forever.
      for (const waiting of this.queue.splice(0)) waiting.reject(new WorkerUnavailableError(`child exited with code ${code}`));
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
      const pid = slot.child?.pid;
      const rss = pid ? residentMb(pid) : null;
      if (rss !== null && rss > this.options.rssLimitMb) void this.kill(slot, 'memory');
    }, RSS_POLL_MS);
    const message: JobMessage = { id: job.id, task: job.task };
    slot.child!.send(message, (error) => {
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
    slot.child?.ref();
    (slot.child?.channel as { ref?: () => void } | undefined)?.ref?.();
  }

  private unrefIfIdle(slot: Slot): void {
    // An idle child must not keep a CLI or test process alive.
    if (slot.job) return;
    slot.child?.unref();
    (slot.child?.channel as { unref?: () => void } | undefined)?.unref?.();
  }

  private kill(slot: Slot, reason: Slot['killedFor']): Promise<void> {
    const { child } = slot;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    slot.killedFor ??= reason;
    // An idle child is unref'd; its exit must still be waited for.
    this.ref(slot);
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
