import { describe, expect, it } from 'vitest';
import { parseBullets, prf, scoreBullets } from './bullets.ts';

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf([true, true, false, false], [true, false, true, false])).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(prf([false], [false])).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });
});

describe('scoreBullets', () => {
  it('scores duty, participant and lead per language', () => {
    const items = parseBullets(
      [
        { id: 'a', lang: 'en', text: 'x', label: 'duty', ownership: 'participant' },
        { id: 'b', lang: 'en', text: 'y', label: 'achievement', ownership: 'unknown' },
        { id: 'c', lang: 'zh', text: 'z', label: 'duty', ownership: 'lead', extra: 'ignored' },
      ].map((o) => JSON.stringify(o)).join('\n') + '\n',
    );
    const scores = scoreBullets(items, [
      { label: 'duty', ownership: 'participant' },
      { label: 'duty', ownership: 'unknown' },
      { label: 'duty', ownership: 'lead' },
    ]);
    expect(Object.keys(scores)).toEqual(['en', 'zh']);
    expect(scores.en!.duty).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(scores.en!.participant.f1).toBe(1);
    expect(scores.zh!.duty.f1).toBe(1);
    expect(scores.zh!.lead).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(scores.en!.lead.support).toBe(0);
  });
  it('names the bad line', () => {
    expect(() => parseBullets('{"id":"a"}\n')).toThrow(/line 1/);
    expect(() => parseBullets('\nnot json\n')).toThrow(/line 2: not JSON/);
  });
});
