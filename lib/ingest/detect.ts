import { IngestError } from './errors.ts';
import { messages } from './messages.ts';

export type DetectedType = 'pdf' | 'docx' | 'text';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: string, encoding: 'utf8' | 'utf16le' = 'utf8'): boolean {
  // The needle is searched as bytes: Buffer#indexOf with a 'utf16le' string never returns on a view at an odd offset.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(needle, encoding)) >= 0;
}

/**
 * The type of a file from its bytes (never its name): PDF magic, a zip holding word/document.xml, or text.
 * An OLE compound file is a password-protected DOCX or an old .doc, neither of which can be read.
 */
export function detectType(bytes: Uint8Array): DetectedType {
  // "%PDF-" may follow a little junk (some generators write a BOM or a mail header first).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A macro-enabled document (.docm, or one renamed .docx) names its macro project in the archive.
    if (contains(bytes, 'vbaProject.bin') || contains(bytes, 'macroEnabled')) throw new IngestError('unsupported-type', messages.macroDocument);
    if (contains(bytes, 'word/document.xml')) return 'docx';
    throw new IngestError('unsupported-type', messages.zipNotDocx);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // A password-protected DOCX is an OLE compound file too: its directory names these streams (UTF-16LE).
    if (contains(bytes, 'EncryptedPackage', 'utf16le') || contains(bytes, 'EncryptionInfo', 'utf16le')) {
      throw new IngestError('encrypted', messages.encryptedDocx);
    }
    throw new IngestError('unsupported-type', messages.legacyDoc);
  }
  if (decodeText(bytes) !== undefined) return 'text';
  throw new IngestError('unsupported-type', messages.unsupported);
}

/**
 * The Han characters each legacy Chinese encoding ranks as common (GB2312 level 1, the 3,755 most
 * used simplified characters; Big5's 5,401 frequently used traditional ones), read from the encodings
 * themselves. Text decoded with the right encoding is mostly these; decoded with a wrong one, it is
 * mostly rare characters, symbols and unassigned code points.
 */
let commonHan: Set<string> | undefined;
function commonHanCharacters(): Set<string> {
  if (commonHan) return commonHan;
  const found = new Set<string>();
  const add = (encoding: string, leads: [number, number], trails: [number, number][]) => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
    for (const character of new TextDecoder(encoding).decode(Uint8Array.from(bytes))) if (/\p{Script=Han}/u.test(character)) found.add(character);
  };
  add('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  add('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  return (commonHan = found);
}

/** Share of the non-ASCII characters of `text` that ordinary writing uses: common Han, CJK and general punctuation, full-width forms, Latin letters. */
function plausibility(text: string): number {
  const common = commonHanCharacters();
  let other = 0;
  let plausible = 0;
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80) continue;
    other++;
    if (common.has(character) || /[\u2000-\u206f\u3000-\u303f\uff01-\uff5e\u00a0-\u024f\u2e80-\u2fdf]/u.test(character)) plausible++;
  }
  return other === 0 ? 1 : plausible / other;
}

/** Below this plausibility no decoding is believed: the bytes are not text in an encoding we know. */
const MIN_PLAUSIBILITY = 0.6;

/** What a file that is not UTF-8 may be in: older Chinese encodings, and UTF-16 written without a byte-order mark. */
const LEGACY_ENCODINGS = ['gb18030', 'big5', 'utf-16le', 'utf-16be'];

/**
 * Decodes text bytes: UTF-8 (with or without BOM), UTF-16 (BOM, or the zero bytes of ASCII in UTF-16
 * without one), else whichever of GB18030 (GBK), Big5 and BOM-less UTF-16 reads as the most plausible
 * writing. Undefined when the bytes are not text.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const sample = bytes.subarray(0, 4096);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddZeros++ : evenZeros++);
    const half = sample.length / 2;
    if (oddZeros > half * 0.3 && evenZeros < half * 0.05) text = new TextDecoder('utf-16le').decode(bytes);
    else if (evenZeros > half * 0.3 && oddZeros < half * 0.05) text = new TextDecoder('utf-16be').decode(bytes);
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = mostPlausible(bytes);
      }
    }
  }
  return text !== undefined && isReadable(text) ? text : undefined;
}

/** The legacy decoding of `bytes` that reads most like writing, judged on a sample; undefined when none does. */
function mostPlausible(bytes: Uint8Array): string | undefined {
  // A sample cut at an even length, so a UTF-16 reading keeps its pairs; a character cut at the end is allowed for.
  const sample = bytes.subarray(0, 16_384 - (Math.min(bytes.length, 16_384) % 2));
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of LEGACY_ENCODINGS) {
    if (encoding.startsWith('utf-16') && bytes.length % 2) continue;
    let decoded: string;
    try {
      decoded = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: sample.length < bytes.length });
    } catch {
      continue;
    }
    const score = plausibility(decoded);
    if (score >= MIN_PLAUSIBILITY && (!best || score > best.score)) best = { encoding, score };
  }
  if (!best) return undefined;
  try {
    return new TextDecoder(best.encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text has almost no control characters or replacement marks; random bytes have many. */
function isReadable(text: string): boolean {
  if (!text.length) return true;
  const bad = text.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return bad / text.length < 0.01;
}

/** Fewer letters than this (of any script) is no resume: an empty form, one word, emoji. */
const MIN_LETTERS = 8;
/** Markup tags taking more than this share of the visible characters: a web page or drawing, not a resume. */
const MAX_MARKUP_SHARE = 0.3;
/**
 * A line is written in some language when letters are at least this share of its visible characters;
 * fewer written lines than MIN_WRITTEN_LINES of all is symbols and garble (a font without a usable
 * map, binary read as text). Lines, not characters: one long rule of dashes does not make a resume garble.
 */
const MIN_LINE_LETTER_SHARE = 0.4;
const MIN_WRITTEN_LINES = 0.3;

/**
 * Why `text` (as read from any file, or pasted) does not look like a resume, or null when it may be
 * one: too few letters of any language, mostly markup, or mostly symbols and unreadable characters.
 */
export function notAResume(text: string): 'too-little' | 'markup' | 'garbage' | null {
  const visible = text.replace(/\s+/g, '').length;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'too-little';
  const markup = text.match(/<\/?[A-Za-z!?][^<>]{0,2000}>/g)?.reduce((sum, tag) => sum + tag.replace(/\s+/g, '').length, 0) ?? 0;
  if (markup / visible > MAX_MARKUP_SHARE) return 'markup';
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, '')).filter(Boolean);
  const written = lines.filter((line) => (line.match(/\p{L}/gu)?.length ?? 0) >= line.length * MIN_LINE_LETTER_SHARE).length;
  if (written < lines.length * MIN_WRITTEN_LINES) return 'garbage';
  return null;
}
