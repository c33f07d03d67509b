import type { Messages } from '@/lib/i18n/messages.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';

/** What is wrong, why (the advice and its source), how to fix it, and the rule that found it. */
export function FindingCard({ finding, text, language, messages }: {
  finding: Finding;
  text: string;
  language: UiLanguage;
  messages: Messages;
}) {
  const t = messages.report.card;
  const headingId = `finding-${finding.id}-title`;
  const found = finding.span ? text.slice(finding.span.start, finding.span.end) : finding.actual;
  return (
    <article className={`finding-card severity-${finding.severity}`} aria-labelledby={headingId}>
      <header className="finding-card-header">
        <span className={`badge badge-${finding.severity}`}>{messages.severity[finding.severity]}</span>
        <span className="finding-dimension">{messages.dimension[finding.dimension]}</span>
        {finding.gain > 0 && <span className="finding-gain">{messages.report.gain.replace('{gain}', String(round(finding.gain)))}</span>}
      </header>
      <h3 id={headingId} className="finding-message">{finding.message[language]}</h3>
      {found && (
        <p className="finding-found"><span className="term">{t.found}</span> <q className="resume-quote">{found}</q></p>
      )}
      <div className="finding-why">
        <p className="term">{t.why}</p>
        <blockquote>{finding.why.quote}</blockquote>
        {/* Glosses are written in English, for readers of the English UI. */}
        {finding.why.gloss && language === 'en' && <p className="gloss">{finding.why.gloss}</p>}
        <p className="source"><span className="term">{t.source}</span> <cite>{finding.why.source}</cite></p>
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
      <p className="finding-rule"><span className="term">{t.rule}</span> <code>{finding.ruleId}</code></p>
    </article>
  );
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
