import { useRef, type KeyboardEvent } from 'react';
import type { ResumeDocument } from '@/lib/document/schema.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { Comment, FindingOutcome } from '@/lib/mentor/schema.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';
import { FindingCard } from './finding-card.tsx';
import { lineSegments } from './highlights.ts';

export interface Selection { line: number; findingIds: string[]; commentIds?: string[] }

export function markSelector(findingId: string): string {
  return `mark[data-findings~="${CSS.escape(findingId)}"]`;
}

/**
 * The resume as read, line by line: each finding highlighted on its words (struck through when a
 * mentor dismissed it), each mentor comment underlined on the words it is about. Opening a
 * highlight (click, Enter or Space) shows its cards below the line; focus alone opens nothing,
 * so tabbing through the text does not move it.
 */
export function ResumeText({ document, findings, outcomes, comments, selection, onSelect, onClose, language, messages }: {
  document: ResumeDocument;
  findings: Finding[];
  outcomes: Map<string, FindingOutcome>;
  /** Mentor comments anchored on this version's words (thread roots), with their replies in `comments` too. */
  comments: Comment[];
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
  language: UiLanguage;
  messages: Messages;
}) {
  const headings = new Set(document.sections.map((section) => section.titleSpan.start));
  const returnTo = useRef<string | null>(null);
  const closeAndReturn = () => {
    const back = returnTo.current;
    onClose();
    if (back) window.document.querySelector<HTMLElement>(back)?.focus();
  };
  const byId = new Map(findings.map((f) => [f.id, f]));
  const anchored = comments.filter((c) => c.parentId === null && c.anchor && !c.outdated);
  const commentSpans = anchored.map((c) => ({ id: c.id, span: c.anchor!.span }));
  const commentById = new Map(comments.map((c) => [c.id, c]));
  return (
    <ol className="resume-lines" lang={document.language === 'en' ? 'en' : 'zh-CN'}>
      {document.lines.map((line, index) => {
        const open = selection?.line === index;
        const cardId = `line-${index}-card`;
        return (
          <li key={index} id={`line-${index}`} className={`resume-line${headings.has(line.span.start) ? ' is-heading' : ''}`}>
            <span className="line-number" aria-hidden="true">{index + 1}</span>
            <span className="line-text">
              {lineSegments(line.span, findings, commentSpans).map((segment) => {
                const words = document.text.slice(segment.start, segment.end);
                const top = segment.findings.find((f) => !outcomes.get(f.id)?.dismissal) ?? segment.findings[0];
                if (!top && segment.comments.length === 0) return <span key={segment.start}>{words}</span>;
                const ids = segment.findings.map((f) => f.id);
                const select = () => {
                  // Worked out on a click, never while rendering: the server has no CSS.escape.
                  returnTo.current = ids[0] ? markSelector(ids[0]) : `mark[data-comments~="${CSS.escape(segment.comments[0]!)}"]`;
                  onSelect({ line: index, findingIds: ids, commentIds: segment.comments });
                };
                const selected = open && (ids.some((id) => selection.findingIds.includes(id)) || segment.comments.some((id) => selection.commentIds?.includes(id)));
                const dismissed = !!top && !!outcomes.get(top.id)?.dismissal;
                const className = [
                  top ? `hl hl-${top.severity}` : 'hl hl-comment',
                  dismissed ? 'is-dismissed' : '',
                  segment.comments.length ? 'has-comment' : '',
                  selected ? 'is-selected' : '',
                ].filter(Boolean).join(' ');
                return (
                  <mark
                    key={segment.start}
                    className={className}
                    data-findings={ids.join(' ') || undefined}
                    data-comments={segment.comments.join(' ') || undefined}
                    role="button"
                    tabIndex={0}
                    aria-expanded={selected}
                    aria-controls={selected ? cardId : undefined}
                    onClick={select}
                    onKeyDown={(event: KeyboardEvent) => {
                      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(); }
                      if (event.key === 'Escape') onClose();
                    }}
                  >
                    {words}
                    <span className="visually-hidden">
                      {' ('}{[...segment.findings.map((f) => messages.severity[f.severity]), ...segment.comments.map(() => messages.mentorWork.comment)].join(', ')})
                    </span>
                  </mark>
                );
              })}
              {line.span.start === line.span.end && '\u00a0'}
            </span>
            {open && (
              <div
                id={cardId}
                className="line-cards"
                role="region"
                aria-label={format(messages.report.lineLabel, { line: index + 1 })}
                onKeyDown={(event) => event.key === 'Escape' && closeAndReturn()}
              >
                {(selection.commentIds ?? []).flatMap((id) => {
                  const root = commentById.get(id);
                  return root ? [<CommentCard key={id} root={root} replies={comments.filter((c) => c.parentId === id)} messages={messages} />] : [];
                })}
                {selection.findingIds.flatMap((id) => {
                  const finding = byId.get(id);
                  return finding ? [<FindingCard key={id} finding={finding} outcome={outcomes.get(id)} text={document.text} language={language} messages={messages} />] : [];
                })}
                <button type="button" className="link-button close-cards" onClick={closeAndReturn}>{messages.report.card.close}</button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A mentor's comment on these words, with the replies to it, as the report shows it. */
function CommentCard({ root, replies, messages }: { root: Comment; replies: Comment[]; messages: Messages }) {
  return (
    <article className="comment-card" aria-label={`${messages.mentorWork.comment}: ${root.author.name}`}>
      <p className="term">{messages.mentorWork.comment} · {root.author.name}</p>
      <p className="comment-card-body">{root.body}</p>
      {replies.map((reply) => <p key={reply.id} className="comment-card-reply"><strong>{reply.author.role === 'owner' ? '↳' : `↳ ${reply.author.name}`}</strong> {reply.body}</p>)}
    </article>
  );
}
