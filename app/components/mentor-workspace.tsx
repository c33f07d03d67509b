'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { CommentBody, DecisionChoice, MentorLoopView, VerdictBody } from '@/lib/mentor/api.ts';
import { mentorMessagesFor } from '@/lib/mentor/messages.ts';
import { Severity, type Finding, type UiLanguage } from '@/lib/report/schema.ts';
import { FindingCard } from '../r/[id]/finding-card.tsx';
import { SEVERITY_ORDER } from '../r/[id]/highlights.ts';
import { ScorePanel } from '../r/[id]/score-panel.tsx';
import { MentorChanges } from './mentor-changes.tsx';
import { useHydrated, useMentorChange, useMentorLoop, useTimeFormat } from './mentor-client.ts';
import { DecisionControls, DecisionList } from './mentor-decisions.tsx';
import { MentorResume } from './mentor-resume.tsx';
import { MentorThreads } from './mentor-threads.tsx';
import { VerdictForm, VerdictList } from './mentor-verdicts.tsx';
import './mentor.css';

type Show = 'all' | 'open';

/**
 * What a mentor works in, one screen wide: the resume with the findings and comments highlighted
 * on one side; on the other the findings grouped by severity (collapsed, filterable, arrow keys or
 * j / k move between them), the threads and the verdict with sign-off for this version.
 */
export function MentorWorkspace({ token, initial, language, ui }: { token: string; initial: MentorLoopView; language: UiLanguage; ui: Messages }) {
  const messages = mentorMessagesFor(language);
  const t = messages.decisions;
  const formatTime = useTimeFormat(language);
  const base = `/api/m/${token}`;
  const { view, refresh } = useMentorLoop(base, initial);
  const hydrated = useHydrated();
  const { feedback, report } = view;
  const { change, error } = useMentorChange(refresh, messages.error);
  const post = (path: string, body: CommentBody | VerdictBody | (DecisionChoice & { version: number })) => change(`${base}/${path}`, 'POST', body);
  const mine = (findingId: string) => feedback.decisions.filter((d) => d.findingId === findingId && d.author.name === view.viewer.name).at(-1);
  const outcomeOf = new Map(view.outcomes.map((o) => [o.findingId, o]));
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [severities, setSeverities] = useState<Set<Severity>>(new Set());
  const [show, setShow] = useState<Show>('all');
  const list = useRef<HTMLDivElement>(null);

  // Grouped by severity, in the resume's order within a group: a decision (and the gains it changes) never reorders the list under the mentor.
  const visible = report.findings.map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding)
    .filter((f) => severities.size === 0 || severities.has(f.severity))
    .filter((f) => show === 'all' || !mine(f.id));
  const toggle = (id: string, open?: boolean) => setExpanded((current) => {
    const next = new Set(current);
    if (open ?? !next.has(id)) next.add(id);
    else next.delete(id);
    return next;
  });
  const openFinding = (id: string) => {
    setSeverities(new Set());
    setShow('all');
    toggle(id, true);
    requestAnimationFrame(() => {
      const header = list.current?.querySelector<HTMLElement>(`[data-finding="${CSS.escape(id)}"]`);
      header?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      header?.focus({ preventScroll: true });
    });
  };
  // Arrow keys (or j / k) move from one finding's header to the next, as in a mail list.
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-finding]')) return;
    const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const headers = [...(list.current?.querySelectorAll<HTMLElement>('[data-finding]') ?? [])];
    headers[Math.max(0, Math.min(headers.length - 1, headers.indexOf(target) + step))]?.focus();
  };

  return (
    <div className="mentor-loop mentor-workspace">
      <div className="workspace-head">
        <div>
          <h1>{messages.mentorPage.title}</h1>
          <p>{format(messages.mentorPage.intro, { name: view.viewer.name })} <span className="mentor-live">{messages.live}</span></p>
        </div>
        <p className="workspace-score" aria-label={format(ui.report.overall, { score: Math.round(report.score.overall) })}>
          <strong className={`band-${report.score.band}`}>{Math.round(report.score.overall)}</strong>/100 · {ui.band[report.score.band]} · {format(messages.versions.version, { version: view.version })}
        </p>
      </div>
      {error && <p role="alert" className="mentor-error">{error}</p>}
      <fieldset className="workspace-grid" disabled={!hydrated}>
        <section className="mentor-box workspace-pane" aria-labelledby="mentor-resume-title">
          <h2 id="mentor-resume-title">{ui.report.resumeHeading}</h2>
          <MentorResume
            document={report.document}
            findings={report.findings}
            comments={feedback.comments}
            onComment={(selection, body) => post('comments', { body, anchor: { version: view.version, ...selection } })}
            onFinding={openFinding}
            messages={messages}
          />
        </section>
        <div className="workspace-pane workspace-side">
          <section className="mentor-box" aria-labelledby="mentor-findings-title">
            <h2 id="mentor-findings-title">{t.heading}</h2>
            <p className="muted">{t.findingsIntro} {t.keys}</p>
            <div className="workspace-filters" role="group" aria-label={ui.report.filtersHeading}>
              <button type="button" className="chip" aria-pressed={severities.size === 0} onClick={() => setSeverities(new Set())}>{ui.report.all}</button>
              {Severity.options.map((severity) => (
                <button key={severity} type="button" className="chip" aria-pressed={severities.has(severity)}
                  onClick={() => setSeverities(new Set(severities.has(severity) ? [...severities].filter((s) => s !== severity) : [...severities, severity]))}>
                  <span className={`dot dot-${severity}`} aria-hidden="true" /> {ui.severityPlural[severity]} <span className="chip-count">{report.findings.filter((f) => f.severity === severity).length}</span>
                </button>
              ))}
              <label className="workspace-open-only">
                <input type="checkbox" checked={show === 'open'} onChange={(e) => setShow(e.target.checked ? 'open' : 'all')} /> {t.undecidedOnly}
              </label>
            </div>
            <div ref={list} onKeyDown={onListKey}>
              {Severity.options.map((severity) => {
                const group = visible.filter((f) => f.severity === severity);
                if (group.length === 0) return null;
                return (
                  <details key={severity} className="workspace-group" open>
                    <summary><span className={`badge badge-${severity}`}>{ui.severityPlural[severity]}</span> {group.length}</summary>
                    <ol className="mentor-findings">
                      {group.map((finding) => (
                        <FindingItem key={finding.id} finding={finding} dismissed={!!outcomeOf.get(finding.id)?.dismissal} decided={!!mine(finding.id)}
                          label={finding.message[language]} words={finding.span ? report.document.text.slice(finding.span.start, finding.span.end) : null}
                          open={expanded.has(finding.id)} onToggle={() => toggle(finding.id)}>
                          <FindingCard finding={finding} outcome={outcomeOf.get(finding.id)} text={report.document.text} language={language} messages={ui} />
                          <DecisionList decisions={feedback.decisions.filter((d) => d.findingId === finding.id)} messages={messages} ui={ui} formatTime={formatTime} />
                          <DecisionControls finding={finding} mine={mine(finding.id)}
                            onDecide={(choice) => post('decisions', { ...choice, version: view.version })} messages={messages} ui={ui} />
                        </FindingItem>
                      ))}
                    </ol>
                  </details>
                );
              })}
            </div>
          </section>
          <section className="mentor-box" aria-labelledby="mentor-verdict-title">
            <details open>
              <summary><h2 id="mentor-verdict-title">{messages.verdict.heading}</h2></summary>
              <VerdictList verdicts={feedback.verdicts} shown={view.version} messages={messages} formatTime={formatTime} />
              <VerdictForm version={view.version} onSubmit={(verdict) => post('verdicts', verdict)} messages={messages} />
            </details>
          </section>
          <section className="mentor-box" aria-labelledby="mentor-comments-title">
            <details open>
              <summary><h2 id="mentor-comments-title">{messages.comments.heading} ({feedback.comments.filter((c) => !c.parentId).length})</h2></summary>
              <MentorThreads comments={feedback.comments} onReply={(parentId, body) => post('comments', { parentId, body })} messages={messages} formatTime={formatTime} />
            </details>
          </section>
          <section className="mentor-box" aria-labelledby="mentor-score-title">
            <details>
              <summary><h2 id="mentor-score-title">{ui.report.scoreHeading} · {messages.versions.heading}</h2></summary>
              <ScorePanel report={report} messages={ui} />
              <MentorChanges view={view} language={language} messages={messages} />
            </details>
          </section>
        </div>
      </fieldset>
    </div>
  );
}

/** One finding in the mentor's list: a header to open it (and to move from with the arrow keys), its card and decisions when open. */
function FindingItem({ finding, label, words, dismissed, decided, open, onToggle, children }: {
  finding: Finding; label: string; words: string | null; dismissed: boolean; decided: boolean; open: boolean; onToggle: () => void; children: React.ReactNode;
}) {
  return (
    <li className={`mentor-finding${open ? ' is-open' : ''}${dismissed ? ' is-dismissed' : ''}`}>
      <button type="button" className="mentor-finding-head" data-finding={finding.id} aria-expanded={open} onClick={onToggle}>
        <span className={`dot dot-${finding.severity}`} aria-hidden="true" />
        <span className="mentor-finding-label">{dismissed ? <s>{label}</s> : label}{words && <span className="muted"> — {words.length > 40 ? `${words.slice(0, 40)}…` : words}</span>}</span>
        {decided && <span className="mentor-finding-decided" aria-hidden="true">✓</span>}
      </button>
      {open && <div className="mentor-finding-body">{children}</div>}
    </li>
  );
}
