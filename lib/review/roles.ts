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

export const RolesFile = z.object({
  id: z.literal('roles'),
  description: z.string(),
  roles: z.array(RoleData),
  /** A skill as the advice names it, and the tools or words resumes write for it (Photoshop for PS, 剪映 for 剪辑). */
  skillSynonyms: z.record(z.string(), z.array(z.string().min(1))),
}).refine(
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

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A skill as named, or any tool or word the synonyms list writes for it. */
function skillPattern(skill: string): RegExp {
  return termPattern([skill, ...(file.skillSynonyms[skill.replace(/[?\\]/g, '')] ?? []).map(escape)]);
}

const patterns = new Map(
  file.roles.map((role) => [
    role.id,
    {
      titles: termPattern([...role.titles.zh, ...role.titles.en]),
      kpis: termPattern([...role.kpis.zh, ...role.kpis.en]),
      skills: { zh: role.skills.zh.map((s) => ({ term: s, pattern: skillPattern(s) })), en: role.skills.en.map((s) => ({ term: s, pattern: skillPattern(s) })) },
    },
  ]),
);

export interface RoleMention {
  role: Role;
  start: number;
  end: number;
}

/**
 * The role titles a text names, left to right; where two overlap the longer wins ("新媒体运营" over
 * "新媒体", "社群运营" over "社群"). Read Traditional text through `foldTraditional` first.
 */
export function roleMentions(text: string): RoleMention[] {
  const all: RoleMention[] = [];
  for (const [role, { titles }] of patterns) for (const m of execAll(titles, text)) all.push({ role, start: m.index, end: m.index + m[0].length });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RoleMention[] = [];
  for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Roles a title names, longest match first ("新媒体运营" beats "社群" inside it). */
export function rolesInTitle(title: string): Role[] {
  return [...new Set(roleMentions(title).sort((a, b) => b.end - b.start - (a.end - a.start)).map((m) => m.role))];
}

/** Platform-side community work (what makes 社区运营 real): rules, moderators, circles, content pipeline. */
const PLATFORM_WORK = /平台|版主|圈子|圈主|社区规则|社区公约|UGC|内容生态|内容分发|推荐规则|算法|KOL|KOC|创作者|积分体系|platform|moderat|forum|community guidelines|creators? program|ambassador/iu;

/**
 * Work lines under a 社区运营 title that describe group chats or account posting and no platform
 * work: the advice calls that 社群运营 or 新媒体运营, not 社区运营. `groupWork` tells group-chat wording.
 */
export function describesGroupWorkOnly(body: string, groupWork: (text: string) => boolean): boolean {
  return groupWork(body) && !PLATFORM_WORK.test(body);
}

export function kpiHits(role: Role, text: string): string[] {
  return execAll(patterns.get(role)!.kpis, text).map((m) => m[0]);
}

/** The role's named skills that the text never mentions. */
export function missingSkills(role: Role, text: string, lang: 'zh' | 'en'): string[] {
  return patterns.get(role)!.skills[lang].filter((s) => !new RegExp(s.pattern.source, 'iu').test(text)).map((s) => s.term.replace(/[?\\]/g, ''));
}
