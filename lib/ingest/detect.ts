import { IngestError } from './errors.ts';
import { messages } from './messages.ts';

export type DetectedType = 'pdf' | 'docx' | 'text' | 'image';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: string, encoding: 'utf8' | 'utf16le' = 'utf8'): boolean {
  // The needle is searched as bytes: Buffer#indexOf with a 'utf16le' string never returns on a view at an odd offset.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(needle, encoding)) >= 0;
}

/**
 * The type of a file from its bytes (never its name): PDF magic, a zip holding word/document.xml, a PNG
 * or JPEG image (a photo or scan of a resume), or text.
 * An OLE compound file is a password-protected DOCX or an old .doc, neither of which can be read.
 */
export function detectType(bytes: Uint8Array): DetectedType {
  // "%PDF-" may follow a little junk (some generators write a BOM or a mail header first).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
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
 * Decodes text bytes: UTF-8 (with or without BOM), UTF-16 (BOM, or the zero bytes of ASCII in
 * UTF-16 without one), else GB18030 (older Chinese files). Undefined when the bytes are not text.
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
        try {
          text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        } catch {
          return undefined;
        }
      }
    }
  }
  return isReadable(text) ? text : undefined;
}

/** Text has almost no control characters or replacement marks; random bytes have many. */
function isReadable(text: string): boolean {
  if (!text.length) return true;
  const bad = text.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return bad / text.length < 0.01;
}
