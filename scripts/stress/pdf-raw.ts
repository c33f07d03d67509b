import { createDeflate } from 'node:zlib';

/**
 * Hand-written PDFs for the hostile corpus: structures no PDF library would write (a false page
 * count, an Encrypt dictionary, nesting a million levels deep), with a correct xref table so
 * readers get past the first step.
 */
export type PdfObject = string | Buffer;

/** A PDF whose objects are numbered from 1 in order; object 1 is the catalog. */
export function rawPdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

export function pdfStream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream')]);
}

/** One A4 page drawing `lines` in Helvetica; `contents` replaces the content stream when given. */
export function textPageObjects(lines: string[], options: { pagesDictionary?: string; resources?: string; contents?: Buffer } = {}): PdfObject[] {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = Buffer.from(['BT /F1 11 Tf 14 TL 56 780 Td', ...lines.map((line) => `(${escape(line)}) '`), 'ET'].join('\n'), 'latin1');
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    options.pagesDictionary ?? '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> ${options.resources ?? ''} >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    options.contents ?? pdfStream('', content),
  ];
}

/** Deflates `totalBytes` of `fill` without ever holding them: ~1 KB out per MB in. */
export async function deflateRepeated(fill: Buffer, totalBytes: number, raw = false): Promise<{ data: Buffer; crc: number }> {
  const { crc32 } = await import('node:zlib');
  const deflate = createDeflate({ level: 9 });
  const output: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => output.push(chunk));
  const block = Buffer.alloc(16 * 2 ** 20);
  for (let offset = 0; offset < block.length; offset += fill.length) fill.copy(block, offset);
  let crc = 0;
  let written = 0;
  while (written < totalBytes) {
    const piece = block.subarray(0, Math.min(block.length, totalBytes - written));
    crc = crc32(piece, crc);
    written += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  await new Promise((resolve) => deflate.end(resolve));
  const data = Buffer.concat(output);
  // A zip entry holds raw deflate: drop the 2-byte zlib header and 4-byte Adler-32 trailer.
  return { data: raw ? data.subarray(2, data.length - 4) : data, crc };
}
