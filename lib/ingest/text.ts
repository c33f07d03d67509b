import { normalise } from '../text/normalise.ts';
import type { PlacedLine } from './layout.ts';

/**
 * Reads plain text or Markdown. The document text is the normalised input itself (indentation
 * and blank lines kept), so what the user pasted and what the spans index look the same.
 */
export function readText(input: string): { text: string; lines: PlacedLine[] } {
  const text = normalise(input.replace(/^\uFEFF/, ''));
  const lines: PlacedLine[] = [];
  let offset = 0;
  let blank = 0;
  for (const raw of text.split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content && !/^(?:[-=_*~]{3,}|<!--.*-->)$/.test(content)) {
      const start = offset + indent;
      lines.push({
        text: content,
        start,
        end: start + content.length,
        page: 1,
        indent,
        heading: /^(#{1,6})\s/.exec(content)?.[1]!.length,
        gapBefore: blank,
      });
      blank = 0;
    } else {
      blank++;
    }
    offset += raw.length + 1;
  }
  return { text, lines };
}
