import { Report } from '../../lib/report/schema.ts';
import { deepFreeze } from '../deep-freeze.ts';
import type { Queryable } from './db.ts';

/**
 * Parsed reports by review id and version. A stored version's report never changes (a revision is a
 * new version), so a copy here is never stale; reading and validating a report from the database
 * costs far more than showing it. Which versions exist is always asked of the database, so another
 * instance's new versions and deletions are seen at once.
 */
export class ReportCache {
  readonly #entries = new Map<string, { report: Report; weight: number }>();
  #weight = 0;

  /** `budget`: the most document characters kept, a stand-in for memory (a report's size follows its text). */
  constructor(readonly budget: number) {}

  get(reviewId: string, version: number): Report | undefined {
    const key = cacheKey(reviewId, version);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Least recently used goes first: a Map iterates in insertion order, so a hit moves to the end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.report;
  }

  set(reviewId: string, version: number, report: Report): void {
    const key = cacheKey(reviewId, version);
    this.#remove(key);
    const weight = report.document.text.length + 1;
    if (weight > this.budget) return;
    this.#entries.set(key, { report: deepFreeze(report), weight });
    this.#weight += weight;
    for (const oldest of this.#entries.keys()) {
      if (this.#weight <= this.budget) break;
      this.#remove(oldest);
    }
  }

  /** Drops every version of a deleted review. */
  forget(reviewId: string): void {
    for (const key of [...this.#entries.keys()]) if (key.startsWith(`${reviewId}/`)) this.#remove(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#weight -= entry.weight;
  }
}

const cacheKey = (reviewId: string, version: number) => `${reviewId}/${version}`;

/** About 400 two-page resumes' reports. */
export const reportCache = new ReportCache(2_000_000);

const json = new WeakMap<Report, string>();

/** A report as JSON text, made once for a shared (frozen) report: its insert and the upload's answer both need it. */
export function reportJson(report: Report): string {
  const known = json.get(report);
  if (known !== undefined) return known;
  const text = JSON.stringify(report);
  if (Object.isFrozen(report)) json.set(report, text);
  return text;
}

/** `columns` of one version's row: version 1 lives in the review row, revisions in review_versions. */
export function selectVersion<Row extends Record<string, unknown>>(db: Queryable, columns: string, reviewId: string, version: number) {
  return version === 1
    ? db.query<Row>(`SELECT ${columns} FROM reviews WHERE id = $1`, [reviewId])
    : db.query<Row>(`SELECT ${columns} FROM review_versions WHERE review_id = $1 AND version = $2`, [reviewId, version]);
}

/** The report of one version, from memory or else from its row; null when there is no such version. */
export async function storedReport(db: Queryable, reviewId: string, version: number): Promise<Report | null> {
  const cached = reportCache.get(reviewId, version);
  if (cached) return cached;
  // Stored as the JSON text reportJson made (migration 020); checked against the schema as it is read.
  const { rows } = await selectVersion<{ report: string }>(db, 'report', reviewId, version);
  if (!rows[0]) return null;
  const report = Report.parse(JSON.parse(rows[0].report));
  reportCache.set(reviewId, version, report);
  return report;
}
