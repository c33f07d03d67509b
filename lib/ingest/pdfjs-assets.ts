import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** Where pdf.js finds its data files: CJK cMaps (fonts without ToUnicode) and the standard 14 fonts. */
export interface PdfjsAssetOptions {
  cMapUrl: string;
  cMapPacked: true;
  standardFontDataUrl: string;
}

let assets: PdfjsAssetOptions | undefined;

/**
 * The getDocument options that point pdf.js (the copy pdf-parse installs) at its data directories,
 * for every place that opens a PDF. The package is looked up at run time from the working
 * directory's package, then from this module: bundlers rewrite `createRequire(import.meta.url)`
 * into their own module ids, which are no paths, but leave a require made from a variable alone.
 */
export function pdfjsAssetOptions(): PdfjsAssetOptions {
  if (assets) return assets;
  const root = pdfjsRoot([join(process.cwd(), 'package.json'), import.meta.url]);
  assets = { cMapUrl: join(root, 'cmaps') + sep, cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  return assets;
}

/** The pdfjs-dist directory as found from the first base (a file path or URL) that can find it. */
export function pdfjsRoot(bases: string[]): string {
  for (const base of bases) {
    try {
      const resolved: unknown = createRequire(base).resolve('pdfjs-dist/package.json');
      if (typeof resolved === 'string') return dirname(resolved);
    } catch {
      // Not installed under this base: try the next.
    }
  }
  throw new Error(`pdfjs-dist is not installed where this process can find it (looked from ${bases.join(', ')})`);
}
