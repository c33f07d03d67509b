import type { Report } from '../report/schema.ts';
import type { MentorReview } from '../mentor/schema.ts';
import { EXPORT_ENVELOPE_VERSION, ExportEnvelope } from './schema.ts';

/** The JSON export, validated against its own schema so a consumer can trust it. */
export function toExportEnvelope(
  report: Report,
  mentor: MentorReview,
  options: { personal: boolean; exportedAt: string },
): ExportEnvelope {
  return ExportEnvelope.parse({ exportVersion: EXPORT_ENVELOPE_VERSION, exportedAt: options.exportedAt, personal: options.personal, report, mentor });
}

export function toJson(envelope: ExportEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
