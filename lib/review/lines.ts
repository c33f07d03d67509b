import type { ResumeDocument, Section } from '../document/schema.ts';
import { isStatement, lineLanguage, type DocumentAnalysis } from './analysis.ts';

export interface TextPiece {
  text: string;
  start: number;
  lang: 'zh' | 'en';
  section: Section;
}

/** Sections whose lines are the writer's own sentences (a profile, a self-assessment), beside the work bullets. */
const PROSE_KINDS: ReadonlySet<Section['kind']> = new Set(['summary', 'other']);

/**
 * The written content a reader judges as sentences: every work bullet, and the lines of summary-like
 * sections. Headings, titles, dates, education, skills lists, contact lines and lead-in labels are not
 * sentences and get no writing findings. `text` is the folded text (Traditional read as Simplified).
 */
export function* contentPieces(doc: ResumeDocument, analysis: DocumentAnalysis): Generator<TextPiece> {
  for (const b of analysis.bullets) yield { text: analysis.folded.slice(b.bullet.span.start, b.bullet.span.end), start: b.bullet.span.start, lang: b.lang, section: b.section };
  for (const section of doc.sections) {
    if (!PROSE_KINDS.has(section.kind)) continue;
    for (const line of section.lines) {
      const text = analysis.folded.slice(line.span.start, line.span.end);
      if (text.trim() && isStatement(text)) yield { text, start: line.span.start, lang: lineLanguage(text, analysis.lang), section };
    }
  }
}
