import { useRef, type KeyboardEvent } from 'react';
import type { ResumeDocument } from '@/lib/document/schema.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';
import { FindingCard } from './finding-card.tsx';
import { lineSegments } from './highlights.ts';

export interface Selection { line: number; findingIds: string[] }

export function markSelector(findingId: string): string {
  return `mark[data-findings~="${CSS.escape(findingId)}"]`;
}

/** The resume as read, line by line, each finding highlighted on its words; the selected ones open below their line. */
export function ResumeText({ document, findings, selection, onSelect, onClose, language, messages }: {
  document: ResumeDocument;
  findings: Finding[];
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
  language: UiLanguage;
  messages: Messages;
}) {
  const headings = new Set(document.sections.map((section) => section.titleSpan.start));
  // Focus that returns to a highlight after its card closes must not open the card again.
  const returningFocus = useRef(false);
  const closeAndReturn = (findingId: string | undefined) => {
    onClose();
    const mark = findingId ? window.document.querySelector<HTMLElement>(markSelector(findingId)) : null;
    if (!mark) return;
    returningFocus.current = true;
    mark.focus();
    returningFocus.current = false;
  };
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <ol className="resume-lines" lang={document.language === 'en' ? 'en' : 'zh-CN'}>
      {document.lines.map((line, index) => {
        const open = selection?.line === index;
        const cardId = `line-${index}-card`;
        return (
          <li key={index} id={`line-${index}`} className={`resume-line${headings.has(line.span.start) ? ' is-heading' : ''}`}>
            <span className="line-number" aria-hidden="true">{index + 1}</span>
            <span className="line-text">
              {lineSegments(line.span, findings).map((segment) => {
                const words = document.text.slice(segment.start, segment.end);
                const top = segment.findings[0];
                if (!top) return <span key={segment.start}>{words}</span>;
                const ids = segment.findings.map((f) => f.id);
                const select = () => onSelect({ line: index, findingIds: ids });
                const selected = open && ids.some((id) => selection.findingIds.includes(id));
                return (
                  <mark
                    key={segment.start}
                    className={`hl hl-${top.severity}${selected ? ' is-selected' : ''}`}
                    data-findings={ids.join(' ')}
                    role="button"
                    tabIndex={0}
                    aria-expanded={selected}
                    aria-controls={selected ? cardId : undefined}
                    onClick={select}
                    onFocus={() => returningFocus.current || select()}
                    onKeyDown={(event: KeyboardEvent) => {
                      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(); }
                      if (event.key === 'Escape') onClose();
                    }}
                  >
                    {words}
                    <span className="visually-hidden"> ({segment.findings.map((f) => messages.severity[f.severity]).join(', ')})</span>
                  </mark>
                );
              })}
              {line.span.start === line.span.end && '\u00a0'}
            </span>
            {open && (
              <div
                id={cardId}
                className="line-cards"
                role="region"
                aria-label={messages.report.lineLabel.replace('{line}', String(index + 1))}
                onKeyDown={(event) => event.key === 'Escape' && closeAndReturn(selection.findingIds[0])}
              >
                {selection.findingIds.flatMap((id) => {
                  const finding = byId.get(id);
                  return finding ? [<FindingCard key={id} finding={finding} text={document.text} language={language} messages={messages} />] : [];
                })}
                <button type="button" className="link-button close-cards" onClick={() => closeAndReturn(selection.findingIds[0])}>{messages.report.card.close}</button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
