import type { Diagnostic } from '@/lib/document/schema.ts';
import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';

/** How the file itself was read: layouts and losses that also trip applicant tracking systems. */
export function DiagnosticsBanner({ diagnostics, messages }: { diagnostics: Diagnostic[]; messages: Messages }) {
  if (diagnostics.length === 0) return null;
  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{messages.diagnostics.heading}</h2>
      <ul>
        {diagnostics.map((diagnostic) => (
          <li key={diagnostic.code}>
            {format(messages.diagnostics[diagnostic.code], { count: diagnostic.spans.length || '?', columns: 2, chars: '?', ...diagnostic.data })}
          </li>
        ))}
      </ul>
    </section>
  );
}
