import type { Report } from '../report/schema.ts';
import { reanchor } from './anchor.ts';
import { findingLineage } from './diff.ts';
import type { Comment, Decision } from './schema.ts';

/** One version of a resume under review, as stored. */
export interface VersionedReport { version: number; report: Report }

/**
 * Comments as they show on one version: anchors follow their words into that version's text;
 * where the words are gone the comment keeps its old anchor (and so its old text) and is outdated.
 * Replies share their thread's fate and carry no anchor of their own.
 */
export function commentsOnVersion(comments: Comment[], versions: VersionedReport[], shown: number): Comment[] {
  const texts = new Map(versions.map((v) => [v.version, v.report.document.text]));
  const shownText = texts.get(shown);
  if (shownText === undefined) throw new Error(`no version ${shown}`);
  return comments.map((comment) => {
    const anchor = comment.anchor;
    if (!anchor || anchor.version === shown) return { ...comment, outdated: false };
    const oldText = texts.get(anchor.version);
    const moved = oldText === undefined ? { outdated: true as const } : reanchor(anchor, oldText, shownText);
    return moved.outdated
      ? { ...comment, outdated: true }
      : { ...comment, outdated: false, anchor: { version: shown, span: moved.span, quote: shownText.slice(moved.span.start, moved.span.end) } };
  });
}

/**
 * Each mentor's latest decision on each finding of the last version, following findings back
 * through earlier versions so a decision taken on version 1 still shows on version 3. Decisions
 * on findings the last version no longer has are left out: those findings were resolved.
 */
export function decisionsOnLatest(decisions: Decision[], versions: VersionedReport[]): Decision[] {
  const lineage = findingLineage(versions.map((v) => v.report));
  const currentOf = new Map<string, string>();
  for (const [current, ancestors] of lineage) for (const id of ancestors) currentOf.set(id, current);
  const latest = new Map<string, Decision>();
  const ordered = [...decisions].sort((a, b) => a.at.localeCompare(b.at));
  for (const decision of ordered) {
    const current = currentOf.get(decision.findingId);
    if (current === undefined) continue;
    latest.set(`${decision.author.role}\u0000${decision.author.name}\u0000${current}`, { ...decision, findingId: current });
  }
  return [...latest.values()];
}
