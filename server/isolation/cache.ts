import { createHash } from 'node:crypto';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { IngestError, type IngestErrorCode } from '../../lib/ingest/errors.ts';
import type { Localized } from '../../lib/report/schema.ts';
import { deepFreeze } from '../deep-freeze.ts';
import type { ParseInput } from './protocol.ts';

/**
 * Parsing is a pure function of the input, and the costliest step of a review: the same file
 * uploaded again (a revision check, a second reviewer, a retry) is answered from memory. A file
 * that cannot be read is remembered too, so resending one hostile file cannot keep the pool busy.
 */
type Outcome = { document: ResumeDocument } | { error: { code: IngestErrorCode; localized: Localized } };

/** Outcomes that depend on the machine's load rather than the file are never remembered. */
const TRANSIENT: ReadonlySet<IngestErrorCode> = new Set(['timeout']);

export function cacheKey(input: ParseInput): string {
  const hash = createHash('sha256');
  hash.update(`${'bytes' in input ? 'bytes' : 'text'}\0${input.fileName ?? ''}\0`);
  hash.update('bytes' in input ? input.bytes : input.text);
  return hash.digest('base64url');
}

export class ParseCache {
  private readonly entries = new Map<string, Outcome>();
  private readonly pending = new Map<string, Promise<ResumeDocument>>();

  constructor(private readonly maxEntries: number) {}

  /**
   * The document for `input`: remembered, or being parsed for an identical request right now
   * (which this one then waits for), or parsed by `parse`. Every caller gets the same frozen document.
   */
  async get(input: ParseInput, parse: (input: ParseInput) => Promise<ResumeDocument>): Promise<ResumeDocument> {
    const key = cacheKey(input);
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      if ('error' in known) throw new IngestError(known.error.code, known.error.localized);
      return known.document;
    }
    let work = this.pending.get(key);
    if (!work) {
      work = parse(input).then(
        (document) => {
          deepFreeze(document);
          this.remember(key, { document });
          return document;
        },
        (error: unknown) => {
          if (error instanceof IngestError && !TRANSIENT.has(error.code)) this.remember(key, { error: { code: error.code, localized: error.localized } });
          throw error;
        },
      ).finally(() => this.pending.delete(key));
      this.pending.set(key, work);
    }
    return work;
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, outcome: Outcome): void {
    this.entries.set(key, outcome);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
