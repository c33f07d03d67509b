import type { ResumeDocument, Span } from '../document/schema.ts';
import { REPORT_SCHEMA_VERSION, type Finding, type Report, type Role } from '../report/schema.ts';
import { analyseDocument } from './analysis.ts';
import { ruleSettings, type ReviewConfig } from './config.ts';
import { findingId } from './finding-id.ts';
import { formatMessage, type ReportDescriptor, type Rule, type RoleContext } from './rule.ts';
import { computeScore, neutralDimensions } from './score.ts';

export interface ReviewOptions {
  role?: Role | null;
  config?: ReviewConfig;
}

interface Pending {
  finding: Omit<Finding, 'id' | 'gain'>;
  penalty: number;
}

/** Runs every enabled rule over the document and scores the result. Pure: same input, same report. */
export function runReview(doc: ResumeDocument, rules: readonly Rule[], options: ReviewOptions = {}): Report {
  const analysis = analyseDocument(doc);
  const target = options.role ?? null;
  const role: RoleContext = { target, inferred: analysis.inferredRole, effective: target ?? analysis.inferredRole };
  const now = options.config?.now ? new Date(options.config.now) : new Date();
  const pending: Pending[] = [];
  const taken = new Set<string>();
  const workLines = analysis.bullets.map((b) => b.bullet.span).sort((a, b) => a.start - b.start);
  const withinWorkLine = (span: Span) => {
    // The last work line starting at or before the span (binary search: a long resume has thousands).
    let low = 0;
    let high = workLines.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (workLines[mid]!.start <= span.start) [found, low] = [mid, mid + 1];
      else high = mid - 1;
    }
    const line = found >= 0 ? workLines[found]! : null;
    return line !== null && span.end <= line.end && span.end - span.start < line.end - line.start;
  };

  for (const rule of rules) {
    const settings = ruleSettings(options.config, rule.meta.id);
    if (!settings.enabled) continue;
    const report = (d: ReportDescriptor<string>) => {
      const spec = rule.meta.messages[d.messageId];
      if (!spec) throw new Error(`rule ${rule.meta.id} reported unknown message ${d.messageId}`);
      const severity = spec.praise ? 'praise' : (settings.severity ?? d.severity ?? rule.meta.severity);
      // One finding per problem per span inside a work line: a second criticism of the same words (负责 as
      // a duty and as a repeated opener) adds noise, not information. A whole line may be both result-less
      // and overlong, and entry headings carry several entry-level judgements: those are kept.
      const spanKey = d.span && withinWorkLine(d.span) ? `${spec.praise ? 'praise' : 'problem'}\u0000${d.span.start}\u0000${d.span.end}` : null;
      if (spanKey && !spec.praise && taken.has(spanKey)) return;
      if (spanKey) taken.add(spanKey);
      pending.push({
        finding: {
          ruleId: rule.meta.id,
          messageId: d.messageId,
          severity,
          dimension: rule.meta.dimension,
          span: d.span,
          ...(d.actual !== undefined ? { actual: d.actual } : {}),
          message: { zh: formatMessage(spec.zh, d.data, 'zh'), en: formatMessage(spec.en, d.data, 'en') },
          why: d.citation ?? spec.citation ?? rule.meta.citation,
          ...(d.fix ? { fix: d.fix } : {}),
        },
        penalty: spec.praise ? 0 : (d.penalty ?? 0),
      });
    };
    rule.check({ doc, analysis, role, now, report });
  }

  // Stable ids: rule + message + the words + which occurrence of those words it is.
  pending.sort((a, b) => (a.finding.span?.start ?? -1) - (b.finding.span?.start ?? -1));
  const seen = new Map<string, number>();
  const withIds = pending.map((p) => {
    const text = p.finding.span ? doc.text.slice(p.finding.span.start, p.finding.span.end) : '';
    const key = `${p.finding.ruleId}\u0000${p.finding.messageId}\u0000${text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { ...p, id: findingId(p.finding.ruleId, p.finding.messageId, text, occurrence) };
  });

  const notAssessed = neutralDimensions(role.effective);
  // Highlights and ownership judge work lines: with none read, there is nothing to judge.
  const unread = analysis.bullets.length === 0 || doc.diagnostics.some((d) => d.code === 'structure-unread');
  if (analysis.bullets.length === 0) {
    notAssessed.add('highlights');
    notAssessed.add('ownership');
  }
  const achievements = analysis.bullets.filter((b) => b.analysis.label === 'achievement').length;
  const { score, gains } = computeScore({
    items: withIds.map((p) => ({ id: p.id, dimension: p.finding.dimension, penalty: p.penalty })),
    notAssessed,
    unread,
    achievementShare: analysis.bullets.length === 0 ? null : (achievements + Math.min(analysis.honours.length, 1)) / analysis.bullets.length,
  });
  // The penalty is kept so mentor decisions (a dismissal, a re-grade) can score the report again.
  const findings: Finding[] = withIds.map((p) => ({ id: p.id, ...p.finding, gain: gains.get(p.id) ?? 0, penalty: p.penalty }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    role: { target, inferred: role.inferred, given: target !== null, evidence: analysis.roleEvidence },
    document: doc,
    findings,
    score,
  };
}
