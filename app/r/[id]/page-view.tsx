import type { ResumeDocument } from '@/lib/document/schema.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import type { Finding, UiLanguage } from '@/lib/report/schema.ts';
import { FindingCard } from './finding-card.tsx';
import type { Placement } from '@/lib/report/browser.ts';
import { bySeverity } from './highlights.ts';

/** Each page of the original PDF, with every finding drawn as a box over its words. */
export function PageView({ reviewId, document, placements, findings, selected, onSelect, onClose, language, messages }: {
  reviewId: string;
  document: ResumeDocument;
  placements: Placement[];
  findings: Finding[];
  selected: string[];
  onSelect: (findingIds: string[]) => void;
  onClose: () => void;
  language: UiLanguage;
  messages: Messages;
}) {
  const t = messages.report;
  const placed = [...findings].sort(bySeverity).reverse().flatMap((finding) =>
    placements.filter((place) => place.findingId === finding.id).map((place) => ({ finding, ...place })));
  return (
    <div className="pages">
      {document.pages.map((page) => {
        const onPage = placed.filter((p) => p.page === page.number);
        const anchor = onPage.find((p) => selected.includes(p.finding.id));
        const cards = findings.filter((f) => selected.includes(f.id));
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
                  aria-expanded={selected.includes(finding.id)}
                  onClick={() => onSelect([finding.id])}
                  onKeyDown={(event) => event.key === 'Escape' && onClose()}
                />
              ))}
              {anchor && (
                // The card opens just under the words it is about, kept inside the page's width.
                <div
                  className="page-popover"
                  role="region"
                  aria-label={format(t.pageCards, { page: page.number })}
                  style={{
                    top: `${((anchor.box.y + anchor.box.height) / page.height) * 100}%`,
                    left: `${Math.min((anchor.box.x / page.width) * 100, 45)}%`,
                  }}
                >
                  {cards.map((finding) => <FindingCard key={finding.id} finding={finding} text={document.text} language={language} messages={messages} />)}
                  <button type="button" className="link-button close-cards" onClick={onClose}>{messages.report.card.close}</button>
                </div>
              )}
            </div>
          </figure>
        );
      })}
    </div>
  );
}
