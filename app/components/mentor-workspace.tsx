'use client';

import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { CommentBody, DecisionChoice, MentorLoopView, VerdictBody } from '@/lib/mentor/api.ts';
import { mentorMessagesFor } from '@/lib/mentor/messages.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';
import { FindingCard } from '../r/[id]/finding-card.tsx';
import { ScorePanel } from '../r/[id]/score-panel.tsx';
import { MentorChanges } from './mentor-changes.tsx';
import { useHydrated, useMentorChange, useMentorLoop, useTimeFormat } from './mentor-client.ts';
import { DecisionControls, DecisionList } from './mentor-decisions.tsx';
import { MentorResume } from './mentor-resume.tsx';
import { MentorThreads } from './mentor-threads.tsx';
import { VerdictForm, VerdictList } from './mentor-verdicts.tsx';
import './mentor.css';

/**
 * What a mentor works in: the report (score, findings with agree / dismiss / severity), the
 * resume text to comment on, the threads, and the verdict with sign-off.
 */
export function MentorWorkspace({ token, initial, language, ui }: { token: string; initial: MentorLoopView; language: UiLanguage; ui: Messages }) {
  const messages = mentorMessagesFor(language);
  const formatTime = useTimeFormat(language);
  const base = `/api/m/${token}`;
  const { view, refresh } = useMentorLoop(base, initial);
  const hydrated = useHydrated();
  const { feedback, report } = view;
  const { change, error } = useMentorChange(refresh, messages.error);
  const post = (path: string, body: CommentBody | VerdictBody | (DecisionChoice & { version: number })) => change(`${base}/${path}`, 'POST', body);
  const mine = (findingId: string) => feedback.decisions.find((d) => d.findingId === findingId && d.author.name === view.viewer.name);

  return (
    <div className="mentor-loop mentor-workspace">
      <h1>{messages.mentorPage.title}</h1>
      <p>{format(messages.mentorPage.intro, { name: view.viewer.name })} <span className="mentor-live">{messages.live}</span></p>
      {error && <p role="alert" className="mentor-error">{error}</p>}
      <fieldset className="mentor-grid" disabled={!hydrated}>
        <div className="mentor-column">
          <ScorePanel score={report.score} messages={ui} />
          <MentorChanges view={view} language={language} messages={messages} />
          <section className="mentor-box" aria-labelledby="mentor-resume-title">
            <h2 id="mentor-resume-title">{ui.report.resumeHeading}</h2>
            <MentorResume
              document={report.document}
              comments={feedback.comments}
              onComment={(selection, body) => post('comments', { body, anchor: { version: view.version, ...selection } })}
              messages={messages}
            />
          </section>
        </div>
        <div className="mentor-column">
          <section className="mentor-box" aria-labelledby="mentor-comments-title">
            <h2 id="mentor-comments-title">{messages.comments.heading}</h2>
            <MentorThreads
              comments={feedback.comments}
              onReply={(parentId, body) => post('comments', { parentId, body })}
              messages={messages}
              formatTime={formatTime}
            />
          </section>
          <section className="mentor-box" aria-labelledby="mentor-verdict-title">
            <h2 id="mentor-verdict-title">{messages.verdict.heading}</h2>
            <VerdictList verdicts={feedback.verdicts} messages={messages} formatTime={formatTime} />
            <VerdictForm onSubmit={(verdict) => post('verdicts', verdict)} messages={messages} />
          </section>
          <section className="mentor-box" aria-labelledby="mentor-findings-title">
            <h2 id="mentor-findings-title">{messages.decisions.heading}</h2>
            <p className="muted">{messages.decisions.findingsIntro}</p>
            <ol className="mentor-findings">
              {report.findings.map((finding) => (
                <li key={finding.id} className="mentor-finding">
                  <FindingCard finding={finding} text={report.document.text} language={language} messages={ui} />
                  <DecisionList decisions={feedback.decisions.filter((d) => d.findingId === finding.id)} messages={messages} ui={ui} formatTime={formatTime} />
                  <DecisionControls finding={finding} mine={mine(finding.id)} onDecide={(choice) => post('decisions', { ...choice, version: view.version })} messages={messages} ui={ui} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      </fieldset>
    </div>
  );
}
