import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { Finding, Score, UiLanguage } from '@/lib/report/schema.ts';
import { round } from './finding-card.tsx';

/** The fixes worth most points, each a link to its words in the resume. */
export function TopFixes({ score, findings, lineNumber, language, messages, onJump }: {
  score: Score;
  findings: Map<string, Finding>;
  lineNumber: (finding: Finding) => number | null;
  language: UiLanguage;
  messages: Messages;
  onJump: (finding: Finding) => void;
}) {
  const t = messages.report;
  const fixes = [...score.topFixes]
    .sort((a, b) => b.gain - a.gain)
    .flatMap((fix) => {
      const finding = findings.get(fix.findingId);
      return finding ? [{ finding, gain: fix.gain }] : [];
    });
  return (
    <section className="panel" aria-labelledby="top-fixes-title">
      <h2 id="top-fixes-title" className="panel-title">{t.topFixesHeading}</h2>
      {fixes.length === 0 ? <p className="muted">{t.topFixesEmpty}</p> : (
        <ol className="top-fixes">
          {fixes.map(({ finding, gain }) => {
            const line = lineNumber(finding);
            return (
              <li key={finding.id}>
                <button type="button" className="top-fix" onClick={() => onJump(finding)}>
                  <span className={`dot dot-${finding.severity}`} aria-hidden="true" />
                  <span className="top-fix-message">{finding.message[language]}</span>
                  <span className="top-fix-meta">
                    {line !== null && <span>{format(t.lineLabel, { line })}</span>}
                    <span className="top-fix-gain">{format(t.gain, { gain: round(gain) })}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
