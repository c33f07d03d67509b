import type { Report, UiLanguage } from '../report/schema.ts';
import type { MentorReview } from '../mentor/schema.ts';
import { maskPersonal } from './mask.ts';
import { buildView, type ExportView } from './view.ts';

export interface ExportOptions {
  /** Personal details (name, phone, email, address) are masked unless this is true. */
  includePersonal?: boolean;
  lang?: UiLanguage;
  exportedAt?: string;
  /** The reader's IANA time zone, for the times printed; UTC when absent. */
  timeZone?: string;
}

/** Masks (unless opted out) and lays out the report once; every format starts from this. */
export function prepareExport(report: Report, mentor: MentorReview, options: ExportOptions = {}): ExportView {
  const personal = options.includePersonal ?? false;
  const source = personal ? { report, mentor } : maskPersonal(report, mentor);
  return buildView(source.report, source.mentor, {
    personal,
    lang: options.lang,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    timeZone: options.timeZone,
  });
}
