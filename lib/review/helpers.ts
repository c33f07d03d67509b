import type { Span } from '../document/schema.ts';
import type { Citation, Localized } from '../report/schema.ts';
import type { ResumeDocument } from '../document/schema.ts';
import { phrases } from '../../rules/data/index.ts';
import type { AnalysedBullet, AnalysedEntry } from './analysis.ts';
import { lineLanguage } from './analysis.ts';

/** A span relative to a bullet, made absolute in the document's text. */
export function inBullet(b: AnalysedBullet, rel: { start: number; end: number }): Span {
  return { start: b.bullet.span.start + rel.start, end: b.bullet.span.start + rel.end };
}

/** The entry's first line (its heading as printed): where entry-level findings sit. */
export function headingSpan(doc: ResumeDocument, e: AnalysedEntry): Span {
  const start = e.entry.span.start;
  const newline = doc.text.indexOf('\n', start);
  const firstBullet = e.entry.bullets[0]?.span.start ?? e.entry.span.end;
  const end = Math.min(newline === -1 ? e.entry.span.end : newline, firstBullet, e.entry.span.end);
  return { start, end: Math.max(end, start + 1) };
}

/** Every line of the document with its language, skipping empty lines; `source` is the text to read (the folded text for phrase matching). */
export function* documentLines(doc: ResumeDocument, fallback: 'zh' | 'en', source = doc.text): Generator<{ text: string; start: number; lang: 'zh' | 'en' }> {
  for (const line of doc.lines) {
    const text = source.slice(line.span.start, line.span.end);
    if (text.trim()) yield { text, start: line.span.start, lang: lineLanguage(text, fallback) };
  }
}

/** Joins list items in each language ("A、B、C" / "A, B, C"). */
export function listOf(items: Localized[]): Localized {
  return { zh: items.map((i) => i.zh).join('、'), en: items.map((i) => i.en).join(', ') };
}

/** Citation for the rules the articles do not state (RULEBOOK section 6). */
export function commonPractice(quote: string, guidance: string): Citation {
  return { source: 'common resume practice', quote, gloss: guidance };
}

/** The bullet's first clause: Chinese breaks at its commas, English only at sentence ends (its commas join objects). */
function firstClause(text: string, maxChars: number, lang: 'zh' | 'en'): string {
  const clause = text.split(lang === 'zh' ? /[，,；;。!?！？]/u : /[；;。!?！？]|\.(?:\s|$)/u)[0]!.trim();
  if (clause.length <= maxChars) return clause;
  // English is cut at a word boundary; Chinese anywhere.
  const cut = clause.slice(0, maxChars);
  const boundary = lang === 'en' ? cut.lastIndexOf(' ') : -1;
  return (boundary > maxChars / 2 ? cut.slice(0, boundary) : cut).trimEnd() + '…';
}

/**
 * A rewrite template built from the bullet's own words, with placeholders only the candidate can
 * fill: never a number, never a fact or a role the bullet does not state (no "[主导/负责]" nudging a
 * lead claim). A duty opener that is a verb (负责, 协助) stays; an adverb (日常, Responsible for)
 * leaves the object as written.
 */
export function rewriteTemplate(text: string, lang: 'zh' | 'en'): string {
  const opener = phrases('duty-wording', lang).first(text);
  if (lang === 'zh') {
    if (!opener) return `${firstClause(text, 30, lang)}，使[指标]从[原值]提升到[新值]`;
    const verb = /负责|协助|配合|参与|维护|跟进|对接|处理|执行/u.test(opener.text) ? opener.text.replace(/^主要/u, '') : '';
    return `${verb}${firstClause(text.slice(opener.end), 24, lang)}，通过[方法]，使[指标]从[原值]提升到[新值]`;
  }
  if (!opener) return `${firstClause(text, 80, lang)} by [method], raising [metric] from [X] to [Y]`;
  const object = firstClause(text.slice(opener.end), 70, lang);
  return `${object.charAt(0).toUpperCase()}${object.slice(1)} by [method], raising [metric] from [X] to [Y]`;
}

const RATIO = /\d+(?:\.\d+)?\s*[:：/比]\s*\d+(?:\.\d+)?/gu;

/** A span widened to the whole ratio it sits in ("1:5.2", not its lone "1"), else unchanged. */
export function widenToRatio(text: string, span: { start: number; end: number }): { start: number; end: number } {
  for (const m of text.matchAll(RATIO)) {
    const end = m.index + m[0].length;
    if (m.index <= span.start && span.start < end) return { start: m.index, end: Math.max(end, span.end) };
  }
  return span;
}
