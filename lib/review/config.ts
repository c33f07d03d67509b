import { z } from 'zod';
import { Severity } from '../report/schema.ts';

const RuleSetting = z.union([
  z.literal('off'),
  Severity.exclude(['praise']),
  z.object({ enabled: z.boolean().optional(), severity: Severity.exclude(['praise']).optional() }),
]);

/**
 * Which rules run and how severe they are. Every rule is on at its default severity unless
 * named here: `{ rules: { "first-person": "off", "length": "suggestion" } }`.
 */
export const ReviewConfig = z.object({
  rules: z.record(z.string(), RuleSetting).default({}),
  /** "Today" for date checks, as an ISO date; defaults to the real date. */
  now: z.string().optional(),
});
export type ReviewConfig = z.input<typeof ReviewConfig>;

export const DEFAULT_CONFIG: ReviewConfig = { rules: {} };

export interface RuleSettings {
  enabled: boolean;
  severity: Exclude<Severity, 'praise'> | null;
}

export function ruleSettings(config: ReviewConfig | undefined, ruleId: string): RuleSettings {
  const setting = config?.rules?.[ruleId];
  if (setting === undefined) return { enabled: true, severity: null };
  if (setting === 'off') return { enabled: false, severity: null };
  if (typeof setting === 'string') return { enabled: true, severity: setting };
  return { enabled: setting.enabled ?? true, severity: setting.severity ?? null };
}
