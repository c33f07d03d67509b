import { format } from '@/lib/i18n/language.ts';
import type { MentorLoopView } from '@/lib/mentor/api.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';
import { MentorScoreChart } from './mentor-score-chart.tsx';

/** Score per version and what the latest version fixed and introduced. */
export function MentorChanges({ view, language, messages }: { view: MentorLoopView; language: UiLanguage; messages: MentorMessages }) {
  const t = messages.versions;
  const { changes } = view;
  const text = view.report.document.text;
  return (
    <section className="mentor-box mentor-changes" aria-labelledby="mentor-versions-title">
      <h2 id="mentor-versions-title">{t.heading} · {format(t.version, { version: view.version })}</h2>
      <MentorScoreChart versions={view.versions} messages={messages} />
      {!changes ? <p className="muted">{t.none}</p> : (
        <>
          <h3>{format(t.changesHeading, { from: changes.from, to: view.version })}</h3>
          <p className="mentor-change-counts">
            <span className="mentor-count mentor-count-resolved">{format(t.resolved, { count: changes.resolved.length })}</span>
            <span className="mentor-count mentor-count-added">{format(t.added, { count: changes.added.length })}</span>
            <span className="mentor-count">{format(t.unchanged, { count: changes.unchanged })}</span>
          </p>
          <ul className="mentor-change-list" aria-label={format(t.resolved, { count: changes.resolved.length })}>
            {changes.resolved.map(({ finding, quote }) => (
              <li key={finding.id} className="mentor-change-resolved">
                <span aria-hidden="true">✓ </span>{finding.message[language]}{quote && <> — <q>{quote}</q></>}
              </li>
            ))}
          </ul>
          <ul className="mentor-change-list" aria-label={format(t.added, { count: changes.added.length })}>
            {changes.added.map((finding) => (
              <li key={finding.id} className={finding.severity === 'praise' ? 'mentor-change-praise' : 'mentor-change-added'}>
                <span aria-hidden="true">+ </span>{finding.message[language]}
                {finding.span && <> — <q>{text.slice(finding.span.start, finding.span.end)}</q></>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
