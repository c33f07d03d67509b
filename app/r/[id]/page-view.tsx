import type { ResumeDocument } from '@/lib/document/schema.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';
import { FindingCard } from './finding-card.tsx';
import { bySeverity, findingBoxes } from './highlights.ts';

/** True when the document carries the positions needed to draw findings over its pages. */
export function hasPagePositions(document: ResumeDocument): boolean {
  return document.source.type === 'pdf' && document.pages.length > 0 && document.lines.some((line) => line.box || line.pieces?.length);
}

/** Each page of the original PDF, with every finding drawn as a box over its words. */
export function PageView({ reviewId, document, findings, selected, onSelect, language, messages }: {
  reviewId: string;
  document: ResumeDocument;
  findings: Finding[];
  selected: string[];
  onSelect: (findingIds: string[]) => void;
  language: UiLanguage;
  messages: Messages;
}) {
  const t = messages.report;
  const placed = [...findings].sort(bySeverity).reverse().flatMap((finding) =>
    finding.span ? findingBoxes(finding.span, document.lines).map((place) => ({ finding, ...place })) : []);
  return (
    <div className="pages">
      {document.pages.map((page) => {
        const onPage = placed.filter((p) => p.page === page.number);
        const cards = findings.filter((f) => selected.includes(f.id) && onPage.some((p) => p.finding.id === f.id));
        return (
          <figure key={page.number} className="page">
            <figcaption>{format(t.pageOf, { page: page.number, total: document.pages.length })}</figcaption>
            <div className="page-canvas" style={{ aspectRatio: `${page.width} / ${page.height}` }}>
              <img src={`/api/reviews/${reviewId}/pages/${page.number}`} alt={format(t.pageImageAlt, { page: page.number })} loading="lazy" />
              {onPage.map(({ finding, box }, index) => (
                <button
                  key={`${finding.id}-${index}`}
                  type="button"
                  className={`page-box hl-${finding.severity}${selected.includes(finding.id) ? ' is-selected' : ''}`}
                  style={{
                    left: `${(box.x / page.width) * 100}%`,
                    top: `${(box.y / page.height) * 100}%`,
                    width: `${(box.width / page.width) * 100}%`,
                    height: `${(box.height / page.height) * 100}%`,
                  }}
                  aria-label={format(t.highlightLabel, { severity: messages.severity[finding.severity], message: finding.message[language] })}
                  aria-pressed={selected.includes(finding.id)}
                  onClick={() => onSelect([finding.id])}
                />
              ))}
            </div>
            {cards.length > 0 && (
              <div className="line-cards">
                {cards.map((finding) => <FindingCard key={finding.id} finding={finding} text={document.text} language={language} messages={messages} />)}
              </div>
            )}
          </figure>
        );
      })}
    </div>
  );
}
