import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { Role } from '../report/schema.ts';
import { missingSkills, ROLE_DATA, ROLES, rolesInTitle } from './roles.ts';

describe('roles', () => {
  it('one role per menu entry: the menu labels, the data and the API enum agree', () => {
    expect(ROLES.map((r) => r.id).sort()).toEqual([...Role.options].sort());
    for (const role of ROLES) {
      expect(MESSAGES.zh.role[role.id]).toBe(role.label.zh);
      expect(rolesInTitle(role.label.zh)[0]).toBe(role.id);
    }
    expect(rolesInTitle('社群运营')[0]).toBe('group-ops');
    expect(rolesInTitle('社区运营')[0]).toBe('community-ops');
  });
  it('reads every example title as its role', () => {
    for (const [id, data] of ROLE_DATA) for (const example of data.examples) expect(rolesInTitle(example)[0], example).toBe(id);
  });
  it('cites a different goal sentence for every role', () => {
    const quotes = [...ROLE_DATA.values()].map((r) => r.citation.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
  it('reads skill synonyms: Photoshop is PS, Premiere is PR, 剪映 is 剪辑', () => {
    const missing = missingSkills('new-media-ops', '熟练使用 Photoshop、Premiere、剪映', 'zh');
    expect(missing).not.toContain('PS');
    expect(missing).not.toContain('PR');
    expect(missing).not.toContain('剪辑');
    expect(missingSkills('new-media-ops', 'Premiere, CapCut', 'en')).not.toContain('video editing');
    expect(missingSkills('new-media-ops', 'Excel', 'zh')).toContain('PS');
  });
});
