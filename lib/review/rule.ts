import type { ResumeDocument, Span } from '../document/schema.ts';
import type { Citation, Dimension, Localized, Role, Severity } from '../report/schema.ts';
import type { DocumentAnalysis } from './analysis.ts';

/** A message a rule can report; `{name}` placeholders are filled from the report's `data`. */
export interface MessageSpec extends Localized {
  /** Praise marks what is already good; it never costs points and config cannot make it an error. */
  praise?: boolean;
  /** The advice sentence about this message when it is not the rule's own (the 操盘 sentence for 操盘). */
  citation?: Citation;
}

export interface RuleMeta<M extends string> {
  /** kebab-case, stable: findings, config and docs refer to it. */
  id: string;
  description: Localized;
  dimension: Dimension;
  /** Severity of the rule's non-praise messages unless config says otherwise. */
  severity: Exclude<Severity, 'praise'>;
  /** An advice file and its own words, or "common resume practice" and the public guidance followed. */
  citation: Citation;
  messages: Record<M, MessageSpec>;
}

export type MessageData = Record<string, string | number | Localized>;

export interface ReportDescriptor<M extends string> {
  messageId: M;
  /** The words concerned (offsets into the document's text); null for the resume as a whole. */
  span: Span | null;
  data?: MessageData;
  actual?: string;
  fix?: { advice: Localized; template?: string };
  /** Points this finding costs its dimension score (0–100 scale); see docs/scoring.md. */
  penalty?: number;
  /** The advice sentence for this one finding (a role's own KPI sentence), over the message's and the rule's. */
  citation?: Citation;
  /** A softer or harder severity for this one occurrence (e.g. softened where digits were lost). */
  severity?: Exclude<Severity, 'praise'>;
}

export interface RoleContext {
  /** The role given by the user (`--role`, the form), if any. */
  target: Role | null;
  /** The role the resume's titles suggest, if any. */
  inferred: Role | null;
  /** What role-fit checks use: the target, else the inferred role. */
  effective: Role | null;
}

export interface RuleContext<M extends string> {
  doc: ResumeDocument;
  analysis: DocumentAnalysis;
  role: RoleContext;
  /** The review's "today", for dates in the future. */
  now: Date;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/**
 * Declares a rule. Message ids are inferred from `meta.messages` only, so reporting an id the rule
 * does not declare is a compile error.
 */
export function defineRule<const M extends string>(rule: { meta: RuleMeta<M>; check(context: RuleContext<NoInfer<M>>): void }): Rule<M> {
  return rule;
}

/** Fills `{name}` placeholders in one language. */
export function formatMessage(template: string, data: MessageData | undefined, lang: 'zh' | 'en'): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}
