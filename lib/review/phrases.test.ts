import { describe, expect, it } from 'vitest';
import { compilePhraseList } from './phrases.ts';

const base = {
  id: 'demo.en',
  language: 'en',
  description: 'demo',
  citation: { source: 'common resume practice', quote: 'demo quote' },
  phrases: ['team player'],
  examples: { match: ['a team player'], noMatch: ['a team'] },
};

describe('compilePhraseList', () => {
  it('matches English phrases as whole words, case-insensitively', () => {
    const list = compilePhraseList(base);
    expect(list.find('Team Player, teamplayer, team players')).toEqual([{ start: 0, end: 11, text: 'Team Player' }]);
  });
  it('rejects a bad file, naming it', () => {
    expect(() => compilePhraseList({ ...base, phrases: ['(unclosed'] })).toThrow(/demo\.en/);
    expect(() => compilePhraseList({ ...base, language: 'zh' })).toThrow(/does not end in \.zh/);
    expect(() => compilePhraseList({ ...base, examples: { match: [], noMatch: [] } })).toThrow(/demo\.en/);
  });
});
