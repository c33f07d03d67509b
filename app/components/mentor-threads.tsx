'use client';

import type { Author, Comment } from '@/lib/mentor/schema.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import { MENTOR_LIMITS } from '@/lib/mentor/api.ts';
import { format } from '@/lib/i18n/language.ts';
import { useTextSubmit } from './mentor-client.ts';

export function authorName(author: Author, messages: MentorMessages): string {
  return author.role === 'owner' ? messages.owner : format(messages.mentorLabel, { name: author.name });
}

/** Who said it and when, always shown together. */
export function Byline({ author, at, messages, formatTime }: { author: Author; at: string; messages: MentorMessages; formatTime: (iso: string) => string }) {
  return (
    <p className="mentor-byline">
      <span className={`mentor-author mentor-author-${author.role}`}>{authorName(author, messages)}</span>
      {' · '}
      <time dateTime={at}>{formatTime(at)}</time>
    </p>
  );
}

/**
 * Comment threads: the words they are on (or, when outdated, the old words), the comment, its
 * replies, a reply box, and a resolve switch where `onResolve` is given (the owner's page).
 */
export function MentorThreads({ comments, onReply, onResolve, messages, formatTime }: {
  comments: Comment[];
  onReply: (parentId: string, body: string) => Promise<void>;
  /** Rejects when refused; the page shows why. */
  onResolve?: (commentId: string, resolved: boolean) => Promise<void>;
  messages: MentorMessages;
  formatTime: (iso: string) => string;
}) {
  const t = messages.comments;
  const roots = comments.filter((c) => c.parentId === null);
  if (roots.length === 0) return <p className="muted">{t.empty}</p>;
  return (
    <ol className="mentor-threads">
      {roots.map((root) => (
        <li key={root.id} id={`comment-${root.id}`} className={`mentor-thread${root.resolved ? ' is-resolved' : ''}${root.outdated ? ' is-outdated' : ''}`}>
          <article aria-label={`${authorName(root.author, messages)}: ${root.body}`}>
            {root.anchor && (
              <p className="mentor-thread-quote">
                {root.outdated && <span className="badge mentor-badge-outdated">{t.outdated}</span>}
                {root.resolved && <span className="badge mentor-badge-resolved">{t.resolvedBadge}</span>}
                {root.outdated && <span className="mentor-outdated-note">{t.outdatedNote} </span>}
                <q className={root.outdated ? 'mentor-old-text' : undefined}>{root.anchor.quote}</q>
              </p>
            )}
            <Byline author={root.author} at={root.at} messages={messages} formatTime={formatTime} />
            <p className="mentor-comment-body">{root.body}</p>
          </article>
          <ol className="mentor-replies">
            {comments.filter((c) => c.parentId === root.id).map((reply) => (
              <li key={reply.id}>
                <Byline author={reply.author} at={reply.at} messages={messages} formatTime={formatTime} />
                <p className="mentor-comment-body">{reply.body}</p>
              </li>
            ))}
          </ol>
          <ReplyForm onSubmit={(body) => onReply(root.id, body)} messages={messages} />
          {onResolve && (
            <button type="button" className="button button-secondary mentor-small" onClick={() => onResolve(root.id, !root.resolved).catch(() => undefined)}>
              {root.resolved ? t.reopen : t.resolve}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

function ReplyForm({ onSubmit, messages }: { onSubmit: (body: string) => Promise<void>; messages: MentorMessages }) {
  const { body, setBody, submit, ready } = useTextSubmit(onSubmit);
  return (
    <form className="mentor-reply" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{messages.comments.reply}</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} placeholder={messages.comments.replyPlaceholder} rows={2} maxLength={MENTOR_LIMITS.bodyChars} />
      </label>
      <button type="submit" className="button button-secondary mentor-small" disabled={!ready}>{messages.comments.reply}</button>
    </form>
  );
}
