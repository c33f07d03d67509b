import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A targeted change to pdf.js's worker source: `code` goes in just before `anchor` (or replaces it),
 * which must occur exactly once in the source.
 */
export interface WorkerPatch {
  name: string;
  anchor: string;
  code: string;
  /** `code` replaces the anchor instead of going in before it. */
  replaces?: true;
}

/**
 * Patches for a worker that only ever extracts text (our parse never renders). pdf.js turns every
 * embedded font program into an OpenType font a browser could draw: parsing, sanitising and
 * rebuilding it is about 40% of a text extraction, which needs none of it when the program cannot
 * change the text or its positions. Everything text extraction reads from a font (its Unicode map,
 * widths, font matrix, ascent) comes from the font dictionary except:
 * - glyph names a program adds to the Unicode map (adjustType1ToUnicode, adjustTrueTypeToUnicode),
 *   which pdf.js never applies to a font with its own ToUnicode map, to one of pdf.js's own standard
 *   fonts, or to an identity map, nor to a CID-keyed CFF program (it has no encoding; its Unicode
 *   comes from the CID system's cMap), nor (TrueType) to a composite, encoded or non-symbolic font;
 * - widths a Type 1 program gives codes the dictionary leaves without one (such fonts are left alone);
 * - a TrueType font's ascent and descent, from its hhea and head tables: the TrueType patch stops
 *   once the font's tables are found and checked (every check that can reject a well-formed font
 *   runs), computes them as pdf.js does, and skips the glyph outlines, cmap and rebuilt font;
 * - a font matrix of the program's own, which replaces the dictionary's and rescales the widths:
 *   read from the CFF top dictionary or the Type 1 clear-text header (not the glyph programs) and
 *   applied as pdf.js does (adjustWidths); vertical fonts, whose metrics it would not rescale, are
 *   left alone.
 * A program pdf.js could not read makes it fall back to a system font; a Type 1 or CFF program is
 * still checked to be one, with a readable header, before it is skipped, and a TrueType program gets
 * every structural check up to its glyph outlines (one with no glyphs is left to pdf.js, which
 * rejects it). What can still differ is a program damaged past those checks (outlines whose
 * locations overlap, a CFF program readable only up to its top dictionary): pdf.js would fall back
 * to a system font for it, keeping the dictionary's ascent, where the skip keeps the program's.
 *
 * The other patches make the same result cheaper: a Flate stream is inflated by Node's zlib in one call (the
 * JavaScript inflater takes over for any stream zlib rejects, so a damaged stream reads as before);
 * the text position of each glyph is computed with the same arithmetic as pdf.js's two matrix
 * products (Util.transform), without building the intermediate matrices; and a cMap pdf.js ships
 * (static data, the same for every document: our one worker always reads them from the same
 * folder) is parsed once per process instead of once per font that names it. Nothing changes a
 * parsed cMap but the parse that builds it, except a ToUnicode map made from a named cMap, which is
 * amended in place: it gets its own copy. And a page's text is sent to our side in one chunk (and
 * one per form XObject) instead of one every ten items at each font change, each a round of
 * messages; the items and styles put together are the same.
 */
export const TEXT_ONLY_PATCHES: readonly WorkerPatch[] = [
  {
    name: 'text-only helpers',
    anchor: '\nclass Font {\n',
    code: `
function liangdianUnicodeIsFixed(properties) {
  return properties.hasIncludedToUnicodeMap || properties.isInternalFont || properties.toUnicode instanceof IdentityToUnicodeMap;
}
function liangdianCFFTopDict(file) {
  try {
    const parser = new CFFParser(file, {}, false);
    const header = parser.parseHeader();
    const names = parser.parseIndex(header.endPos);
    const topDicts = parser.parseIndex(names.endPos);
    return parser.createDict(CFFTopDict, parser.parseDict(topDicts.obj.get(0)), new CFFStrings());
  } catch {
    return null;
  } finally {
    file.reset();
  }
}
function liangdianType1FontMatrix(file, properties) {
  try {
    let length = properties.length1;
    const pfb = file.peekBytes(6);
    if (pfb[0] === 0x80 && pfb[1] === 0x01) {
      file.skip(6);
      length = pfb[5] << 24 | pfb[4] << 16 | pfb[3] << 8 | pfb[2];
    }
    const header = {};
    new Type1Parser(getHeaderBlock(file, length).stream, false, SEAC_ANALYSIS_ENABLED).extractFontHeader(header);
    return header.fontMatrix ?? properties.fontMatrix;
  } catch {
    return null;
  } finally {
    file.reset();
  }
}
function liangdianType1ProgramMatrix(font, file, type, subtype, properties) {
  if (font.vertical || (type !== "Type1" && type !== "CIDFontType0")) {
    return null;
  }
  if (subtype === "Type1C" || subtype === "CIDFontType0C") {
    const top = isCFFFile(file) && liangdianCFFTopDict(file);
    return top && (liangdianUnicodeIsFixed(properties) || (properties.composite && top.hasName("ROS"))) ? top.getByName("FontMatrix") : null;
  }
  if (!liangdianUnicodeIsFixed(properties) || !isType1File(file)) {
    return null;
  }
  for (let code = properties.firstChar; code <= properties.lastChar; code++) {
    if (properties.widths[code] === undefined) {
      return null;
    }
  }
  return liangdianType1FontMatrix(file, properties);
}
function liangdianSkipsTrueTypeTables(font, properties, cff) {
  if (font.vertical || properties.cssFontInfo) {
    return false;
  }
  if (!(liangdianUnicodeIsFixed(properties) || properties.composite || properties.hasEncoding || !font.isSymbolicFont || properties.defaultEncoding === WinAnsiEncoding)) {
    return false;
  }
  if (cff) {
    const top = liangdianCFFTopDict(new Stream(cff.data));
    if (!top) {
      return false;
    }
    properties.fontMatrix = top.getByName("FontMatrix");
  }
  return true;
}
function liangdianTextTransform({ ctm: c, textMatrix: m, fontSize, textHScale, textRise }) {
  const s0 = fontSize * textHScale;
  const i0 = m[0] * s0 + m[2] * 0;
  const i1 = m[1] * s0 + m[3] * 0;
  const i2 = m[0] * 0 + m[2] * fontSize;
  const i3 = m[1] * 0 + m[3] * fontSize;
  const i4 = m[0] * 0 + m[2] * textRise + m[4];
  const i5 = m[1] * 0 + m[3] * textRise + m[5];
  return [c[0] * i0 + c[2] * i1, c[1] * i0 + c[3] * i1, c[0] * i2 + c[2] * i3, c[1] * i2 + c[3] * i3, c[0] * i4 + c[2] * i5 + c[4], c[1] * i4 + c[3] * i5 + c[5]];
}
`,
  },
  {
    name: 'text transform without intermediate matrices',
    anchor: '      const tsm = [textState.fontSize * textState.textHScale, 0, 0, textState.fontSize, 0, textState.textRise];\n      if (font.isType3Font &&',
    code: `      if (!font.isType3Font) {
        return liangdianTextTransform(textState);
      }
`,
  },
  {
    name: 'text-only Type 1 and CFF fonts',
    anchor: '    let data;\n    try {\n      switch (type) {\n        case "MMType1":',
    code: `    const liangdianMatrix = liangdianType1ProgramMatrix(this, file, type, subtype, properties);
    if (liangdianMatrix) {
      properties.fontMatrix = liangdianMatrix;
      adjustWidths(properties);
      amendFallbackToUnicode(properties);
      this.type = type;
      this.subtype = subtype;
      this.fontMatrix = properties.fontMatrix;
      this.widths = properties.widths;
      this.defaultWidth = properties.defaultWidth;
      return;
    }
`,
  },
  {
    name: 'text-only TrueType fonts',
    anchor: '    let missingGlyphs = Object.create(null);\n    if (isTrueType) {',
    code: `    if (numGlyphs > 0 && tables.hhea && liangdianSkipsTrueTypeTables(this, properties, isTrueType ? null : tables["CFF "])) {
      const unitsPerEm = int16(tables.head.data[18], tables.head.data[19]);
      this.ascent = signedInt16(tables.hhea.data[4], tables.hhea.data[5]) / unitsPerEm;
      this.descent = signedInt16(tables.hhea.data[6], tables.hhea.data[7]) / unitsPerEm;
      this.lineGap = signedInt16(tables.hhea.data[8], tables.hhea.data[9]) / unitsPerEm;
      this.lineHeight = this.ascent - this.descent + this.lineGap;
      return null;
    }
`,
  },
  {
    name: 'built-in cMaps parsed once',
    anchor: '  const {\n    cMapData,\n    isCompressed\n  } = await fetchBuiltInCMap(name);\n  const cMap = new CMap(true);',
    code: `  let parsed = liangdianBuiltInCMaps.get(name);
  if (!parsed) {
    parsed = liangdianParseBuiltInCMap(name, fetchBuiltInCMap);
    liangdianBuiltInCMaps.set(name, parsed);
    parsed.catch(() => liangdianBuiltInCMaps.delete(name));
  }
  return parsed;
}
const liangdianBuiltInCMaps = new Map();
async function liangdianParseBuiltInCMap(name, fetchBuiltInCMap) {
`,
  },
  {
    name: 'named ToUnicode map copied',
    anchor: '      return new ToUnicodeMap(cmap.getMap());',
    code: '      return new ToUnicodeMap(cmap.getMap().slice());',
    replaces: true,
  },
  {
    name: 'text content in one chunk',
    anchor: 'const TEXT_CHUNK_BATCH_SIZE = 10;',
    code: 'const TEXT_CHUNK_BATCH_SIZE = Infinity;',
    replaces: true,
  },
  {
    name: 'native inflate',
    anchor: '    let buffer, hdr, len;\n    const str = this.str;\n    try {\n      hdr = this.getBits(3);',
    code: `    if (!this.liangdianTriedNative) {
      this.liangdianTriedNative = true;
      const inflated = liangdianInflate(this.str);
      if (inflated) {
        this.buffer = inflated;
        this.bufferLength = inflated.length;
        this.eof = true;
        return;
      }
    }
`,
  },
  {
    name: 'native inflate function',
    anchor: '\nclass FlateStream extends DecodeStream {\n',
    code: `
function liangdianInflate(str) {
  const start = str.pos;
  try {
    const deflated = str.getBytes();
    // Output buffers about the size of the output (fonts inflate to a few times their size): fewer pieces to join.
    const chunkSize = Math.min(Math.max(16384, deflated.length * 4), 1048576);
    // Past 64 MB (no text stream or font of a resume comes near) the JavaScript inflater reads it, as pdf.js would.
    return new Uint8Array(process.getBuiltinModule("zlib").inflateRawSync(deflated, { chunkSize, maxOutputLength: 67108864 }));
  } catch {
    str.pos = start;
    return null;
  }
}
`,
  },
];

/** The source with every patch applied, or the names of the patches whose anchor is missing or not unique. */
export function patchWorkerSource(source: string, patches: readonly WorkerPatch[] = TEXT_ONLY_PATCHES): { source: string } | { unmatched: string[] } {
  const unmatched = patches.filter((patch) => source.indexOf(patch.anchor) < 0 || source.indexOf(patch.anchor) !== source.lastIndexOf(patch.anchor)).map((patch) => patch.name);
  if (unmatched.length) return { unmatched };
  let patched = source;
  for (const patch of patches) patched = patched.replace(patch.anchor, () => (patch.replaces ? patch.code : patch.code + patch.anchor));
  // The installed source map no longer lines up with the patched source.
  return { source: patched.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n') };
}

export type WorkerModule = { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };

export interface LoadedWorker {
  module: WorkerModule;
  /** False when the installed worker did not match the patches (then it runs unpatched). */
  patched: boolean;
}

/**
 * Imports pdf.js's worker from `workerPath`, patched for text extraction. The patched source is
 * written once (atomically) to a cache folder beside the package, named by a hash of the patches and
 * of the installed worker's path, size and modification time, so another pdfjs-dist version or patch
 * set never meets a stale file and a process that finds the file does not patch again; when that
 * folder cannot be written, to a private temporary folder of this user's. When the installed worker
 * does not match the patches (or nowhere can be written), the unpatched worker is imported and
 * `warn` told why, once per process by default.
 */
export async function importPatchedWorker(workerPath: string, warn: (message: string) => void = warnOnce): Promise<LoadedWorker> {
  const { size, mtimeMs } = statSync(workerPath);
  const key = createHash('sha256').update(JSON.stringify(TEXT_ONLY_PATCHES)).update(`\0${workerPath}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 16);
  const name = `pdf.worker.${key}.mjs`;
  const folders = cacheFolders(dirname(workerPath));
  const cached = folders.find((folder) => existsSync(join(folder.path, name)) && (!folder.private || isPrivateFolder(folder.path)));
  if (cached) return { module: await importWorker(pathToFileURL(join(cached.path, name)).href), patched: true };
  const result = patchWorkerSource(readFileSync(workerPath, 'utf8'));
  if ('unmatched' in result) {
    warn(`liangdian: pdf.js worker ${workerPath} does not match the text-only patches (${result.unmatched.join(', ')}); parsing PDFs with the unpatched worker, correct but slower`);
    return { module: await importWorker(pathToFileURL(workerPath).href), patched: false };
  }
  let path: string | undefined;
  let failure: unknown;
  for (const folder of folders) {
    try {
      mkdirSync(folder.path, { recursive: true, ...(folder.private ? { mode: 0o700 } : {}) });
      if (folder.private && !isPrivateFolder(folder.path)) throw new Error(`${folder.path} is not a private folder of this user; not importing code from it`);
      path = writeInto(folder.path, name, result.source);
      break;
    } catch (error) {
      failure = error;
    }
  }
  if (!path) {
    warn(`liangdian: could not write the patched pdf.js worker (${(failure as Error).message}); parsing PDFs with the unpatched worker, correct but slower`);
    return { module: await importWorker(pathToFileURL(workerPath).href), patched: false };
  }
  return { module: await importWorker(pathToFileURL(path).href), patched: true };
}

/** The worker as pdf.js ships it (the reference the patched one is checked against). */
export async function importUnpatchedWorker(workerPath: string): Promise<LoadedWorker> {
  return { module: await importWorker(pathToFileURL(workerPath).href), patched: false };
}

// A computed URL: bundlers must leave the import to Node at run time.
const importWorker = (url: string) => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ url) as Promise<WorkerModule>;

/** A superseded patched worker is removed after this long: a process may be about to import it. */
const KEEP_SUPERSEDED_MS = 10 * 60_000;

/**
 * Where the patched worker may be written, in order: `<package>/../.cache/liangdian-pdfjs`
 * (node_modules/.cache), then (node_modules read-only) a temporary folder of this user's, used only
 * while no one else can write to it (it holds code we import).
 */
function cacheFolders(packageBuild: string): Array<{ path: string; private: boolean }> {
  // packageBuild is <pdfjs-dist>/legacy/build.
  return [
    { path: join(packageBuild, '..', '..', '..', '.cache', 'liangdian-pdfjs'), private: false },
    { path: join(tmpdir(), `liangdian-pdfjs-${process.getuid?.() ?? 'user'}`), private: true },
  ];
}

function isPrivateFolder(path: string): boolean {
  const stat = lstatSync(path);
  const uid = process.getuid?.();
  return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

function writeInto(folder: string, name: string, source: string): string {
  const path = writeAtomically(join(folder, name), source);
  removeSuperseded(folder, name);
  return path;
}

/** Patched workers of other pdf.js versions or patch sets, once no process can still be loading them. */
function removeSuperseded(folder: string, current: string): void {
  for (const entry of readdirSync(folder)) {
    if (entry === current || !/^pdf\.worker\.[0-9a-f]{16}\.mjs$/.test(entry)) continue;
    const path = join(folder, entry);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_SUPERSEDED_MS) rmSync(path, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/** Writes `path` through a temporary file: a reader never sees a half-written one. */
function writeAtomically(path: string, source: string): string {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, source);
  renameSync(temporary, path);
  return path;
}

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  process.emitWarning(message);
}
