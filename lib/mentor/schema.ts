import { z } from 'zod';
import { Severity } from '../report/schema.ts';
import { Span } from '../document/schema.ts';

/** Who said something on a review. Owners are candidates; mentors come through a named mentor link. */
export const Author = z.object({ role: z.enum(['owner', 'mentor']), name: z.string() });
export type Author = z.infer<typeof Author>;

/** A mentor's decision on one finding. */
export const Decision = z.object({
  findingId: z.string(),
  author: Author,
  action: z.enum(['agree', 'dismiss', 'severity']),
  reason: z.string().optional(),
  severity: Severity.optional(),
  at: z.string(),
});
export type Decision = z.infer<typeof Decision>;

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

export const Verdict = z.object({ author: Author, text: z.string(), signedOff: z.boolean(), at: z.string() });
export type Verdict = z.infer<typeof Verdict>;

/** Everything mentors and the owner added to a review: what exports print beside the report. */
export const MentorReview = z.object({
  decisions: z.array(Decision),
  comments: z.array(Comment),
  verdicts: z.array(Verdict),
});
export type MentorReview = z.infer<typeof MentorReview>;
