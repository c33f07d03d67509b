import type { ResumeDocument } from '../document/schema.ts';
import type { Report, Role } from '../report/schema.ts';
import { RULES } from '../../rules/index.ts';
import type { ReviewConfig } from './config.ts';
import { runReview } from './engine.ts';

export { classifyBullet, analyseBullet, findLeadWording, type BulletAnalysis, type BulletLabel, type Ownership, type Evidence } from './classify.ts';
export { ROLES } from './roles.ts';
export { ReviewConfig, DEFAULT_CONFIG } from './config.ts';
export { ALGORITHM_VERSION } from './score.ts';
export { RULES };

/** Reviews a parsed resume: every enabled rule, the findings with stable ids, and the score. Synchronous and pure. */
export function review(doc: ResumeDocument, options?: { role?: Role | null; config?: ReviewConfig }): Report {
  return runReview(doc, RULES, options);
}
