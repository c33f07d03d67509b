import type { Finding, Report } from '../report/schema.ts';

/** What changed between the findings of two versions of a resume. */
export interface FindingDiff {
  /** Findings of the earlier version that the later one no longer has. */
  resolved: Finding[];
  /** Findings only the later version has. */
  added: Finding[];
  /** Findings both versions have, paired earlier → later. */
  unchanged: Array<{ before: Finding; after: Finding }>;
}

/**
 * What a finding is about, independent of where its words moved: the rule, the message and the
 * words it points at (or nothing, for findings about the resume as a whole).
 */
function subject(finding: Finding, text: string): string {
  const words = finding.span ? text.slice(finding.span.start, finding.span.end).replace(/\s+/g, ' ').trim() : '';
  return `${finding.ruleId}\u0000${finding.messageId}\u0000${words}`;
}

/**
 * Pairs the findings of two versions: first by stable id, then by rule, message and the words
 * concerned (an edit elsewhere may shift offsets); what stays unpaired was resolved or is new.
 */
export function diffFindings(before: Pick<Report, 'findings' | 'document'>, after: Pick<Report, 'findings' | 'document'>): FindingDiff {
  const unpairedBefore = new Map(before.findings.map((f) => [f.id, f]));
  const unchanged: FindingDiff['unchanged'] = [];
  const leftAfter: Finding[] = [];
  for (const finding of after.findings) {
    const same = unpairedBefore.get(finding.id);
    if (same) {
      unpairedBefore.delete(finding.id);
      unchanged.push({ before: same, after: finding });
    } else {
      leftAfter.push(finding);
    }
  }
  const bySubject = new Map<string, Finding[]>();
  for (const finding of unpairedBefore.values()) {
    const key = subject(finding, before.document.text);
    bySubject.set(key, [...(bySubject.get(key) ?? []), finding]);
  }
  const added: Finding[] = [];
  for (const finding of leftAfter) {
    const candidates = bySubject.get(subject(finding, after.document.text));
    const same = candidates?.shift();
    if (same) {
      unpairedBefore.delete(same.id);
      unchanged.push({ before: same, after: finding });
    } else {
      added.push(finding);
    }
  }
  return { resolved: [...unpairedBefore.values()], added, unchanged };
}

/**
 * For every finding of the last report, the ids its counterparts had in each earlier report
 * (itself included), so a decision taken on version 1 still shows on version 3.
 */
export function findingLineage(reports: Array<Pick<Report, 'findings' | 'document'>>): Map<string, Set<string>> {
  let lineage = new Map<string, Set<string>>();
  reports.forEach((report, index) => {
    const next = new Map<string, Set<string>>();
    const previous = reports[index - 1];
    const pairs = previous ? diffFindings(previous, report).unchanged : [];
    const ancestors = new Map(pairs.map(({ before, after }) => [after.id, lineage.get(before.id)]));
    for (const finding of report.findings) {
      next.set(finding.id, new Set([...(ancestors.get(finding.id) ?? []), finding.id]));
    }
    lineage = next;
  });
  return lineage;
}
