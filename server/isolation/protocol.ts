import type { ResumeDocument } from '../../lib/document/schema.ts';
import type { IngestErrorCode } from '../../lib/ingest/errors.ts';
import type { Localized } from '../../lib/report/schema.ts';

import type { ResumeInput } from '../../lib/ingest/index.ts';

/** What `parseResume` accepts (a type-only import: the parser itself loads only in the children). */
export type ParseInput = ResumeInput;

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
