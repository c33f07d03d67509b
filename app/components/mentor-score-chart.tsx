import { format } from '@/lib/i18n/language.ts';
import type { VersionSummary } from '@/lib/mentor/api.ts';
import { scoreChart } from '@/lib/mentor/chart.ts';
import type { MentorMessages } from '@/lib/mentor/messages.ts';

/** The overall score of every version as a small inline line chart, each point labelled. */
export function MentorScoreChart({ versions, messages }: { versions: VersionSummary[]; messages: MentorMessages }) {
  const chart = scoreChart(versions.map((v) => ({ version: v.version, score: Math.round(v.score) })), { width: 280, height: 110, padding: 22 });
  const t = messages.versions;
  return (
    <figure className="mentor-chart">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={t.chartLabel}>
        <title>{chart.points.map((p) => format(t.point, { version: p.version, score: p.score })).join('; ')}</title>
        <line x1="0" x2={chart.width} y1={chart.baseline} y2={chart.baseline} className="mentor-chart-axis" />
        {chart.points.length > 1 && <path d={chart.path} className="mentor-chart-line" fill="none" />}
        {chart.points.map((p) => (
          <g key={p.version}>
            <circle cx={p.x} cy={p.y} r="4.5" className="mentor-chart-point" />
            <text x={p.x} y={p.y - 9} textAnchor="middle" className="mentor-chart-score">{p.score}</text>
            <text x={p.x} y={chart.height - 6} textAnchor="middle" className="mentor-chart-version">v{p.version}</text>
          </g>
        ))}
      </svg>
      <figcaption className="visually-hidden">{t.chartLabel}</figcaption>
    </figure>
  );
}
