import { z } from 'zod';
import { Span } from '../document/schema.ts';
import { Finding, Report, Severity } from '../report/schema.ts';
import { Author, FindingOutcome, MentorReview } from './schema.ts';

/**
 * Bodies and answers of the mentor API. Route handlers and the browser validate with the same
 * schemas; the server checks again what only it can know (that a quote is the version's text).
 */

export const MENTOR_LIMITS = { nameChars: 60, bodyChars: 4000, reasonChars: 1000, quoteChars: 2000, linksPerReview: 20 } as const;

/** 256 random bits, base64url: a mentor link nobody can guess. */
export const MentorToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const text = (max: number) => z.string().trim().min(1).max(max);

export const CreateMentorLinkBody = z.object({
  name: text(MENTOR_LIMITS.nameChars),
  /** Days until the link stops working; absent for a link that lasts until revoked. */
  expiresInDays: z.number().int().min(1).max(365).optional(),
  /** The mentor sees (and may export) the candidate's name, phone, email and address; off unless the candidate turns it on. */
  showPersonal: z.boolean().optional(),
});
export type CreateMentorLinkBody = z.infer<typeof CreateMentorLinkBody>;

/** PATCH of a mentor link by its owner: turns personal details on or off for that mentor. */
export const UpdateMentorLinkBody = z.object({ showPersonal: z.boolean() });
export type UpdateMentorLinkBody = z.infer<typeof UpdateMentorLinkBody>;

export const MentorLinkView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  showPersonal: z.boolean(),
});
export type MentorLinkView = z.infer<typeof MentorLinkView>;

export const CreateMentorLinkResponse = z.object({ link: MentorLinkView, url: z.string() });

export const DecisionBody = z.discriminatedUnion('action', [
  z.object({ version: z.number().int().positive(), findingId: z.string().min(1).max(200), action: z.literal('agree') }),
  z.object({ version: z.number().int().positive(), findingId: z.string().min(1).max(200), action: z.literal('dismiss'), reason: text(MENTOR_LIMITS.reasonChars) }),
  z.object({ version: z.number().int().positive(), findingId: z.string().min(1).max(200), action: z.literal('severity'), severity: Severity }),
]);
export type DecisionBody = z.infer<typeof DecisionBody>;
/** A decision as the mentor takes it; the page adds the version it was shown. */
export type DecisionChoice = DecisionBody extends infer D ? D extends DecisionBody ? Omit<D, 'version'> : never : never;

export const CommentBody = z.union([
  z.object({
    body: text(MENTOR_LIMITS.bodyChars),
    anchor: z.object({ version: z.number().int().positive(), span: Span, quote: z.string().min(1).max(MENTOR_LIMITS.quoteChars) }),
  }),
  z.object({ body: text(MENTOR_LIMITS.bodyChars), parentId: z.string().min(1).max(100) }),
]);
export type CommentBody = z.infer<typeof CommentBody>;

export const ResolveBody = z.object({ resolved: z.boolean() });

/** `version` is the version the mentor's page showed, which the sign-off is for (the latest when absent). */
export const VerdictBody = z.object({ body: text(MENTOR_LIMITS.bodyChars), signedOff: z.boolean(), version: z.number().int().positive().optional() });
export type VerdictBody = z.infer<typeof VerdictBody>;

/** One uploaded version: its score, for the chart, and when it came. */
export const VersionSummary = z.object({ version: z.number().int().positive(), createdAt: z.string(), fileName: z.string().nullable(), score: z.number() });
export type VersionSummary = z.infer<typeof VersionSummary>;

/** Everything a page shows of a review's mentor loop, for one version (the latest unless another is reopened). */
export const MentorLoopView = z.object({
  viewer: Author,
  versions: z.array(VersionSummary),
  /** The version shown: its report is what the page shows and what comments anchor on. */
  version: z.number().int().positive(),
  /** The shown version's report with the mentors' decisions applied (score, gains and top fixes included). */
  report: Report,
  /** What the decisions did to each finding they changed: dismissed (with who and why) or re-graded. */
  outcomes: z.array(FindingOutcome),
  /** Against the version before, when there is one. */
  changes: z.object({
    from: z.number().int(),
    /** Findings the previous version had and this one does not, with the words they were on. */
    resolved: z.array(z.object({ finding: Finding, quote: z.string().nullable() })),
    added: z.array(Finding),
    unchanged: z.number().int(),
  }).nullable(),
  feedback: MentorReview,
  /** Only the owner sees the links. */
  links: z.array(MentorLinkView).optional(),
});
export type MentorLoopView = z.infer<typeof MentorLoopView>;

/** `?v=N`: a reopened version of a review; absent for the latest. */
export const VersionQuery = z.coerce.number().int().positive().optional();

export function mentorUrl(token: string): string {
  return `/m/${token}`;
}
