import type { ExportFormat } from '../../lib/export/schema.ts';
import type { ResumeInput } from '../../lib/ingest/index.ts';
import type { MentorReview } from '../../lib/mentor/schema.ts';
import type { Localized, Report, Role } from '../../lib/report/schema.ts';
import type { ExportReviewOptions } from '../export/index.ts';

/** What `parseResume` accepts (a type-only import: the parser itself loads only in the children). */
export type ParseInput = ResumeInput;

/**
 * The work a pool child does: everything whose cost depends on what a user uploaded.
 * - review: parse the upload and review it (the report carries the document);
 * - page-image: draw one page of a stored PDF as a PNG (null when there is no such page);
 * - export: one export format of a review (the uploaded PDF rides along for the annotated original).
 */
export type Task =
  | { kind: 'review'; input: ParseInput; role?: Role }
  | { kind: 'page-image'; pdf: Uint8Array; page: number }
  | {
    kind: 'export';
    report: Report;
    mentor: MentorReview;
    format: ExportFormat;
    options: ExportReviewOptions;
  };

/** Parent → child: one job. */
export interface JobMessage {
  id: number;
  task: Task;
}

/**
 * An error that explains itself (IngestError, ExportError, the printer's busy signal) crosses as its
 * class name, code and both messages, and is rebuilt as that class on the other side.
 */
export interface ExplainedError {
  name: string;
  code: string;
  localized: Localized;
}

/** Child → parent: the job's outcome. An error is sent as plain data and rebuilt on the other side. */
export type ResultMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { explained: ExplainedError } | { unexpected: string } };

/** Child → parent while a review job runs: the upload is read, the review starts. */
export interface ProgressMessage {
  id: number;
  progress: 'reviewing';
}

/** Child → parent once, when the child's modules are loaded and jobs can be sent. */
export interface ReadyMessage {
  ready: true;
}
