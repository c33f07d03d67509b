import type { ExplainedError, JobMessage, ProgressMessage, ReadyMessage, ResultMessage, Task } from './protocol.ts';

/** An error that carries its own code and both messages (IngestError, ExportError, ...), as plain data. */
export function explained(error: unknown): ExplainedError | null {
  if (!(error instanceof Error) || !('code' in error) || !('localized' in error)) return null;
  const localized = error.localized as { zh?: unknown; en?: unknown } | null;
  if (typeof error.code !== 'string' || typeof localized?.zh !== 'string' || typeof localized.en !== 'string') return null;
  return { name: error.name, code: error.code, localized: { zh: localized.zh, en: localized.en } };
}

/**
 * Runs inside a pool child: answers each job the parent sends with `run`'s outcome as plain data.
 * Jobs come one at a time (the pool never sends a second before the first is answered).
 */
export function serveJobs(run: (task: Task, progress: (step: ProgressMessage['progress']) => void) => Promise<unknown>): void {
  const send = (message: ResultMessage | ReadyMessage | ProgressMessage) => process.send?.(message);
  process.on('message', async (job: JobMessage) => {
    try {
      send({ id: job.id, ok: true, value: await run(job.task, (progress) => send({ id: job.id, progress })) });
    } catch (error) {
      const known = explained(error);
      send({
        id: job.id,
        ok: false,
        error: known ? { explained: known } : { unexpected: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
      });
    }
  });
  // The parent went away (it exited or was killed): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}
