import { z } from 'zod';
import rolesJson from '../../rules/data/roles.json' with { type: 'json' };
import { Citation, Localized, Role } from '../report/schema.ts';
import { execAll } from './regex.ts';

const PerLanguage = z.object({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });

export const RoleData = z.object({
  id: Role,
  label: Localized,
  titles: PerLanguage,
  kpis: PerLanguage,
  skills: PerLanguage,
  citation: Citation,
  /** Titles that must be read as this role (the tests check them). */
  examples: z.array(z.string()).min(1),
});
export type RoleData = z.infer<typeof RoleData>;

export const RolesFile = z.object({ id: z.literal('roles'), description: z.string(), roles: z.array(RoleData) }).refine(
  (file) => Role.options.every((role) => file.roles.some((r) => r.id === role)),
  'every Role has an entry',
);

const file = RolesFile.parse(rolesJson);

/** The roles with their zh/en labels, in the order a role picker shows them. */
export const ROLES: readonly { id: Role; label: Localized }[] = file.roles.map(({ id, label }) => ({ id, label }));

export const ROLE_DATA: ReadonlyMap<Role, RoleData> = new Map(file.roles.map((role) => [role.id, role]));

function termPattern(terms: string[]): RegExp {
  // Latin terms match as words; Chinese terms match anywhere.
  const parts = terms.map((t) => (/^[\x00-\x7f]+$/.test(t) ? `(?<![A-Za-z])${t}(?![A-Za-z])` : t));
  return new RegExp(parts.join('|'), 'giu');
}

const patterns = new Map(
  file.roles.map((role) => [
    role.id,
    {
      titles: termPattern([...role.titles.zh, ...role.titles.en]),
      kpis: termPattern([...role.kpis.zh, ...role.kpis.en]),
      skills: { zh: role.skills.zh.map((s) => ({ term: s, pattern: termPattern([s]) })), en: role.skills.en.map((s) => ({ term: s, pattern: termPattern([s]) })) },
    },
  ]),
);

/** Roles a title names, longest match first ("新媒体运营" beats "社群" inside it). */
export function rolesInTitle(title: string): Role[] {
  const scored: { role: Role; length: number }[] = [];
  for (const [role, { titles }] of patterns) {
    const longest = Math.max(0, ...execAll(titles, title).map((m) => m[0].length));
    if (longest > 0) scored.push({ role, length: longest });
  }
  return scored.sort((a, b) => b.length - a.length).map((s) => s.role);
}

export function kpiHits(role: Role, text: string): string[] {
  return execAll(patterns.get(role)!.kpis, text).map((m) => m[0]);
}

/** The role's named skills that the text never mentions. */
export function missingSkills(role: Role, text: string, lang: 'zh' | 'en'): string[] {
  return patterns.get(role)!.skills[lang].filter((s) => !new RegExp(s.pattern.source, 'iu').test(text)).map((s) => s.term.replace(/[?\\]/g, ''));
}
