import { randomBytes } from 'node:crypto';
import type { CommentBody, DecisionBody, MentorLoopView, VerdictBody } from '../../lib/mentor/api.ts';
import { maskPersonal } from '../../lib/export/mask.ts';
import { diffFindings } from '../../lib/mentor/diff.ts';
import type { Comment, Decision, MentorReview, Verdict } from '../../lib/mentor/schema.ts';
import { applyDecisions } from '../../lib/mentor/decided.ts';
import { commentsOnVersion, decisionsOnLatest } from '../../lib/mentor/view.ts';
import type { Database, Queryable } from '../store/db.ts';
import { MentorError, listMentorLinks, type Actor, type MentorActor } from './links.ts';
import { findVersion, latestVersionNumber, listVersions, type StoredVersion } from './versions.ts';

const newId = () => randomBytes(12).toString('base64url');
const iso = (value: Date | string) => new Date(value).toISOString();

async function versionOf(tx: Queryable, reviewId: string, version: number): Promise<StoredVersion> {
  const found = await findVersion(tx, reviewId, version);
  if (!found) throw new MentorError('bad-request', `no version ${version}`);
  return found;
}

/** Records a mentor's decision on a finding of one version. */
export async function addDecision(db: Database, mentor: MentorActor, input: DecisionBody): Promise<Decision> {
  return db.transaction(async (tx) => {
    const { report } = await versionOf(tx, mentor.reviewId, input.version);
    if (!report.findings.some((f) => f.id === input.findingId)) throw new MentorError('bad-request', 'no such finding');
    const { rows } = await tx.query<{ created_at: Date | string }>(
      `INSERT INTO mentor_decisions (id, review_id, link_id, author_name, version, finding_id, action, reason, severity)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING created_at`,
      [newId(), mentor.reviewId, mentor.linkId, mentor.name, input.version, input.findingId, input.action,
        input.action === 'dismiss' ? input.reason : null, input.action === 'severity' ? input.severity : null],
    );
    return decisionFrom({ ...input, author: mentor, at: rows[0]!.created_at });
  });
}

function decisionFrom(d: { findingId: string; version: number; author: Pick<Actor, 'name'>; action: Decision['action']; reason?: string | null; severity?: string | null; at: Date | string }): Decision {
  return {
    findingId: d.findingId,
    version: Number(d.version),
    author: { role: 'mentor', name: d.author.name },
    action: d.action,
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.severity ? { severity: d.severity as Decision['severity'] } : {}),
    at: iso(d.at),
  };
}

/** A new comment on words of a version, or a reply in an existing thread (replies to replies join the thread). */
export async function addComment(db: Database, actor: Actor, input: CommentBody): Promise<Comment> {
  return db.transaction(async (tx) => {
    let parentId: string | null = null;
    let anchor: Comment['anchor'] = null;
    if ('parentId' in input) {
      const { rows } = await tx.query<{ id: string; parent_id: string | null }>(
        'SELECT id, parent_id FROM review_comments WHERE id = $1 AND review_id = $2', [input.parentId, actor.reviewId]);
      const parent = rows[0];
      if (!parent) throw new MentorError('bad-request', 'no such comment');
      parentId = parent.parent_id ?? parent.id;
    } else {
      const { report } = await versionOf(tx, actor.reviewId, input.anchor.version);
      const { start, end } = input.anchor.span;
      if (!(start < end) || report.document.text.slice(start, end) !== input.anchor.quote) {
        throw new MentorError('bad-request', 'the quote is not the text at that place');
      }
      anchor = input.anchor;
    }
    const id = newId();
    const { rows } = await tx.query<{ created_at: Date | string }>(
      `INSERT INTO review_comments (id, review_id, parent_id, author_role, link_id, author_name, body, anchor_version, anchor_start, anchor_end, anchor_quote)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING created_at`,
      [id, actor.reviewId, parentId, actor.role, actor.role === 'mentor' ? actor.linkId : null, actor.name, input.body,
        anchor?.version ?? null, anchor?.span.start ?? null, anchor?.span.end ?? null, anchor?.quote ?? null],
    );
    return { id, parentId, author: { role: actor.role, name: actor.name }, body: input.body, anchor, outdated: false, resolved: false, at: iso(rows[0]!.created_at) };
  });
}

/** The owner marks a thread resolved (or open again). False when the comment is not this review's. */
export async function setResolved(db: Queryable, reviewId: string, commentId: string, resolved: boolean): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE review_comments SET resolved_at = CASE WHEN $3 THEN COALESCE(resolved_at, clock_timestamp()) ELSE NULL END
     WHERE id = $1 AND review_id = $2 RETURNING id`,
    [commentId, reviewId, resolved],
  );
  return rows.length > 0;
}

export async function addVerdict(db: Database, mentor: MentorActor, input: VerdictBody): Promise<Verdict> {
  return db.transaction(async (tx) => {
    // On the version the mentor's page showed, else the latest; the review may have been deleted since the token was checked.
    const latest = await latestVersionNumber(tx, mentor.reviewId);
    if (latest === null) throw new MentorError('not-found', 'no such review');
    if (input.version !== undefined && input.version > latest) throw new MentorError('bad-request', `no version ${input.version}`);
    const version = input.version ?? latest;
    const { rows } = await tx.query<{ created_at: Date | string }>(
      `INSERT INTO mentor_verdicts (id, review_id, link_id, author_name, version, body, signed_off)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING created_at`,
      [newId(), mentor.reviewId, mentor.linkId, mentor.name, version, input.body, input.signedOff],
    );
    return { author: { role: 'mentor', name: mentor.name }, version, text: input.body, signedOff: input.signedOff, at: iso(rows[0]!.created_at) };
  });
}

interface CommentRow {
  id: string; parent_id: string | null; author_role: 'owner' | 'mentor'; author_name: string; body: string;
  anchor_version: number | null; anchor_start: number | null; anchor_end: number | null; anchor_quote: string | null;
  resolved_at: Date | string | null; created_at: Date | string;
}

/** Everything mentors and the owner wrote on a review, as stored (anchors on the versions they were written on). */
async function storedFeedback(db: Queryable, reviewId: string): Promise<MentorReview> {
  const [decisions, comments, verdicts] = await Promise.all([
    db.query<{ finding_id: string; version: number; author_name: string; action: Decision['action']; reason: string | null; severity: string | null; created_at: Date | string }>(
      'SELECT finding_id, version, author_name, action, reason, severity, created_at FROM mentor_decisions WHERE review_id = $1 ORDER BY created_at, id', [reviewId]),
    db.query<CommentRow & Record<string, unknown>>(
      `SELECT id, parent_id, author_role, author_name, body, anchor_version, anchor_start, anchor_end, anchor_quote, resolved_at, created_at
       FROM review_comments WHERE review_id = $1 ORDER BY created_at, id`, [reviewId]),
    db.query<{ author_name: string; version: number; body: string; signed_off: boolean; created_at: Date | string }>(
      'SELECT author_name, version, body, signed_off, created_at FROM mentor_verdicts WHERE review_id = $1 ORDER BY created_at, id', [reviewId]),
  ]);
  return {
    decisions: decisions.rows.map((row) => decisionFrom({ findingId: row.finding_id, version: row.version, author: { name: row.author_name }, action: row.action, reason: row.reason, severity: row.severity, at: row.created_at })),
    comments: comments.rows.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      author: { role: row.author_role, name: row.author_name },
      body: row.body,
      anchor: row.anchor_version === null
        ? null
        : { version: Number(row.anchor_version), span: { start: Number(row.anchor_start), end: Number(row.anchor_end) }, quote: row.anchor_quote ?? '' },
      outdated: false,
      resolved: row.resolved_at !== null,
      at: iso(row.created_at),
    })),
    verdicts: verdicts.rows.map((row) => ({ author: { role: 'mentor' as const, name: row.author_name }, version: Number(row.version), text: row.body, signedOff: row.signed_off, at: iso(row.created_at) })),
  };
}

/**
 * The mentor loop as one version shows it (the latest unless `shown` reopens an earlier one): only
 * what was written by then on versions up to it, comments re-anchored onto it, decisions carried
 * to its findings and applied to its report (score included), the changes since the version
 * before, and (for the owner) the links. Null for a review, or a version, that does not exist.
 */
export async function loadMentorLoop(db: Queryable, actor: Actor, shown?: number): Promise<MentorLoopView | null> {
  const all = await listVersions(db, actor.reviewId);
  const last = shown === undefined ? all.at(-1) : all.find((v) => v.version === shown);
  if (!last) return null;
  const versions = all.filter((v) => v.version <= last.version);
  const previous = versions.at(-2);
  const stored = await storedFeedback(db, actor.reviewId);
  const diff = previous ? diffFindings(previous.report, last.report) : null;
  // A version's score counts the decisions taken up to it, as the report of that version shows it.
  const decidedUpTo = (upTo: number) => {
    const upToVersions = all.filter((v) => v.version <= upTo);
    return applyDecisions(upToVersions.at(-1)!.report, decisionsOnLatest(stored.decisions.filter((d) => d.version <= upTo), upToVersions));
  };
  const decided = decidedUpTo(last.version);
  const roots = new Set(stored.comments.filter((c) => c.parentId === null && (c.anchor?.version ?? 0) <= last.version).map((c) => c.id));
  const comments = stored.comments.filter((c) => roots.has(c.parentId ?? c.id));
  const feedback = {
    decisions: decisionsOnLatest(stored.decisions.filter((d) => d.version <= last.version), versions),
    comments: commentsOnVersion(comments, versions, last.version),
    verdicts: stored.verdicts.filter((v) => v.version <= last.version),
  };
  // A mentor sees the candidate's name, phone, email and address only where the candidate allowed it
  // for that link: otherwise they are masked (same length, so every span still fits), file names too.
  const personal = actor.role === 'owner' || actor.showPersonal;
  const noMentor = { decisions: [], comments: [], verdicts: [] };
  const visible = (report: typeof last.report) => (personal ? report : maskPersonal(report, noMentor).report);
  const previousText = previous && visible(previous.report).document.text;
  return {
    viewer: { role: actor.role, name: actor.name },
    versions: all.map((v) => ({ version: v.version, createdAt: v.createdAt.toISOString(), fileName: personal ? v.fileName : null, score: decidedUpTo(v.version).report.score.overall })),
    version: last.version,
    report: visible(decided.report),
    outcomes: decided.outcomes,
    changes: diff && previous
      ? {
        from: previous.version,
        resolved: diff.resolved.map((finding) => ({ finding, quote: finding.span ? previousText!.slice(finding.span.start, finding.span.end) : null })),
        added: diff.added,
        unchanged: diff.unchanged.length,
      }
      : null,
    feedback: personal ? feedback : maskPersonal(decided.report, feedback).mentor,
    ...(actor.role === 'owner' ? { links: await listMentorLinks(db, actor.reviewId) } : {}),
  };
}
