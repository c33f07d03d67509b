import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';

/** Where pdf.js finds its data files: CJK cMaps (fonts without ToUnicode) and the standard 14 fonts. */
export interface PdfjsAssetOptions {
  cMapUrl: string;
  cMapPacked: true;
  standardFontDataUrl: string;
}

let assets: PdfjsAssetOptions | undefined;
let root: string | undefined;

/**
 * The pdfjs-dist directory this process uses, looked up at run time from the working directory's
 * package, then from this module: bundlers rewrite `createRequire(import.meta.url)` into their own
 * module ids, which are no paths, but leave a require made from a variable alone.
 */
export function pdfjsDirectory(): string {
  return (root ??= pdfjsRoot([join(process.cwd(), 'package.json'), import.meta.url]));
}

/**
 * The getDocument options that point pdf.js (the copy pdf-parse installs, see pdfjsDirectory) at its
 * data directories, for every place that opens a PDF.
 */
export function pdfjsAssetOptions(): PdfjsAssetOptions {
  if (assets) return assets;
  const directory = pdfjsDirectory();
  assets = { cMapUrl: join(directory, 'cmaps') + sep, cMapPacked: true, standardFontDataUrl: join(directory, 'standard_fonts') + sep };
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

/** Data files already read, by path: pdf.js asks for the same cMaps and standard fonts for every document. */
const dataFiles = new Map<string, Promise<Uint8Array>>();

/**
 * A pdf.js data file (`name` in the folder `base`), read from disk once per process; each caller gets
 * its own copy, as it would from pdf.js's own reader. A name that is no plain file name is refused.
 */
async function readDataFile(base: string | null, name: string | undefined): Promise<Uint8Array> {
  if (!base || !name || basename(name) !== name) throw new Error(`no pdf.js data file ${JSON.stringify(name)} in ${base}`);
  const path = base + name;
  let data = dataFiles.get(path);
  if (!data) {
    data = readFile(path).then((buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    dataFiles.set(path, data);
    // A failed read is not remembered: the next document tries again.
    data.catch(() => dataFiles.delete(path));
  }
  return (await data).slice();
}

/**
 * pdf.js's `CMapReaderFactory` for Node, with every cMap read once per process instead of once per
 * document that uses it (the same options and answers as pdf.js's own).
 */
export class CachedCMapReaderFactory {
  readonly #baseUrl: string | null;
  readonly #isCompressed: boolean;
  constructor({ baseUrl = null, isCompressed = true }: { baseUrl?: string | null; isCompressed?: boolean }) {
    this.#baseUrl = baseUrl;
    this.#isCompressed = isCompressed;
  }
  async fetch({ name }: { name?: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    return { cMapData: await readDataFile(this.#baseUrl, name && name + (this.#isCompressed ? '.bcmap' : '')), isCompressed: this.#isCompressed };
  }
}

/** pdf.js's `StandardFontDataFactory` for Node, with every font file read once per process. */
export class CachedStandardFontDataFactory {
  readonly #baseUrl: string | null;
  constructor({ baseUrl = null }: { baseUrl?: string | null }) {
    this.#baseUrl = baseUrl;
  }
  fetch({ filename }: { filename?: string }): Promise<Uint8Array> {
    return readDataFile(this.#baseUrl, filename);
  }
}
