// `liangdian parse <file> [--json]`: reads a resume and prints its structure.
import { basename } from 'node:path';
import type { ResumeDocument } from '../lib/document/schema.ts';
import { IngestError } from '../lib/ingest/errors.ts';
import { parseInWorker, readResumeFile } from './isolated-parse.ts';

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: liangdian parse <file> [--json]\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readResumeFile(file);
  } catch (error) {
    if (error instanceof IngestError) return ingestFailure(error);
    process.stderr.write(`无法读取文件 / Cannot read file: ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 1;
  }
  try {
    const document = await parseInWorker({ bytes, fileName: basename(file) });
    process.stdout.write(json ? `${JSON.stringify(document, null, 2)}\n` : describe(document));
    return 0;
  } catch (error) {
    if (error instanceof IngestError) return ingestFailure(error);
    throw error;
  }
}

function ingestFailure(error: IngestError): number {
  process.stderr.write(`${error.localized.zh}\n${error.localized.en}\n(${error.code})\n`);
  return 1;
}

/** The document as a reader would check it: contact, then sections with entries and bullets. */
export function describe(document: ResumeDocument): string {
  const out: string[] = [];
  const { contact } = document;
  out.push(`${document.source.fileName ?? ''} (${document.source.type}, ${document.language}, ${document.pages.length || 1} page(s), ${document.lines.length} lines)`);
  if (contact.name) out.push(`Name: ${contact.name.value}`);
  for (const [label, fields] of [['Email', contact.emails], ['Phone', contact.phones], ['Link', contact.urls]] as const) {
    if (fields.length) out.push(`${label}: ${fields.map((field) => field.value).join(', ')}`);
  }
  if (contact.location) out.push(`Location: ${contact.location.value}`);
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  for (const section of document.sections) {
    out.push('', `■ ${section.title || '(header)'}  [${section.kind}]`);
    for (const line of section.lines) out.push(`    ${oneLine(line.text)}`);
    for (const entry of section.entries) {
      const parts = [entry.heading, entry.organisation, entry.dates ? `${entry.dates.text} (${entry.dates.start ?? '?'} → ${entry.dates.end ?? '?'})` : undefined];
      out.push(`  ▸ ${parts.filter(Boolean).join('  |  ')}`);
      for (const bullet of entry.bullets) out.push(`      • ${oneLine(bullet.text)}`);
    }
  }
  if (document.diagnostics.length) {
    out.push('', 'Diagnostics:');
    for (const diagnostic of document.diagnostics) {
      const data = Object.entries(diagnostic.data).map(([key, value]) => `${key}=${value}`).join(' ');
      const where = diagnostic.spans.slice(0, 5).map((span) => JSON.stringify(document.text.slice(Math.max(0, span.start - 6), span.end + 6))).join(', ');
      out.push(`  ! ${diagnostic.code} ${data}${where ? `  at ${where}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
