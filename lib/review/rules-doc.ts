import { PHRASE_LISTS } from '../../rules/data/index.ts';
import type { Rule } from './rule.ts';
import { ROLE_DATA } from './roles.ts';

/** docs/rules.md, generated from the rules' own metadata and data files (the meta-test keeps it in step). */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const out: string[] = [
    '# Review rules',
    '',
    'Generated from the rules\' metadata and data files by `UPDATE_DOCS=1 npx vitest run rules/meta.test.ts`;',
    'the meta-test fails when this page and the code disagree. Every rule cites its source: an advice file',
    'in `../shared/advice/` and its own words, or common resume practice and the public guidance followed.',
    '',
    '| rule | dimension | severity | messages |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.dimension} | ${r.meta.severity} | ${Object.keys(r.meta.messages).map((m) => `\`${m}\``).join(', ')} |`),
    '',
  ];
  for (const r of rules) {
    out.push(`## ${r.meta.id}`, '', r.meta.description.en, '', r.meta.description.zh, '');
    out.push(`- Source: \`${r.meta.citation.source}\` — “${r.meta.citation.quote}”${r.meta.citation.gloss ? ` (${r.meta.citation.gloss})` : ''}`);
    out.push(`- Dimension: ${r.meta.dimension}; default severity: ${r.meta.severity}`, '- Messages:');
    for (const [id, m] of Object.entries(r.meta.messages)) out.push(`  - \`${id}\`${m.praise ? ' (praise)' : ''}: ${m.en} / ${m.zh}`);
    out.push(`- Tests: \`rules/${r.meta.id}.test.ts\``, '');
  }
  out.push('## Phrase lists', '', 'Data files in `rules/data/`, validated by zod at import; each carries its citation and its own examples, which the tests run.', '');
  out.push('| list | description | source |', '|---|---|---|');
  for (const l of PHRASE_LISTS) out.push(`| \`${l.id}\` | ${l.description} | \`${l.citation.source}\` — “${l.citation.quote}” |`);
  out.push('', '## Roles', '', 'From `rules/data/roles.json` (RULEBOOK section 5).', '', '| role | zh | en | source |', '|---|---|---|---|');
  for (const role of ROLE_DATA.values()) out.push(`| \`${role.id}\` | ${role.label.zh} | ${role.label.en} | \`${role.citation.source}\` — “${role.citation.quote}” |`);
  return out.join('\n') + '\n';
}
