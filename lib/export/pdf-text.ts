import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { nfkc } from '../text/normalise.ts';

/**
 * Chromium names some CJK glyphs in a PDF's text layer by the radical that shares their shape
 * (⽇ U+2F47 for 日, ⻓ U+2ED3 for 长), so copied or extracted text is wrong though the page looks
 * right. This rewrites those code points in every font's ToUnicode map to the ordinary characters.
 */

const isRadical = (code: number) => code >= 0x2e80 && code <= 0x2fdf;

const hexOf = (text: string) =>
  [...text].map((char) => {
    let hex = '';
    for (let i = 0; i < char.length; i++) hex += char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
    return hex;
  }).join('');

/** A ToUnicode destination (UTF-16BE hex) with radicals replaced. */
function unifyHex(hex: string): string {
  if (hex.length % 4 !== 0) return hex;
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  if (!units.some(isRadical)) return hex;
  const text = String.fromCharCode(...units);
  return hexOf([...text].map((char) => (isRadical(char.codePointAt(0)!) ? nfkc(char) : char)).join(''));
}

function bfcharBlocks(entries: string[]): string {
  let out = '';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    out += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
  }
  return out;
}

export function unifyRadicalsInCMap(cmap: string): string {
  const expanded: string[] = [];
  let out = cmap.replace(/beginbfchar([\s\S]*?)endbfchar/g, (_, body: string) =>
    `beginbfchar${body.replace(/(<[0-9a-fA-F]+>\s*)<([0-9a-fA-F]+)>/g, (_m, src: string, dst: string) => `${src}<${unifyHex(dst)}>`)}endbfchar`);
  out = out.replace(/(\d+)(\s+)beginbfrange([\s\S]*?)endbfrange/g, (_, _count: string, space: string, body: string) => {
    const kept: string[] = [];
    for (const entry of body.match(/<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*(?:<[0-9a-fA-F]+>|\[[^\]]*\])/g) ?? []) {
      const [lo, hi, dst] = [...entry.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!);
      if (entry.includes('[')) {
        kept.push(entry.replace(/\[([^\]]*)\]/, (_m, list: string) => `[${list.replace(/<([0-9a-fA-F]+)>/g, (_n, d: string) => `<${unifyHex(d)}>`)}]`));
        continue;
      }
      const from = parseInt(lo!, 16);
      const to = parseInt(hi!, 16);
      const start = dst!.length === 4 ? parseInt(dst!, 16) : -1;
      const touches = start >= 0 && start <= 0x2fdf && start + (to - from) >= 0x2e80;
      if (!touches) {
        kept.push(entry);
        continue;
      }
      const width = lo!.length;
      for (let code = from; code <= to; code++) {
        const unit = (start + code - from).toString(16).toUpperCase().padStart(4, '0');
        expanded.push(`<${code.toString(16).toUpperCase().padStart(width, '0')}> <${unifyHex(unit)}>`);
      }
    }
    return kept.length ? `${kept.length}${space}beginbfrange\n${kept.join('\n')}\nendbfrange` : '';
  });
  return expanded.length ? out.replace(/endcmap/, `${bfcharBlocks(expanded)}endcmap`) : out;
}

/** The PDF with every font's ToUnicode map naming ordinary characters instead of radicals. */
export async function unifyRadicalsInPdf(bytes: Uint8Array): Promise<Uint8Array> {
  // Parsing yields to the event loop every 50 objects (parseSpeed), so a large PDF does not hold up other requests.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: 50 });
  let changed = false;
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : undefined;
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const unified = unifyRadicalsInCMap(cmap);
    if (unified === cmap) continue;
    pdf.context.assign(ref, pdf.context.flateStream(unified));
    changed = true;
  }
  return changed ? pdf.save() : bytes;
}
