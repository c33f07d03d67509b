import { describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../document/schema.ts';
import type { Finding, Role } from '../report/schema.ts';
import { runReview } from './engine.ts';
import type { Rule } from './rule.ts';

export interface RuleCase {
  name: string;
  doc: ResumeDocument;
  role?: Role | null;
  now?: string;
}

export interface InvalidCase extends RuleCase {
  /** The rule's non-praise findings, in document order: message id and, where given, the exact words marked. */
  errors: { messageId: string; text?: string }[];
}

export interface ValidCase extends RuleCase {
  /** Praise the rule must give here (message ids, any order). */
  praise?: string[];
}

function findingsOf(rule: Rule, c: RuleCase): Finding[] {
  return runReview(c.doc, [rule], { role: c.role ?? null, config: { now: c.now ?? '2026-11-22' } }).findings;
}

/**
 * ESLint's RuleTester for Liangdian rules: a valid case raises no problem (and the praise listed),
 * an invalid case raises exactly the problems listed.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => {
        const findings = findingsOf(rule, c);
        expect(findings.filter((f) => f.severity !== 'praise').map((f) => `${f.messageId}: ${f.message.en}`)).toEqual([]);
        for (const praise of c.praise ?? []) expect(findings.map((f) => f.messageId)).toContain(praise);
      });
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        const problems = findingsOf(rule, c).filter((f) => f.severity !== 'praise');
        const actual = problems.map((f, i) => ({
          messageId: f.messageId,
          ...(c.errors[i]?.text !== undefined ? { text: f.span ? c.doc.text.slice(f.span.start, f.span.end) : null } : {}),
        }));
        expect(actual).toEqual(c.errors);
        for (const f of problems) {
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
          expect(f.message.zh + f.message.en).not.toMatch(/\{\w+\}/);
        }
      });
  });
}
