import type { JobMessage, ParseInput, ReadyMessage, ResultMessage } from './protocol.ts';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { IngestError } from '../../lib/ingest/errors.ts';

/**
 * Runs inside a pool child: answers each job the parent sends with `parse`'s outcome as plain
 * data. Jobs come one at a time (the pool never sends a second before the first is answered).
 */
export function serveJobs(parse: (input: ParseInput) => Promise<ResumeDocument>): void {
  const send = (message: ResultMessage | ReadyMessage) => process.send?.(message);
  process.on('message', async (job: JobMessage) => {
    try {
      send({ id: job.id, ok: true, document: await parse(job.input) });
    } catch (error) {
      send({
        id: job.id,
        ok: false,
        error: error instanceof IngestError
          ? { ingest: { code: error.code, localized: error.localized } }
          : { unexpected: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
      });
    }
  });
  // The parent went away (it exited or was killed): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}
