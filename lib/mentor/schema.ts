import { z } from 'zod';
import { Severity } from '../report/schema.ts';
import { Span } from '../document/schema.ts';

/** Who said something on a review. Owners are candidates; mentors come through a named mentor link. */
export const Author = z.object({ role: z.enum(['owner', 'mentor']), name: z.string() });
export type Author = z.infer<typeof Author>;

/** A mentor's decision on one finding. */
export const Decision = z.object({
  findingId: z.string(),
  /** The version it was taken on: a reopened earlier version shows only what was decided by then. Exports made before versions were recorded read as version 1. */
  version: z.number().int().positive().default(1),
  author: Author,
  action: z.enum(['agree', 'dismiss', 'severity']),
  reason: z.string().optional(),
  severity: Severity.optional(),
  at: z.string(),
});
export type Decision = z.infer<typeof Decision>;

/** What the mentors' decisions did to one finding of the report everyone sees. */
export const FindingOutcome = z.object({
  findingId: z.string(),
  /** The severity the review gave, when a mentor re-graded the finding (its `severity` is the new one). */
  originalSeverity: Severity.nullable(),
  /** Set when the finding no longer counts: the last agree-or-dismiss on it was a dismissal. */
  dismissal: z.object({ by: z.string(), reason: z.string(), at: z.string() }).nullable(),
});
export type FindingOutcome = z.infer<typeof FindingOutcome>;

/** A comment anchored on words of one resume version, or a reply in a thread. */
export const Comment = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  author: Author,
  body: z.string(),
  anchor: z.object({ version: z.number().int().positive(), span: Span, quote: z.string() }).nullable(),
  /** True when the anchored words no longer exist in the version shown. */
  outdated: z.boolean(),
  resolved: z.boolean(),
  at: z.string(),
});
export type Comment = z.infer<typeof Comment>;

/** A sign-off belongs to the version it was given on: a later version is not signed off by it. */
export const Verdict = z.object({ author: Author, version: z.number().int().positive().default(1), text: z.string(), signedOff: z.boolean(), at: z.string() });
export type Verdict = z.infer<typeof Verdict>;

/** Everything mentors and the owner added to a review: what exports print beside the report. */
export const MentorReview = z.object({
  decisions: z.array(Decision),
  comments: z.array(Comment),
  verdicts: z.array(Verdict),
});
export type MentorReview = z.infer<typeof MentorReview>;
