'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import { MentorLoopView } from '@/lib/mentor/api.ts';
import type { Placement } from '@/lib/report/browser.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';
import { ExportPanel } from '../../components/export-panel.tsx';
import { useMentorLoop } from '../../components/mentor-client.ts';
import { MentorPanel } from '../../components/mentor-panel.tsx';
import { useRememberReview } from '../../components/my-reviews.tsx';
import { CompareVersions } from './compare-versions.tsx';
import { CopyLink } from './copy-link.tsx';
import { ReadPanel } from './read-panel.tsx';
import { ReportView } from './report-view.tsx';

/**
 * The owner's page for one version of a review: what changed since the version before (at the
 * top), the versions to reopen or compare, the private link and the way to ask a mentor, the
 * report with the mentors' decisions and comments on it, what was read, exports and the loop.
 */
export function OwnerReport({ reviewId, initial, placements, latest, language, messages }: {
  reviewId: string;
  initial: MentorLoopView;
  placements: Placement[] | null;
  /** False when an earlier version was reopened (`?v=N`). */
  latest: boolean;
  language: UiLanguage;
  messages: Messages;
}) {
  const endpoint = `/api/reviews/${reviewId}/mentors${latest ? '' : `?v=${initial.version}`}`;
  const { view, refresh } = useMentorLoop(endpoint, initial);
  const { report } = view;
  const [comparing, setComparing] = useState(false);
  useRememberReview({
    id: reviewId,
    fileName: view.versions[0]?.fileName ?? null,
    score: view.versions.at(-1)?.score ?? report.score.overall,
    versions: view.versions.length,
    createdAt: view.versions[0]?.createdAt ?? '',
  });
  return (
    <>
      <ReportView reviewId={reviewId} report={report} outcomes={view.outcomes} comments={view.feedback.comments} placements={placements} language={language} messages={messages}>
        <RevisionSummary view={view} language={language} messages={messages} />
        <div className="version-bar">
          <nav aria-label={messages.revision.versionsLabel} className="version-links">
            {view.versions.map((v, index) => {
              const isLast = index === view.versions.length - 1;
              return (
                <Link key={v.version} href={isLast ? `/r/${reviewId}` : `/r/${reviewId}?v=${v.version}`} aria-current={v.version === view.version ? 'page' : undefined} className="chip">
                  {format(messages.revision.version, { version: v.version })} · {Math.round(v.score)}{isLast && view.versions.length > 1 ? ` · ${messages.revision.latest}` : ''}
                </Link>
              );
            })}
          </nav>
          {view.version > 1 && (
            <button type="button" className="button button-secondary" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>{messages.revision.compare}</button>
          )}
        </div>
        {!latest && (
          <p className="notice" role="note">{format(messages.revision.viewing, { version: view.version })} <Link href={`/r/${reviewId}`}>{messages.revision.backToLatest}</Link></p>
        )}
        {comparing && <CompareVersions reviewId={reviewId} view={view} language={language} messages={messages} />}
        <SignOffLine view={view} messages={messages} />
        <SharePanel messages={messages} />
      </ReportView>
      <ReadPanel document={report.document} messages={messages} />
      <ExportPanel reviewId={reviewId} language={language} sourceType={report.document.source.type} version={latest ? undefined : view.version} />
      <MentorPanel reviewId={reviewId} view={view} refresh={refresh} language={language} ui={messages} />
    </>
  );
}

/** Right after a revision, at the top: the score change, what improved and what is new. */
function RevisionSummary({ view, language, messages }: { view: MentorLoopView; language: UiLanguage; messages: Messages }) {
  const t = messages.revision;
  const { changes } = view;
  if (!changes) return null;
  const before = Math.round(view.versions.find((v) => v.version === changes.from)?.score ?? 0);
  const after = Math.round(view.report.score.overall);
  const delta = after - before;
  const problems = changes.added.filter((f) => f.severity !== 'praise');
  const text = view.report.document.text;
  return (
    <section className="revision-summary" aria-labelledby="revision-summary-title">
      <h2 id="revision-summary-title">{format(t.summary, { from: changes.from, to: view.version })}</h2>
      <p className={`revision-score ${delta > 0 ? 'is-up' : delta < 0 ? 'is-down' : ''}`}>
        {delta === 0 ? t.noChange : format(t.scoreChange, { before, after, delta: delta > 0 ? `+${delta}` : String(delta) })}
      </p>
      <div className="revision-lists">
        <details open={changes.resolved.length > 0 && changes.resolved.length <= 6}>
          <summary className="mentor-count mentor-count-resolved">{format(t.improved, { count: changes.resolved.length })}</summary>
          <ul>{changes.resolved.map(({ finding, quote }) => <li key={finding.id}>✓ {finding.message[language]}{quote && <> — <q>{quote}</q></>}</li>)}</ul>
        </details>
        <details open={problems.length > 0 && problems.length <= 6}>
          <summary className="mentor-count mentor-count-added">{format(t.isNew, { count: problems.length })}</summary>
          <ul>{problems.map((f) => <li key={f.id}>+ {f.message[language]}{f.span && <> — <q>{text.slice(f.span.start, f.span.end)}</q></>}</li>)}</ul>
        </details>
      </div>
    </section>
  );
}

/** Whether a mentor signed off the version shown; a sign-off on another version is named as such. */
function SignOffLine({ view, messages }: { view: MentorLoopView; messages: Messages }) {
  const t = messages.mentorWork;
  const signed = view.feedback.verdicts.filter((v) => v.signedOff);
  if (view.feedback.verdicts.length === 0) return null;
  const here = signed.filter((v) => v.version === view.version);
  const earlier = signed.filter((v) => v.version !== view.version).at(-1);
  return (
    <p className={`signoff-line${here.length ? ' is-signed' : ''}`}>
      {here.length ? format(t.signedOffHere, { name: here.map((v) => v.author.name).join('、') })
        : earlier ? format(t.signedOffEarlier, { name: earlier.author.name, version: earlier.version }) : t.notSignedOff}
    </p>
  );
}

/** The owner's own link, labelled private (it can delete), and asking a mentor as the obvious way to share. */
function SharePanel({ messages }: { messages: Messages }) {
  const t = messages.owner;
  const [url, setUrl] = useState('');
  useEffect(() => setUrl(window.location.href.replace(/\?.*$/, '')), []);
  const askMentor = () => {
    const name = window.document.getElementById('mentor-share-name');
    name?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    name?.focus({ preventScroll: true });
  };
  return (
    <div className="share-panel">
      <div className="share-mentor">
        <button type="button" className="button button-primary" onClick={askMentor}>{t.askMentor}</button>
        <p className="muted">{t.askMentorNote}</p>
      </div>
      <details className="share-private">
        <summary><span aria-hidden="true">🔒 </span>{t.privateLink}</summary>
        <p className="muted">{t.privateNote}</p>
        <div className="share-private-row">
          <input readOnly value={url} aria-label={t.privateLink} onFocus={(e) => e.target.select()} />
          <CopyLink label={t.copyPrivate} done={messages.report.copied} />
        </div>
      </details>
      <Link href="/" className="button button-secondary">{messages.report.newReview}</Link>
    </div>
  );
}
