'use client';

import { useEffect, useRef, useState } from 'react';
import type { ResumeDocument, Span } from '@/lib/document/schema.ts';
import { MENTOR_LIMITS } from '@/lib/mentor/api.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import type { Comment } from '@/lib/mentor/schema.ts';
import type { Finding } from '@/lib/report/schema.ts';
import { cutAtMarks } from '@/lib/mentor/segments.ts';
import { useTextSubmit } from './mentor-client.ts';

/** The words a reader selected, as offsets into the document text. */
export interface TextSelection { span: Span; quote: string }

/** Where the comment box opens: just under the selected words, inside the resume's box. */
interface BoxPlace { top: number; left: number }

const runStart = (run: Element) => Number((run as HTMLElement).dataset.offset);
const runEnd = (run: Element) => runStart(run) + (run.textContent ?? '').length;

/**
 * The text offset of a selection boundary: every run carries the offset where it starts. A
 * boundary between elements (the end of a line) counts from the run next to it.
 */
function offsetOf(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest('[data-offset]');
    return run ? runStart(run) + offset : null;
  }
  const element = node as Element;
  const run = element.closest('[data-offset]');
  if (run) return offset > 0 ? runEnd(run) : runStart(run);
  const after = element.childNodes[offset];
  const next = after instanceof Element ? (after.matches('[data-offset]') ? after : after.querySelector('[data-offset]')) : null;
  if (next) return runStart(next);
  const before = [...element.querySelectorAll('[data-offset]')].at(-1);
  return before ? runEnd(before) : null;
}

/**
 * The resume text with the findings' words and the commented words highlighted. Selecting any
 * words (mouse or keyboard) opens a box beside them to comment on exactly those words; clicking a
 * finding's words opens that finding in the list (`onFinding`).
 */
export function MentorResume({ document, findings, comments, onComment, onFinding, messages }: {
  document: ResumeDocument;
  findings: Finding[];
  comments: Comment[];
  onComment: (selection: TextSelection, body: string) => Promise<void>;
  onFinding: (findingId: string) => void;
  messages: MentorMessages;
}) {
  const t = messages.comments;
  const container = useRef<HTMLOListElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [place, setPlace] = useState<BoxPlace>({ top: 0, left: 0 });
  const { body, setBody, submit, ready } = useTextSubmit(async (text) => {
    if (!selection) return;
    await onComment(selection, text);
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  });
  const anchors = [
    ...comments.flatMap((c) => (c.parentId === null && c.anchor && !c.outdated ? [{ span: c.anchor.span, mark: `c:${c.id}` }] : [])),
    ...findings.flatMap((f) => (f.span && f.span.end > f.span.start ? [{ span: f.span, mark: `f:${f.id}` }] : [])),
  ];
  const severityOf = new Map(findings.map((f) => [f.id, f.severity]));
  const open = new Set(comments.filter((c) => !c.resolved).map((c) => c.id));

  useEffect(() => {
    const onChange = () => {
      const current = window.getSelection();
      if (!current || current.isCollapsed || current.rangeCount === 0 || !container.current) return;
      const range = current.getRangeAt(0);
      if (!container.current.contains(range.startContainer) || !container.current.contains(range.endContainer)) return;
      let start = offsetOf(range.startContainer, range.startOffset);
      let end = offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null) return;
      const text = document.text;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end - start < 1 || end - start > MENTOR_LIMITS.quoteChars) return;
      const box = range.getBoundingClientRect();
      const outer = frame.current?.getBoundingClientRect();
      if (outer) setPlace({ top: box.bottom - outer.top + 6, left: Math.max(0, Math.min(box.left - outer.left, outer.width - 320)) });
      setSelection({ span: { start, end }, quote: text.slice(start, end) });
    };
    window.document.addEventListener('selectionchange', onChange);
    return () => window.document.removeEventListener('selectionchange', onChange);
  }, [document.text]);

  return (
    <div className="mentor-resume" ref={frame}>
      <p className="muted">{t.intro}</p>
      {selection && (
        <form className="mentor-box mentor-comment-form" onSubmit={submit} aria-label={t.add} style={{ top: place.top, left: place.left }}>
          <p className="mentor-selected">{t.selectHint} <q>{selection.quote}</q></p>
          <label>
            <span className="term">{t.body}</span>
            <textarea value={body} onChange={(e) => setBody(e.target.value)} placeholder={t.bodyPlaceholder} rows={3} maxLength={MENTOR_LIMITS.bodyChars} autoFocus />
          </label>
          <div className="mentor-actions">
            <button type="submit" className="button button-primary mentor-small" disabled={!ready || !selection}>{t.post}</button>
            <button type="button" className="button button-secondary mentor-small" onClick={() => setSelection(null)}>{t.cancel}</button>
          </div>
        </form>
      )}
      <ol ref={container} className="mentor-resume-lines" lang={document.language === 'en' ? 'en' : 'zh-CN'}>
        {document.lines.map((line, index) => (
          <li key={index}>
            {cutAtMarks(line.span, anchors).map(({ span, marks }) => {
              const words = document.text.slice(span.start, span.end);
              const commentIds = marks.filter((m) => m.startsWith('c:')).map((m) => m.slice(2));
              const findingIds = marks.filter((m) => m.startsWith('f:')).map((m) => m.slice(2));
              if (commentIds.length) {
                return <mark key={span.start} data-offset={span.start} className={`mentor-commented${commentIds.some((id) => open.has(id)) ? '' : ' is-resolved'}`} data-comments={commentIds.join(' ')}>{words}</mark>;
              }
              if (findingIds.length) {
                const first = findingIds[0]!;
                return (
                  <span key={span.start} data-offset={span.start} data-findings={findingIds.join(' ')} className={`mentor-finding-words hl-${severityOf.get(first)}`}
                    onClick={() => window.getSelection()?.isCollapsed !== false && onFinding(first)}>{words}</span>
                );
              }
              return <span key={span.start} data-offset={span.start}>{words}</span>;
            })}
            {line.span.start === line.span.end && '\u00a0'}
          </li>
        ))}
      </ol>
    </div>
  );
}
