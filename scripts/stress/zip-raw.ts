import { crc32, deflateRawSync } from 'node:zlib';

/** A zip entry already compressed (method 8) or stored (method 0), with the sizes it declares. */
export interface ZipEntry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  crc: number;
  /** What the headers claim; a zip bomb may lie here. */
  declaredSize: number;
}

export function deflatedEntry(name: string, content: string | Buffer): ZipEntry {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), declaredSize: bytes.length };
}

/**
 * The fields a local header and a central-directory record share, in the same order (from
 * "version needed" to the name's length), at `at`: 4 in a local header, 6 in a central record.
 */
function writeEntryFields(header: Buffer, at: number, entry: ZipEntry, nameLength: number): void {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // flags: UTF-8 names
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt32LE(entry.crc >>> 0, at + 10);
  header.writeUInt32LE(entry.data.length, at + 14);
  header.writeUInt32LE(Math.min(entry.declaredSize, 0xffffffff), at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** Writes a zip by hand, so entries can be larger, stranger or more numerous than any zip library allows. */
export function rawZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeEntryFields(central, 6, entry, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts every DOCX has, around a given document.xml entry. */
export function docxEntries(documentXml: ZipEntry): ZipEntry[] {
  return [
    deflatedEntry('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    deflatedEntry('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    documentXml,
  ];
}

export const WORD_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
