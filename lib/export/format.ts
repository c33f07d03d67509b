import type { UiLanguage } from '../report/schema.ts';
import { format } from '../i18n/language.ts';
import type { ExportView } from './view.ts';

/** Small text helpers shared by the exporters. */

/** A time in the reader's time zone (the one the export was asked from; UTC when unknown), its zone named. */
export function formatTime(iso: string, view: Pick<ExportView, 'lang' | 'timeZone'>): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(view.lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: view.timeZone, timeZoneName: 'short',
  });
  return parts.format(date);
}

/** An IANA time zone name the runtime knows, or null. */
export function knownTimeZone(name: string | undefined): string | null {
  if (!name) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function lineLabel(view: ExportView, lineNumber: number | null): string {
  return lineNumber === null ? view.labels.overall : format(view.labels.line, { line: lineNumber });
}

export function quoted(text: string, lang: UiLanguage): string {
  return lang === 'zh' ? `「${text}」` : `“${text}”`;
}

/** "why" printed the same way everywhere: the quote, where it comes from, and the gloss when there is one. */
export function citation(view: ExportView, why: ExportView['findings'][number]['why']): string {
  const gloss = why.gloss ? ` (${why.gloss})` : '';
  return `${quoted(why.quote, view.lang)}${gloss} — ${why.source}`;
}

/** The plain-text body of a finding as a note: used for Word comments and PDF pop-ups. */
export function findingNote(view: ExportView, f: ExportView['findings'][number]): string {
  const { labels } = view;
  return [
    `[${f.tag}] ${f.severityLabel} · ${f.dimensionLabel}`,
    f.message,
    `${labels.why}: ${citation(view, f.why)}`,
    f.fix ? `${labels.fix}: ${f.fix}` : '',
    f.template ? `${labels.template}: ${f.template}` : '',
    ...f.decisions.map((d) => `${labels.mentor}: ${d}`),
  ].filter(Boolean).join('\n');
}

/** The words a finding is about, when its message does not already quote them. */
export function wordsToShow(f: ExportView['findings'][number]): string | null {
  if (f.words === null || f.message.includes(f.words.trim())) return null;
  return f.words.length > 80 ? `${f.words.slice(0, 78)}…` : f.words;
}

/** A top fix in one line: its tag, message, place and the points it would add. */
export function topFixLine(view: ExportView, fix: ExportView['topFixes'][number]): { message: string; where: string; gain: string } {
  const words = wordsToShow(fix.finding);
  return {
    message: fix.finding.message,
    where: `${lineLabel(view, fix.finding.lineNumber)}${words ? ` ${quoted(words, view.lang)}` : ''}`,
    gain: `+${fix.gain} ${view.labels.points}`,
  };
}
