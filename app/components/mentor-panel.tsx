'use client';

import type { Messages } from '@/lib/i18n/messages.ts';
import type { CommentBody, MentorLoopView } from '@/lib/mentor/api.ts';
import { mentorMessagesFor } from '@/lib/mentor/messages.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';
import { MentorChanges } from './mentor-changes.tsx';
import { useHydrated, useMentorChange, useTimeFormat } from './mentor-client.ts';
import { DecisionList } from './mentor-decisions.tsx';
import { MentorDelete } from './mentor-delete.tsx';
import { MentorRevise } from './mentor-revise.tsx';
import { MentorShare } from './mentor-share.tsx';
import { MentorThreads } from './mentor-threads.tsx';
import { VerdictList } from './mentor-verdicts.tsx';
import './mentor.css';

/**
 * The owner's side of the mentor loop, under the report (the page keeps `view` fresh): versions and what changed, every
 * mentor's decisions, comments and verdicts (reply, resolve), links, revisions and deletion.
 */
export function MentorPanel({ reviewId, view, refresh, language, ui }: { reviewId: string; view: MentorLoopView; refresh: () => Promise<void>; language: UiLanguage; ui: Messages }) {
  const messages = mentorMessagesFor(language);
  const formatTime = useTimeFormat(language);
  const base = `/api/reviews/${reviewId}/mentors`;
  const hydrated = useHydrated();
  const { feedback, report } = view;
  const decided = report.findings.filter((f) => feedback.decisions.some((d) => d.findingId === f.id));
  const { change, error } = useMentorChange(refresh, messages.error);
  const comment = (body: CommentBody) => change(`${base}/comments`, 'POST', body);

  return (
    <section className="mentor-loop" aria-labelledby="mentor-loop-title">
      <h2 id="mentor-loop-title" className="mentor-loop-title">{messages.heading}</h2>
      <p className="muted">{messages.intro} <span className="mentor-live">{messages.live}</span></p>
      {error && <p role="alert" className="mentor-error">{error}</p>}
      <fieldset className="mentor-grid" disabled={!hydrated}>
        <div className="mentor-column">
          <MentorChanges view={view} language={language} messages={messages} />
          <section className="mentor-box" aria-labelledby="mentor-verdicts-title">
            <h2 id="mentor-verdicts-title">{messages.verdict.heading}</h2>
            <VerdictList verdicts={feedback.verdicts} shown={view.version} messages={messages} formatTime={formatTime} />
          </section>
          <section className="mentor-box" aria-labelledby="mentor-decisions-title">
            <h2 id="mentor-decisions-title">{messages.decisions.heading}</h2>
            {decided.length === 0 ? <p className="muted">{messages.decisions.none}</p> : (
              <ul className="mentor-decided">
                {decided.map((finding) => (
                  <li key={finding.id}>
                    <p className="mentor-finding-line">
                      <span className={`badge badge-${finding.severity}`}>{ui.severity[finding.severity]}</span> {finding.message[language]}
                      {finding.span && <> — <q>{report.document.text.slice(finding.span.start, finding.span.end)}</q></>}
                    </p>
                    <DecisionList decisions={feedback.decisions.filter((d) => d.findingId === finding.id)} messages={messages} ui={ui} formatTime={formatTime} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="mentor-box" aria-labelledby="mentor-comments-title">
            <h2 id="mentor-comments-title">{messages.comments.heading} ({feedback.comments.filter((c) => !c.parentId).length})</h2>
            <MentorThreads
              comments={feedback.comments}
              onReply={(parentId, body) => comment({ parentId, body })}
              onResolve={(commentId, resolved) => change(`${base}/comments/${commentId}`, 'PATCH', { resolved })}
              messages={messages}
              formatTime={formatTime}
            />
          </section>
        </div>
        <div className="mentor-column">
          <MentorShare reviewId={reviewId} links={view.links ?? []} onChange={refresh} messages={messages} formatTime={formatTime} />
          <MentorRevise reviewId={reviewId} onDone={refresh} messages={messages} />
          <MentorDelete reviewId={reviewId} messages={messages} />
        </div>
      </fieldset>
    </section>
  );
}
