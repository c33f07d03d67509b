import { format } from '@/lib/i18n/language.ts';
import type { Messages } from '@/lib/i18n/messages.ts';
import { Dimension, type Finding, Severity } from '@/lib/report/schema.ts';

export interface Filters { dimensions: Set<Dimension>; severities: Set<Severity> }

/** An empty set means "all". */
export function matches(filters: Filters, finding: Finding): boolean {
  return (filters.dimensions.size === 0 || filters.dimensions.has(finding.dimension))
    && (filters.severities.size === 0 || filters.severities.has(finding.severity));
}

function toggle<T>(set: Set<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Toggle buttons per severity and dimension, each with its count, and how many findings show. */
export function FindingFilters({ findings, filters, onChange, messages }: {
  findings: Finding[];
  filters: Filters;
  onChange: (filters: Filters) => void;
  messages: Messages;
}) {
  const t = messages.report;
  const shown = findings.filter((f) => matches(filters, f)).length;
  const count = (predicate: (f: Finding) => boolean) => findings.filter(predicate).length;
  return (
    <section className="panel" aria-labelledby="filters-title">
      <h2 id="filters-title" className="panel-title">{t.filtersHeading}</h2>
      <p className="counts" aria-live="polite">{format(t.counts, { shown, total: findings.length })}</p>
      <div role="group" aria-label={t.severityFilter} className="filter-group">
        <p className="subheading" aria-hidden="true">{t.severityFilter}</p>
        <FilterButton pressed={filters.severities.size === 0} onClick={() => onChange({ ...filters, severities: new Set() })}>{t.all}</FilterButton>
        {Severity.options.map((severity) => (
          <FilterButton key={severity} pressed={filters.severities.has(severity)} onClick={() => onChange({ ...filters, severities: toggle(filters.severities, severity) })}>
            <span className={`dot dot-${severity}`} aria-hidden="true" />
            {messages.severityPlural[severity]} <span className="chip-count">{count((f) => f.severity === severity)}</span>
          </FilterButton>
        ))}
      </div>
      <div role="group" aria-label={t.dimensionFilter} className="filter-group">
        <p className="subheading" aria-hidden="true">{t.dimensionFilter}</p>
        <FilterButton pressed={filters.dimensions.size === 0} onClick={() => onChange({ ...filters, dimensions: new Set() })}>{t.all}</FilterButton>
        {Dimension.options.map((dimension) => (
          <FilterButton key={dimension} pressed={filters.dimensions.has(dimension)} onClick={() => onChange({ ...filters, dimensions: toggle(filters.dimensions, dimension) })}>
            {messages.dimension[dimension]} <span className="chip-count">{count((f) => f.dimension === dimension)}</span>
          </FilterButton>
        ))}
      </div>
    </section>
  );
}

function FilterButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: React.ReactNode }) {
  return <button type="button" className="chip" aria-pressed={pressed} onClick={onClick}>{children}</button>;
}
