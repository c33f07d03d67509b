'use client';

import { useEffect, useState } from 'react';
import type { ResumeDocument } from '@/lib/document/schema.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import { MentorLoopView } from '@/lib/mentor/api.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';
import { lineSegments } from './highlights.ts';

/**
 * The version shown beside the one before it: on the left the earlier text with what this version
 * fixed marked, on the right this version with what is new marked. The earlier version is read on demand.
 */
export function CompareVersions({ reviewId, view, language, messages }: { reviewId: string; view: MentorLoopView; language: UiLanguage; messages: Messages }) {
  const t = messages.revision;
  const from = view.changes?.from ?? view.version - 1;
  const [before, setBefore] = useState<MentorLoopView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    fetch(`/api/reviews/${reviewId}/mentors?v=${from}`, { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((json) => { if (current) setBefore(MentorLoopView.parse(json)); })
      .catch(() => { if (current) setFailed(true); });
    return () => { current = false; };
  }, [reviewId, from]);
  if (failed) return <p role="alert" className="mentor-error">{messages.errors.internal}</p>;
  if (!before) return <p className="muted" role="status">…</p>;
  const resolved = view.changes?.resolved.map((r) => r.finding) ?? [];
  const added = view.changes?.added ?? [];
  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{format(t.compareHeading, { from, to: view.version })}</h2>
      <div className="compare-columns">
        <CompareColumn title={format(t.before, { version: from })} legend={t.resolvedHere} document={before.report.document} marked={resolved} kind="resolved" language={language} />
        <CompareColumn title={format(t.after, { version: view.version })} legend={t.newHere} document={view.report.document} marked={added} kind="added" language={language} />
      </div>
    </section>
  );
}

function CompareColumn({ title, legend, document, marked, kind, language }: {
  title: string; legend: string; document: ResumeDocument; marked: Finding[]; kind: 'resolved' | 'added'; language: UiLanguage;
}) {
  return (
    <div className="compare-column" role="region" aria-label={title}>
      <h3>{title}</h3>
      <p className="muted"><mark className={`compare-${kind}`}>{legend}</mark></p>
      <ol className="compare-lines" lang={document.language === 'en' ? 'en' : 'zh-CN'}>
        {document.lines.map((line, index) => (
          <li key={index}>
            {lineSegments(line.span, marked).map((segment) => {
              const words = document.text.slice(segment.start, segment.end);
              return segment.findings.length
                ? <mark key={segment.start} className={`compare-${kind}`} title={segment.findings.map((f) => f.message[language]).join('\n')}>{words}</mark>
                : <span key={segment.start}>{words}</span>;
            })}
            {line.span.start === line.span.end && '\u00a0'}
          </li>
        ))}
      </ol>
    </div>
  );
}
