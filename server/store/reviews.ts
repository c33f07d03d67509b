import { randomBytes } from 'node:crypto';
import type { Report } from '../../lib/report/schema.ts';
import type { SourceType } from '../../lib/document/schema.ts';
import { ReviewId } from '../../lib/api/reviews.ts';
import type { Queryable } from './db.ts';
import { reportCache, reportJson, storedReport } from './reports.ts';

/** 128 random bits, base64url: a report link nobody can guess. */
export function newReviewId(): string {
  return randomBytes(16).toString('base64url');
}

export interface Original {
  sourceType: SourceType;
  fileName: string | null;
  mediaType: string | null;
  bytes: Uint8Array;
}

export interface StoredReview {
  id: string;
  createdAt: Date;
  /** The latest version's number and report: what the report page shows. */
  version: number;
  report: Report;
}

export async function insertReview(db: Queryable, review: { id: string; original: Original; report: Report }): Promise<void> {
  const { id, original, report } = review;
  await db.query(
    `INSERT INTO reviews (id, source_type, file_name, media_type, original, target_role, algorithm_version, report)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, original.sourceType, original.fileName, original.mediaType, original.bytes, report.role.target, report.score.algorithmVersion, reportJson(report)],
  );
  reportCache.set(id, 1, report);
}

/**
 * The stored review with its latest version's report (revisions live in review_versions), or null
 * for an id that is malformed or unknown (callers cannot tell which).
 */
export async function findReview(db: Queryable, id: string): Promise<StoredReview | null> {
  if (!ReviewId.safeParse(id).success) return null;
  const { rows } = await db.query<{ id: string; created_at: Date; version: number }>(
    `SELECT r.id, r.created_at, coalesce((SELECT max(version) FROM review_versions WHERE review_id = r.id), 1) AS version
     FROM reviews r WHERE r.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const version = Number(row.version);
  const report = await storedReport(db, id, version);
  return report && { id: row.id, createdAt: new Date(row.created_at), version, report };
}

export async function findOriginal(db: Queryable, id: string): Promise<Original | null> {
  if (!ReviewId.safeParse(id).success) return null;
  const { rows } = await db.query<{ source_type: SourceType; file_name: string | null; media_type: string | null; original: Uint8Array }>(
    'SELECT source_type, file_name, media_type, original FROM reviews WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return { sourceType: row.source_type, fileName: row.file_name, mediaType: row.media_type, bytes: new Uint8Array(row.original) };
}
