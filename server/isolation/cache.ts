import { createHash } from 'node:crypto';
import { IngestError, type IngestErrorCode } from '../../lib/ingest/errors.ts';
import type { Localized, Role } from '../../lib/report/schema.ts';
import { deepFreeze } from '../deep-freeze.ts';
import type { ParseInput } from './protocol.ts';

/**
 * Work done in a pool child is a pure function of its input (parse and review of an upload, a page
 * of a stored PDF): the same input again (a revision check, a second reviewer, a retry, the page
 * asked again) is answered from memory. Input that cannot be read is remembered too, so resending
 * one hostile file cannot keep the pool busy.
 */
type Outcome<T> = { value: T } | { error: { code: IngestErrorCode; localized: Localized } };

/** The key of a review: the upload's kind, name and content, and the role asked for. */
export function reviewKey(input: ParseInput, role: Role | undefined): string {
  const hash = createHash('sha256');
  hash.update(`${'bytes' in input ? 'bytes' : 'text'}\0${input.fileName ?? ''}\0${role ?? ''}\0`);
  hash.update('bytes' in input ? input.bytes : input.text);
  return hash.digest('base64url');
}

export class OutcomeCache<T> {
  private readonly entries = new Map<string, Outcome<T>>();
  private readonly pending = new Map<string, Promise<T>>();

  /**
   * @param transient error codes that depend on the machine's load rather than the input, never
   *   remembered (a timeout of a parse, which may pass on a quieter machine)
   */
  constructor(private readonly maxEntries: number, private readonly transient: ReadonlySet<IngestErrorCode> = new Set()) {}

  /**
   * The value for `key`: remembered, or being made for an identical request right now (which this
   * one then waits for), or made by `work`. Every caller gets the same frozen value.
   */
  async get(key: string, work: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      if ('error' in known) throw new IngestError(known.error.code, known.error.localized);
      return known.value;
    }
    let running = this.pending.get(key);
    if (!running) {
      running = work().then(
        (value) => {
          deepFreeze(value);
          this.remember(key, { value });
          return value;
        },
        (error: unknown) => {
          if (error instanceof IngestError && !this.transient.has(error.code)) this.remember(key, { error: { code: error.code, localized: error.localized } });
          throw error;
        },
      ).finally(() => this.pending.delete(key));
      this.pending.set(key, running);
    }
    return running;
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, outcome: Outcome<T>): void {
    this.entries.set(key, outcome);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
