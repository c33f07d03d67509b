import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { Report, UiLanguage } from '../lib/report/schema.ts';
import { MentorReview } from '../lib/mentor/schema.ts';
import { ExportFormat } from '../lib/export/schema.ts';
import { exportReview, type ExportResult } from '../server/export/index.ts';
import { closePrinter } from '../server/export/printer.ts';

export interface WriteExportOptions {
  /** The reviewed file's bytes, for `annotated-pdf`; read from the report's file name when that names a file here. */
  original?: Uint8Array;
  /** `--personal`: keep name, phone, email and address (masked by default, as everywhere). */
  includePersonal?: boolean;
  mentor?: MentorReview;
  lang?: UiLanguage;
}

const noMentor: MentorReview = { decisions: [], comments: [], verdicts: [] };

/**
 * `liangdian review <file> --format md|pdf|docx|annotated-pdf [--personal] -o <out>`: writes one
 * export of `report` to `outPath` ("-" for standard output), anonymous unless `--personal`
 * (`includePersonal`), and closes the browser a PDF needed, so the CLI exits. Throws on an unknown
 * format and ExportError when the format does not apply (or when personal details on an original
 * PDF cannot be located to be masked).
 */
export async function writeExport(report: Report, format: string, outPath: string, options: WriteExportOptions = {}): Promise<ExportResult> {
  const parsed = ExportFormat.safeParse(format);
  if (!parsed.success) throw new Error(`unknown export format "${format}" (one of: ${ExportFormat.options.join(', ')})`);
  const fileName = report.document.source.fileName;
  const original = options.original
    ?? (parsed.data === 'annotated-pdf' && fileName && existsSync(fileName) ? new Uint8Array(await readFile(fileName)) : undefined);
  try {
    const result = await exportReview(report, options.mentor ?? noMentor, parsed.data, {
      original, includePersonal: options.includePersonal, lang: options.lang,
    });
    if (outPath === '-') process.stdout.write(result.bytes);
    else await writeFile(outPath, result.bytes);
    return result;
  } finally {
    await closePrinter();
  }
}
