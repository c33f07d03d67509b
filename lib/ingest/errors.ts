import type { Localized } from '../report/schema.ts';

export type IngestErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'encrypted'
  | 'no-text-layer'
  | 'corrupt'
  | 'timeout'
  | 'not-a-resume';

/** A resume that cannot be read. Every shell (CLI, API, UI) shows `message` in the user's language. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly localized: Localized;

  constructor(code: IngestErrorCode, localized: Localized, options?: { cause?: unknown }) {
    super(localized.en, options);
    this.name = 'IngestError';
    this.code = code;
    this.localized = localized;
  }
}
