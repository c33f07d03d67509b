'use client';

import { useEffect, useMemo, useState } from 'react';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { Comment, FindingOutcome } from '@/lib/mentor/schema.ts';
import type { Finding, Report, UiLanguage } from '@/lib/report/schema.ts';
import { DiagnosticsBanner } from './diagnostics-banner.tsx';
import { FindingCard, round } from './finding-card.tsx';
import { FindingFilters, type Filters, matches } from './finding-filters.tsx';
import type { Placement } from '@/lib/report/browser.ts';
import { bySeverity, isWholeResume, lineOf } from './highlights.ts';
import { PageView } from './page-view.tsx';
import { ResumeText, type Selection, markSelector } from './resume-text.tsx';
import { ScorePanel } from './score-panel.tsx';
import { TopFixes } from './top-fixes.tsx';

type View = 'text' | 'pages';

/**
 * The whole report: side panel (score, filters, top fixes) and the resume with its findings and
 * the mentors' comments. The report comes with the mentors' decisions applied: `outcomes` says
 * which findings were dismissed (shown struck through, out of the counts) or re-graded.
 * `placements` are the findings' boxes on the original pages, null when there are none to show.
 */
export function ReportView({ reviewId, report, outcomes = [], comments = [], placements, language, messages, children }: {
  reviewId: string;
  report: Report;
  outcomes?: FindingOutcome[];
  comments?: Comment[];
  placements: Placement[] | null;
  language: UiLanguage;
  messages: Messages;
  /** Shown above the report grid: the version's summary, sharing, sign-off. */
  children?: React.ReactNode;
}) {
  const t = messages.report;
  const { document } = report;
  const outcomeOf = useMemo(() => new Map(outcomes.map((o) => [o.findingId, o])), [outcomes]);
  const counted = report.findings.filter((f) => !outcomeOf.get(f.id)?.dismissal);
  const dismissedCount = report.findings.length - counted.length;
  const [filters, setFilters] = useState<Filters>({ dimensions: new Set(), severities: new Set() });
  const [selection, setSelection] = useState<Selection | null>(null);
  const [view, setView] = useState<View>('text');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  const byId = useMemo(() => new Map(report.findings.map((f) => [f.id, f])), [report.findings]);
  const visible = report.findings.filter((f) => matches(filters, f));
  const whole = visible.filter((f) => isWholeResume(f, document.lines)).sort(bySeverity);
  const onLines = visible.filter((f) => !isWholeResume(f, document.lines));

  const lineNumber = (finding: Finding) => {
    const index = lineOf(finding, document.lines);
    return index < 0 ? null : index + 1;
  };

  const jumpTo = (finding: Finding) => {
    if (!matches(filters, finding)) setFilters({ dimensions: new Set(), severities: new Set() });
    const line = lineOf(finding, document.lines);
    if (isWholeResume(finding, document.lines) || line < 0) {
      const details = window.document.getElementById(`whole-${finding.id}`);
      if (details instanceof HTMLDetailsElement) details.open = true;
      setFocusTarget(`#whole-${CSS.escape(finding.id)} > summary`);
      return;
    }
    setView('text');
    setSelection({ line, findingIds: [finding.id] });
    setFocusTarget(markSelector(finding.id));
  };

  useEffect(() => {
    if (!focusTarget) return;
    const element = window.document.querySelector<HTMLElement>(focusTarget);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    element?.focus({ preventScroll: true });
    setFocusTarget(null);
  }, [focusTarget]);

  const roleText = report.role.target
    ? format(t.roleTarget, { role: messages.role[report.role.target] })
    : report.role.inferred
      ? [format(t.roleInferred, { role: messages.role[report.role.inferred] }), roleWords(report.role.evidence, t.roleBecause)].filter(Boolean).join(' · ')
      : t.roleNone;

  return (
    <div className="report">
      <div className="report-head">
        <div>
          <h1>{t.title}</h1>
          <p className="report-meta">
            {document.source.fileName && <span className="file-name">{document.source.fileName}</span>}
            <span>{roleText}</span>
          </p>
        </div>
      </div>
      {children}

      <div className="report-grid">
        <aside className="report-side" aria-label={t.sideLabel}>
          <ScorePanel report={report} messages={messages} />
          <FindingFilters findings={counted} filters={filters} onChange={setFilters} messages={messages} />
          {dismissedCount > 0 && (
            <details className="panel dismissed-list">
              <summary>{format(messages.mentorWork.dismissedCount, { count: dismissedCount })}</summary>
              <ul>
                {report.findings.flatMap((finding) => {
                  const dismissal = outcomeOf.get(finding.id)?.dismissal;
                  return dismissal ? [(
                    <li key={finding.id}>
                      <button type="button" className="link-button" onClick={() => jumpTo(finding)}><s>{finding.message[language]}</s></button>
                      <p className="muted">{format(messages.mentorWork.dismissedBy, { name: dismissal.by, reason: dismissal.reason })}</p>
                    </li>
                  )] : [];
                })}
              </ul>
            </details>
          )}
          <TopFixes score={report.score} findings={byId} lineNumber={lineNumber} language={language} messages={messages} onJump={jumpTo} />
        </aside>

        <section className="report-main" aria-labelledby="resume-title">
          <DiagnosticsBanner diagnostics={document.diagnostics} messages={messages} />
          {whole.length > 0 && (
            <section className="whole-resume" aria-labelledby="whole-title">
              <h2 id="whole-title">{t.wholeResumeHeading}</h2>
              {whole.map((finding) => (
                <details key={finding.id} id={`whole-${finding.id}`} className={`whole-finding severity-${finding.severity}${outcomeOf.get(finding.id)?.dismissal ? ' is-dismissed' : ''}`}>
                  <summary>
                    <span className={`badge badge-${finding.severity}`}>{messages.severity[finding.severity]}</span>
                    <span className="whole-message">{finding.message[language]}</span>
                    {finding.gain > 0 && <span className="finding-gain">{format(t.gain, { gain: round(finding.gain) })}</span>}
                  </summary>
                  <FindingCard finding={finding} outcome={outcomeOf.get(finding.id)} text={document.text} language={language} messages={messages} />
                </details>
              ))}
            </section>
          )}
          <div className="resume-head">
            <h2 id="resume-title">{view === 'pages' ? t.pageHeading : t.resumeHeading}</h2>
            {placements && (
              <div role="group" aria-label={t.viewLabel} className="view-switch">
                <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>{t.textView}</button>
                <button type="button" aria-pressed={view === 'pages'} onClick={() => setView('pages')}>{t.pageView}</button>
              </div>
            )}
          </div>
          {view === 'text' && <p className="muted">{t.resumeAsRead}</p>}
          {visible.length === 0 && <p className="muted">{t.noFindings}</p>}
          {view === 'text' || !placements ? (
            <ResumeText
              document={document}
              findings={onLines}
              outcomes={outcomeOf}
              comments={comments}
              selection={selection}
              onSelect={setSelection}
              onClose={() => setSelection(null)}
              language={language}
              messages={messages}
            />
          ) : (
            <PageView
              reviewId={reviewId}
              document={document}
              placements={placements}
              findings={onLines}
              selected={selection?.findingIds ?? []}
              onSelect={(findingIds) => {
                const first = findingIds[0] ? byId.get(findingIds[0]) : undefined;
                setSelection({ line: first ? lineOf(first, document.lines) : -1, findingIds });
              }}
              onClose={() => setSelection(null)}
              language={language}
              messages={messages}
            />
          )}
        </section>
      </div>
    </div>
  );
}

/** The words an inferred role was read from ("依据：“新媒体运营”"), so the reader sees why and can pick another. */
function roleWords(evidence: Report['role']['evidence'], template: string): string {
  const words = [...new Set((evidence ?? []).map((e) => `“${e.text}”`))].slice(0, 3);
  return words.length ? format(template, { words: words.join(' ') }) : '';
}
