import { z } from 'zod';
import { Report } from '../report/schema.ts';
import { MentorReview } from '../mentor/schema.ts';

export const ExportFormat = z.enum(['pdf', 'md', 'json', 'docx', 'annotated-pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const EXPORT_ENVELOPE_VERSION = 1;

/** The JSON export: the report in its own versioned schema plus everything mentors added to it. */
export const ExportEnvelope = z.object({
  exportVersion: z.literal(EXPORT_ENVELOPE_VERSION),
  exportedAt: z.string(),
  /** False when name, phone, email and address were masked before export. */
  personal: z.boolean(),
  report: Report,
  mentor: MentorReview,
});
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;

export const formatDetails: Record<ExportFormat, { extension: string; contentType: string }> = {
  pdf: { extension: 'pdf', contentType: 'application/pdf' },
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8' },
  docx: { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  'annotated-pdf': { extension: 'annotated.pdf', contentType: 'application/pdf' },
};

/** An export that cannot be made from this review (e.g. an annotated original of a text upload). */
export class ExportError extends Error {
  readonly code: 'not-a-pdf' | 'original-missing' | 'personal-unlocatable';
  readonly localized: { zh: string; en: string };

  constructor(code: ExportError['code'], localized: { zh: string; en: string }) {
    super(localized.en);
    this.name = 'ExportError';
    this.code = code;
    this.localized = localized;
  }
}
