import { readableCitation, ruleName } from '@/lib/i18n/citations.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { FindingOutcome } from '@/lib/mentor/schema.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';

/**
 * What is wrong, why (the advice, its source by title, the original words beside a translation),
 * how to fix it, the rule in words, and what a mentor decided on it.
 */
export function FindingCard({ finding, outcome, text, language, messages }: {
  finding: Finding;
  outcome?: FindingOutcome;
  text: string;
  language: UiLanguage;
  messages: Messages;
}) {
  const t = messages.report.card;
  const headingId = `finding-${finding.id}-title`;
  const found = finding.span ? text.slice(finding.span.start, finding.span.end) : finding.actual;
  const citation = readableCitation(finding.why, finding.ruleId, language);
  const dismissed = !!outcome?.dismissal;
  return (
    <article className={`finding-card severity-${finding.severity}${dismissed ? ' is-dismissed' : ''}`} aria-labelledby={headingId}>
      <header className="finding-card-header">
        <span className={`badge badge-${finding.severity}`}>{messages.severity[finding.severity]}</span>
        <span className="finding-dimension">{messages.dimension[finding.dimension]}</span>
        {finding.gain > 0 && !dismissed && <span className="finding-gain">{format(messages.report.gain, { gain: round(finding.gain) })}</span>}
      </header>
      <h3 id={headingId} className="finding-message">{dismissed ? <s>{finding.message[language]}</s> : finding.message[language]}</h3>
      <MentorOutcome outcome={outcome} severity={finding.severity} messages={messages} />
      {found && (
        <p className="finding-found"><span className="term">{t.found}</span> <q className="resume-quote">{found}</q></p>
      )}
      <div className="finding-why">
        <p className="term">{t.why}</p>
        <blockquote>{citation.quote}</blockquote>
        {citation.original && <p className="citation-original"><span className="term">{t.original}</span> <q>{citation.original}</q></p>}
        <p className="source"><span className="term">{t.source}</span> <cite>{citation.title}</cite></p>
      </div>
      {finding.fix && (
        <div className="finding-fix">
          <p className="term">{t.fix}</p>
          <p>{finding.fix.advice[language]}</p>
          {finding.fix.template && (
            <>
              <p className="term">{t.template}</p>
              <p className="template">{finding.fix.template}</p>
            </>
          )}
        </div>
      )}
      <p className="finding-rule"><span className="term">{t.rule}</span> {ruleName(finding.ruleId, language)}</p>
    </article>
  );
}

/** A mentor's dismissal (with the reason) or re-grade of a finding, said where the finding is. */
export function MentorOutcome({ outcome, severity, messages }: { outcome: FindingOutcome | undefined; severity: Finding['severity']; messages: Messages }) {
  const t = messages.mentorWork;
  if (!outcome) return null;
  return (
    <>
      {outcome.dismissal && <p className="mentor-outcome is-dismissal">{format(t.dismissedBy, { name: outcome.dismissal.by, reason: outcome.dismissal.reason })}</p>}
      {outcome.originalSeverity && <p className="mentor-outcome">{format(t.regradedBy, { from: messages.severity[outcome.originalSeverity], to: messages.severity[severity] })}</p>}
    </>
  );
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
