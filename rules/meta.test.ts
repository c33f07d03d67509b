import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLE_DATA, rolesInTitle } from '../lib/review/roles.ts';
import { renderRulesDoc } from '../lib/review/rules-doc.ts';
import { nfkc } from '../lib/text/index.ts';
import type { Citation } from '../lib/report/schema.ts';
import { PHRASE_LISTS } from './data/index.ts';
import { RULES } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const advice = join(resolve(process.env.LIANGDIAN_SHARED ?? join(repo, '..', 'shared')), 'advice');
/** Quotes are compared as the advice reads after NFKC with whitespace collapsed ("，" and "," alike). */
const comparable = (text: string) => nfkc(text).normalize('NFKC').replace(/\s+/g, ' ');

function checkCitation(citation: Citation): void {
  expect(citation.quote.trim().length).toBeGreaterThan(5);
  if (citation.source === 'common resume practice') {
    expect(citation.gloss, 'common practice names the public guidance it follows').toMatch(/guidance/);
    return;
  }
  expect(citation.source).toMatch(/\.txt$/);
  if (!existsSync(advice)) return; // The shared advice is read when present (CI may not carry it).
  const file = join(advice, citation.source);
  expect(existsSync(file), `${citation.source} exists in ${advice}`).toBe(true);
  expect(comparable(readFileSync(file, 'utf8')), `quote occurs in ${citation.source}`).toContain(comparable(citation.quote));
}

describe('every rule', () => {
  const ruleFiles = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
  it('is registered, one module per rule, ids unique', () => {
    expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual(ruleFiles.sort());
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });
  for (const rule of RULES) {
    it(`${rule.meta.id}: is cited`, () => checkCitation(rule.meta.citation));
    it(`${rule.meta.id}: is tested with zh and en cases`, () => {
      const test = join(here, `${rule.meta.id}.test.ts`);
      expect(existsSync(test)).toBe(true);
      const source = readFileSync(test, 'utf8');
      expect(source).toMatch(/name: 'zh:/);
      expect(source).toMatch(/name: 'en:/);
    });
    it(`${rule.meta.id}: has messages in both languages`, () => {
      for (const m of Object.values(rule.meta.messages)) {
        expect(m.zh).toMatch(/\p{Script=Han}/u);
        expect(m.en).toMatch(/[A-Za-z]/);
      }
    });
  }
  it('is documented in docs/rules.md', () => {
    const doc = join(repo, 'docs', 'rules.md');
    const expected = renderRulesDoc(RULES);
    if (process.env.UPDATE_DOCS) {
      mkdirSync(dirname(doc), { recursive: true });
      writeFileSync(doc, expected);
    }
    expect(existsSync(doc), 'run UPDATE_DOCS=1 npx vitest run rules/meta.test.ts').toBe(true);
    expect(readFileSync(doc, 'utf8'), 'docs/rules.md is stale: run UPDATE_DOCS=1 npx vitest run rules/meta.test.ts').toBe(expected);
  });
});

describe('every data file', () => {
  for (const list of PHRASE_LISTS) {
    it(`${list.id}: is cited`, () => checkCitation(list.citation));
    it(`${list.id}: passes its own examples`, () => {
      for (const example of list.examples.match) expect(list.test(example), `"${example}" should match ${list.id}`).toBe(true);
      for (const example of list.examples.noMatch) expect(list.test(example), `"${example}" should not match ${list.id}`).toBe(false);
    });
  }
  it('every data file in rules/data is loaded', () => {
    const files = readdirSync(join(here, 'data')).filter((f) => f.endsWith('.json') && f !== 'roles.json');
    expect(PHRASE_LISTS.map((l) => `${l.id}.json`).sort()).toEqual(files.sort());
  });
  for (const role of ROLE_DATA.values()) {
    it(`roles.json ${role.id}: is cited and its example titles read as it`, () => {
      checkCitation(role.citation);
      for (const title of role.examples) expect(rolesInTitle(title)[0]).toBe(role.id);
    });
  }
});
