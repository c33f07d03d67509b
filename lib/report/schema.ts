import { z } from 'zod';
import { ResumeDocument, Span } from '../document/schema.ts';

export const Localized = z.object({ zh: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;
export const UiLanguage = z.enum(['zh', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Severity = z.enum(['error', 'warning', 'suggestion', 'praise']);
export type Severity = z.infer<typeof Severity>;

export const Dimension = z.enum(['highlights', 'ownership', 'resources', 'roleFit', 'clarity']);
export type Dimension = z.infer<typeof Dimension>;

export const Role = z.enum([
  'user-ops', 'content-ops', 'community-ops', 'group-ops', 'new-media-ops', 'product-ops', 'activity-ops', 'data-ops',
]);
export type Role = z.infer<typeof Role>;

/** Where a rule's reason comes from: an advice file and its own words, or common resume practice. */
export const Citation = z.object({
  source: z.string(),
  quote: z.string(),
  gloss: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

/** Words that point at a role: a title, a heading or a line of work naming the role's results. */
export const RoleEvidence = z.object({ role: Role, span: Span, text: z.string(), source: z.enum(['objective', 'title', 'work']) });
export type RoleEvidence = z.infer<typeof RoleEvidence>;

export const Finding = z.object({
  /** Stable across re-reviews of the same text: mentor decisions hang on it. */
  id: z.string(),
  ruleId: z.string(),
  messageId: z.string(),
  severity: Severity,
  dimension: Dimension,
  /** The words concerned; null when the finding is about the resume as a whole. */
  span: Span.nullable(),
  actual: z.string().optional(),
  message: Localized,
  why: Citation,
  fix: z.object({ advice: Localized, template: z.string().optional() }).optional(),
  /** Points the overall score would rise by if this were fixed. */
  gain: z.number().nonnegative().default(0),
  /** What this finding takes off its dimension; absent in reports stored before it was kept. */
  penalty: z.number().nonnegative().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Band = z.enum(['excellent', 'good', 'fair', 'weak']);
export type Band = z.infer<typeof Band>;

export const Score = z.object({
  /**
   * Absent or 'scored': a score. 'unread': no work entries or bullets could be read, so there is nothing to score; `overall` and
   * `band` then only carry what could be judged (clarity) and a reader must say so instead of a score.
   */
  status: z.enum(['scored', 'unread']).optional(),
  overall: z.number().min(0).max(100),
  band: Band,
  algorithmVersion: z.string(),
  /** Only the dimensions that had something to judge; the others are listed in `notAssessed`. */
  dimensions: z.partialRecord(Dimension, z.number().min(0).max(100)),
  notAssessed: z.array(Dimension).optional(),
  /** Share of work lines that state a result (null without work lines): it caps the overall score, and a re-score keeps it. */
  achievementShare: z.number().min(0).nullable().optional(),
  topFixes: z.array(z.object({ findingId: z.string(), gain: z.number() })),
});
export type Score = z.infer<typeof Score>;

export const REPORT_SCHEMA_VERSION = 1;

export const Report = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  role: z.object({
    target: Role.nullable(),
    inferred: Role.nullable(),
    given: z.boolean(),
    /** Why the role was inferred: the titles, headings and work lines that named it. */
    evidence: z.array(RoleEvidence).optional(),
  }),
  document: ResumeDocument,
  findings: z.array(Finding),
  score: Score,
});
export type Report = z.infer<typeof Report>;
