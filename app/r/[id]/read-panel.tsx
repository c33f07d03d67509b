import type { ResumeDocument } from '@/lib/document/schema.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';

/**
 * The structure the reader recovered: contact details, then each section with its entries
 * (organisation, title, dates). When reading went wrong, this is where a person sees it at once.
 */
export function ReadPanel({ document, messages }: { document: ResumeDocument; messages: Messages }) {
  const t = messages.read;
  const { contact, sections } = document;
  const contactRows: Array<[string, string]> = [
    ...(contact.name ? [[t.name, contact.name.value] as [string, string]] : []),
    ...contact.emails.map((f): [string, string] => [t.email, f.value]),
    ...contact.phones.map((f): [string, string] => [t.phone, f.value]),
    ...contact.urls.map((f): [string, string] => [t.url, f.value]),
    ...(contact.location ? [[t.location, contact.location.value] as [string, string]] : []),
  ];
  return (
    <details className="panel read-panel">
      <summary><h2 className="panel-title">{t.heading}</h2></summary>
      <p className="muted">{t.intro}</p>
      <h3 className="subheading">{t.contact}</h3>
      {contactRows.length === 0 ? <p className="muted">{t.noContact}</p> : (
        <dl className="read-contact">
          {contactRows.map(([label, value], index) => (
            <div key={index}><dt>{label}</dt><dd>{value}</dd></div>
          ))}
        </dl>
      )}
      <h3 className="subheading">{t.sections}</h3>
      {sections.length === 0 ? <p className="muted">{t.none}</p> : (
        <ol className="read-sections">
          {sections.map((section, index) => (
            <li key={index}>
              <p className="read-section-title"><strong>{section.title}</strong>{section.entries.length === 0 && <span className="muted"> · {format(t.lines, { count: section.lines.length })}</span>}</p>
              {section.entries.length > 0 && (
                <table className="read-entries">
                  <thead><tr><th scope="col">{t.organisation}</th><th scope="col">{t.role}</th><th scope="col">{t.dates}</th><th scope="col"><span className="visually-hidden">{t.bullets}</span></th></tr></thead>
                  <tbody>
                    {section.entries.map((entry, e) => (
                      <tr key={e}>
                        <td>{entry.organisation ?? '—'}</td>
                        <td>{entry.heading}</td>
                        <td className="read-dates">{entry.dates?.text ?? '—'}</td>
                        <td className="muted">{format(t.bullets, { count: entry.bullets.length })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
