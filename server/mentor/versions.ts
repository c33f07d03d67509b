import type { Report } from '../../lib/report/schema.ts';
import type { VersionedReport } from '../../lib/mentor/view.ts';
import type { Original } from '../store/reviews.ts';
import type { Database, Queryable } from '../store/db.ts';
import { reportCache, reportJson, selectVersion, storedReport } from '../store/reports.ts';
import { MentorError } from './links.ts';

export interface StoredVersion extends VersionedReport { createdAt: Date; fileName: string | null }

interface VersionRow { version: number; created_at: Date | string; file_name: string | null }

/** A version's row with its report; null when the version went away between the two reads. */
async function withReport(db: Queryable, reviewId: string, row: VersionRow): Promise<StoredVersion | null> {
  const version = Number(row.version);
  const report = await storedReport(db, reviewId, version);
  return report && { version, createdAt: new Date(row.created_at), fileName: row.file_name, report };
}

/** Every version of a review, oldest first: the review row is version 1, revisions follow. Empty for an unknown review. */
export async function listVersions(db: Queryable, reviewId: string): Promise<StoredVersion[]> {
  const { rows } = await db.query<VersionRow & Record<string, unknown>>(
    `SELECT 1 AS version, created_at, file_name FROM reviews WHERE id = $1
     UNION ALL
     SELECT version, created_at, file_name FROM review_versions WHERE review_id = $1
     ORDER BY version`,
    [reviewId],
  );
  const versions = await Promise.all(rows.map((row) => withReport(db, reviewId, row)));
  return versions.filter((version) => version !== null);
}

/** One version with its report (only that one is read and validated), or null when there is no such version. */
export async function findVersion(db: Queryable, reviewId: string, version: number): Promise<StoredVersion | null> {
  const { rows } = await selectVersion<Omit<VersionRow, 'version'>>(db, 'created_at, file_name', reviewId, version);
  return rows[0] ? withReport(db, reviewId, { ...rows[0], version }) : null;
}

/** The original file of one version. */
export async function findVersionOriginal(db: Queryable, reviewId: string, version: number): Promise<Original | null> {
  const { rows } = await selectVersion<{ source_type: Original['sourceType']; file_name: string | null; media_type: string | null; original: Uint8Array }>(
    db, 'source_type, file_name, media_type, original', reviewId, version);
  const row = rows[0];
  return row ? { sourceType: row.source_type, fileName: row.file_name, mediaType: row.media_type, bytes: new Uint8Array(row.original) } : null;
}

/** The number of a review's latest version, or null for an unknown review. */
export async function latestVersionNumber(db: Queryable, reviewId: string): Promise<number | null> {
  const { rows } = await db.query<{ last: number | null; known: boolean }>(
    'SELECT (SELECT max(version) FROM review_versions WHERE review_id = $1) AS last, EXISTS (SELECT 1 FROM reviews WHERE id = $1) AS known',
    [reviewId],
  );
  return rows[0]?.known ? Number(rows[0].last ?? 1) : null;
}

/** Stores a revised resume as the next version; concurrent uploads get consecutive numbers. */
export async function addVersion(db: Database, reviewId: string, revision: { original: Original; report: Report }): Promise<number> {
  const { original, report } = revision;
  const added = await db.transaction(async (tx) => {
    const review = await tx.query('SELECT 1 FROM reviews WHERE id = $1 FOR UPDATE', [reviewId]);
    if (!review.rows.length) throw new MentorError('not-found', 'no such review');
    const { rows } = await tx.query<{ last: number | null }>('SELECT max(version) AS last FROM review_versions WHERE review_id = $1', [reviewId]);
    const version = Number(rows[0]?.last ?? 1) + 1;
    await tx.query(
      `INSERT INTO review_versions (review_id, version, source_type, file_name, media_type, original, algorithm_version, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [reviewId, version, original.sourceType, original.fileName, original.mediaType, original.bytes, report.score.algorithmVersion, reportJson(report)],
    );
    return version;
  });
  reportCache.set(reviewId, added, report);
  return added;
}

/**
 * Deletes a review and, by cascade, its revisions, mentor links, decisions, comments and
 * verdicts: the rows are gone, not hidden. True when there was something to delete.
 */
export async function deleteReview(db: Database, reviewId: string): Promise<boolean> {
  const deleted = await db.transaction(async (tx) => (await tx.query('DELETE FROM reviews WHERE id = $1 RETURNING id', [reviewId])).rows.length > 0);
  reportCache.forget(reviewId);
  return deleted;
}

/** The latest version's number and original file (what the report shows), or null for an unknown review. */
export async function latestOriginal(db: Queryable, reviewId: string): Promise<{ version: number; original: Original } | null> {
  const version = await latestVersionNumber(db, reviewId);
  if (version === null) return null;
  const original = await findVersionOriginal(db, reviewId, version);
  return original && { version, original };
}
