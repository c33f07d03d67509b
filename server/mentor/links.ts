import { createHash, randomBytes } from 'node:crypto';
import { MENTOR_LIMITS, MentorToken, type CreateMentorLinkBody, type MentorLinkView } from '../../lib/mentor/api.ts';
import { ReviewId } from '../../lib/api/reviews.ts';
import type { Database, Queryable } from '../store/db.ts';

/** Who is acting on a review: its owner (through the report link) or one mentor (through a share link). */
export type Actor = OwnerActor | MentorActor;
export interface OwnerActor { role: 'owner'; reviewId: string; name: string }
export interface MentorActor {
  role: 'mentor';
  reviewId: string;
  name: string;
  linkId: string;
  /** The candidate let this mentor see personal details; otherwise they are masked in all the mentor gets. */
  showPersonal: boolean;
}

/** How the owner is named beside mentors; the UI shows it in its own language. */
export const OWNER_NAME = 'candidate';

export class MentorError extends Error {
  constructor(readonly code: 'not-found' | 'conflict' | 'bad-request', message: string) {
    super(message);
  }
}

/** The token is never stored: its SHA-256 is, and lookups go by hash, so no comparison leaks timing. */
function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

interface LinkRow { id: string; name: string; created_at: Date | string; expires_at: Date | string | null; revoked_at: Date | string | null; show_personal: boolean }

const LINK_COLUMNS = 'id, name, created_at, expires_at, revoked_at, show_personal';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

function toView(row: LinkRow): MentorLinkView {
  return { id: row.id, name: row.name, createdAt: iso(row.created_at)!, expiresAt: iso(row.expires_at), revokedAt: iso(row.revoked_at), showPersonal: row.show_personal };
}

/** The owner of an existing review, or null for an unknown or malformed id. */
export async function ownerOf(db: Queryable, reviewId: string): Promise<OwnerActor | null> {
  if (!ReviewId.safeParse(reviewId).success) return null;
  const { rows } = await db.query('SELECT 1 FROM reviews WHERE id = $1', [reviewId]);
  return rows.length ? { role: 'owner', reviewId, name: OWNER_NAME } : null;
}

/** Creates a named link for one mentor; the token is returned once and only its hash is kept. */
export async function createMentorLink(db: Database, reviewId: string, input: CreateMentorLinkBody, now = new Date()): Promise<{ link: MentorLinkView; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = randomBytes(12).toString('base64url');
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const row = await db.transaction(async (tx) => {
    // Locking the review serialises link creation per review, so the name check below holds.
    const review = await tx.query('SELECT 1 FROM reviews WHERE id = $1 FOR UPDATE', [reviewId]);
    if (!review.rows.length) throw new MentorError('not-found', 'no such review');
    const { rows: existing } = await tx.query<{ name: string }>('SELECT name FROM mentor_links WHERE review_id = $1', [reviewId]);
    if (existing.length >= MENTOR_LIMITS.linksPerReview) throw new MentorError('conflict', 'too many mentor links');
    // Decisions and comments are signed with the link's name: two mentors must not share one.
    if (existing.some((link) => link.name.toLowerCase() === input.name.toLowerCase())) throw new MentorError('conflict', 'a mentor link with this name exists');
    const { rows } = await tx.query<LinkRow & Record<string, unknown>>(
      `INSERT INTO mentor_links (id, review_id, name, token_hash, expires_at, show_personal) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${LINK_COLUMNS}`,
      [id, reviewId, input.name, hashToken(token), expiresAt, input.showPersonal ?? false],
    );
    return rows[0]!;
  });
  return { link: toView(row), token };
}

export async function listMentorLinks(db: Queryable, reviewId: string): Promise<MentorLinkView[]> {
  const { rows } = await db.query<LinkRow & Record<string, unknown>>(
    `SELECT ${LINK_COLUMNS} FROM mentor_links WHERE review_id = $1 ORDER BY created_at, id`,
    [reviewId],
  );
  return rows.map(toView);
}

/** Turns personal details on or off for one mentor link. Null when the link is not this review's. */
export async function setLinkPersonal(db: Queryable, reviewId: string, linkId: string, showPersonal: boolean): Promise<MentorLinkView | null> {
  const { rows } = await db.query<LinkRow & Record<string, unknown>>(
    `UPDATE mentor_links SET show_personal = $3 WHERE id = $1 AND review_id = $2 RETURNING ${LINK_COLUMNS}`,
    [linkId, reviewId, showPersonal],
  );
  return rows[0] ? toView(rows[0]) : null;
}

/** Stops a link from working; what its mentor wrote stays. False when the link is not this review's. */
export async function revokeMentorLink(db: Queryable, reviewId: string, linkId: string): Promise<boolean> {
  const { rows } = await db.query(
    'UPDATE mentor_links SET revoked_at = COALESCE(revoked_at, clock_timestamp()) WHERE id = $1 AND review_id = $2 RETURNING id',
    [linkId, reviewId],
  );
  return rows.length > 0;
}

/** The mentor a token speaks for, or null for a malformed, unknown, revoked or expired token (callers cannot tell which). */
export async function mentorFor(db: Queryable, token: string, now = new Date()): Promise<MentorActor | null> {
  if (!MentorToken.safeParse(token).success) return null;
  const { rows } = await db.query<{ id: string; review_id: string; name: string; show_personal: boolean }>(
    `SELECT id, review_id, name, show_personal FROM mentor_links
     WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
    [hashToken(token), now],
  );
  const row = rows[0];
  return row ? { role: 'mentor', reviewId: row.review_id, name: row.name, linkId: row.id, showPersonal: row.show_personal } : null;
}
