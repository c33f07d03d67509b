import { CATEGORIES } from './corpus.ts';
import type { Channel, Result } from './channels.ts';

export interface ChannelSummary {
  channel: Channel;
  files: number;
  ok: number;
  maxMs: number;
  peakRssMb: number | null;
  byCategory: Record<string, { files: number; ok: number; outcomes: Record<string, number> }>;
  failures: Result[];
  slowest: Result[];
}

export function summarise(channel: Channel, results: Result[], peakRssMb: number | null): ChannelSummary {
  const byCategory: ChannelSummary['byCategory'] = {};
  for (const result of results) {
    const row = (byCategory[result.category] ??= { files: 0, ok: 0, outcomes: {} });
    row.files++;
    if (result.ok) row.ok++;
    row.outcomes[result.outcome] = (row.outcomes[result.outcome] ?? 0) + 1;
  }
  return {
    channel,
    files: results.length,
    ok: results.filter((result) => result.ok).length,
    maxMs: Math.round(Math.max(0, ...results.map((result) => result.ms))),
    peakRssMb: peakRssMb === null ? null : Math.round(peakRssMb),
    byCategory,
    failures: results.filter((result) => !result.ok),
    slowest: [...results].sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
}

/** The table printed at the end of a run: one block per channel, one row per category. */
export function formatSummary(summary: ChannelSummary): string {
  const lines = [
    `${summary.channel}: ${summary.ok}/${summary.files} files handled right, max latency ${(summary.maxMs / 1000).toFixed(2)} s${summary.peakRssMb === null ? '' : `, peak RSS ${summary.peakRssMb} MiB`}`,
    `  ${'category'.padEnd(16)} ${'files'.padStart(5)} ${'ok'.padStart(4)}  outcomes`,
  ];
  for (const category of CATEGORIES) {
    const row = summary.byCategory[category];
    if (!row) continue;
    const outcomes = Object.entries(row.outcomes).sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${outcome}×${count}`).join(' ');
    lines.push(`  ${category.padEnd(16)} ${String(row.files).padStart(5)} ${String(row.ok).padStart(4)}  ${outcomes}`);
  }
  lines.push(`  slowest: ${summary.slowest.map((result) => `${result.id} ${result.outcome} ${(result.ms / 1000).toFixed(1)} s`).join(', ')}`);
  for (const failure of summary.failures) lines.push(`  ✗ ${failure.id} → ${failure.outcome} (${Math.round(failure.ms)} ms) ${failure.detail ?? ''}`.slice(0, 400));
  return lines.join('\n');
}
