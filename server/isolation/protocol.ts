import type { ResumeDocument } from '../../lib/document/schema.ts';
import type { IngestErrorCode } from '../../lib/ingest/errors.ts';
import type { Localized } from '../../lib/report/schema.ts';

/** What `parseResume` accepts, restated so the pool does not import the parser itself. */
export type ParseInput = { bytes: Uint8Array; fileName?: string } | { text: string };

/** Parent → child: one parse job. */
export interface JobMessage {
  id: number;
  input: ParseInput;
}

/** Child → parent: the job's outcome. An error is sent as plain data and rebuilt on the other side. */
export type ResultMessage =
  | { id: number; ok: true; document: ResumeDocument }
  | { id: number; ok: false; error: { ingest: { code: IngestErrorCode; localized: Localized } } | { unexpected: string } };

/** Child → parent once, when the parser is loaded and jobs can be sent. */
export interface ReadyMessage {
  ready: true;
}
