import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import { Dimension, type Report } from '@/lib/report/schema.ts';
import { WEIGHTS, notAssessedIn } from '@/lib/review/score.ts';

/** The overall score with its band, one bar per dimension, and how they add up. */
export function ScorePanel({ report, messages }: { report: Pick<Report, 'score' | 'role'>; messages: Messages }) {
  const t = messages.report;
  const e = messages.explain;
  const { score } = report;
  // Dimensions with nothing to judge are not weighed (docs/scoring.md).
  const notAssessed = notAssessedIn(report);
  const counted = (dimension: Dimension) => !notAssessed.has(dimension);
  return (
    <section className="panel score-panel" aria-labelledby="score-title">
      <h2 id="score-title" className="panel-title">{t.scoreHeading}</h2>
      {score.status === 'unread' ? (
        <p className="score-unread" role="status">{t.unread}</p>
      ) : (
        <div className="score-summary">
          <p className={`score-number band-${score.band}`} aria-label={format(t.overall, { score: Math.round(score.overall) })}>
            {Math.round(score.overall)}<span className="score-max" aria-hidden="true">/100</span>
          </p>
          <div>
            <p className={`band band-${score.band}`}>{messages.band[score.band]}</p>
          </div>
        </div>
      )}
      <h3 className="subheading">{t.dimensionsHeading}</h3>
      <ul className="dimension-bars">
        {Dimension.options.map((dimension) => {
          const raw = score.dimensions[dimension];
          // A dimension with nothing to judge shows as not assessed, never as a number.
          const value = raw === undefined ? null : Math.round(raw);
          return (
            <li key={dimension}>
              <span className="dimension-name">{messages.dimension[dimension]}</span>
              <span className="bar" aria-hidden="true"><span className="bar-fill" style={{ width: `${value ?? 0}%` }} /></span>
              <span className="dimension-value">{value ?? t.notAssessed}</span>
            </li>
          );
        })}
      </ul>
      <details className="score-explain">
        <summary>{e.heading}</summary>
        <p>{e.intro}</p>
        <ul>
          {Dimension.options.map((dimension) => (
            <li key={dimension}>
              {messages.dimension[dimension]}: {counted(dimension) ? format(e.weight, { weight: Math.round(WEIGHTS[dimension] * 100) }) : e.neutral}
            </li>
          ))}
        </ul>
        <p>{e.howItAdds}</p>
        <p>{e.gains}</p>
        <p><a href="/docs/scoring">{e.more}</a> · <span className="muted">{format(t.algorithm, { version: score.algorithmVersion })}</span></p>
      </details>
    </section>
  );
}
