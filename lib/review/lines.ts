import type { ResumeDocument, Section } from '../document/schema.ts';
import { lineLanguage } from './analysis.ts';

export interface TextPiece {
  text: string;
  start: number;
  lang: 'zh' | 'en';
  section: Section;
}

/** The written content a reader judges: every bullet and section line outside the name/contact block. */
export function* contentPieces(doc: ResumeDocument, fallback: 'zh' | 'en'): Generator<TextPiece> {
  for (const section of doc.sections) {
    if (section.kind === 'profile') continue;
    const spans = [...section.lines.map((l) => l.span), ...section.entries.flatMap((e) => e.bullets.map((b) => b.span))];
    for (const span of spans) {
      const text = doc.text.slice(span.start, span.end);
      if (text.trim()) yield { text, start: span.start, lang: lineLanguage(text, fallback), section };
    }
  }
}
