import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantity.ts';

const kinds = (text: string, lang: 'zh' | 'en') => findQuantities(text, lang).map((q) => `${q.kind}:${q.text}`);

describe('findQuantities', () => {
  it('tells results from numbers that are never results (zh)', () => {
    expect(kinds('2021.03-2023.06 月活从 12 万提升到 20 万，增长 66%', 'zh')).toEqual(['date:2021.03-2023.06', 'change:从 12 万提升到 20 万', 'percent:66%']);
    expect(kinds('手机 13800138000，3 个月内复购提高 2 倍', 'zh')).toEqual(['phone:13800138000', 'duration:3 个月内', 'multiple:2 倍']);
    expect(kinds('618 大促销售额 1200 万元，全国排名第 3 名', 'zh')).toEqual(['name:618', 'money:1200 万元', 'rank:全国排名第 3']);
  });
  it('tells results from numbers that are never results (en)', () => {
    expect(kinds('Grew followers from 20k to 90k in 2022', 'en')).toEqual(['change:from 20k to 90k', 'date:2022']);
    expect(kinds('Cut time from weeks to minutes; 4.2x faster; saved $26,000', 'en')).toEqual(['change:from weeks to minutes', 'multiple:4.2x', 'money:$26,000']);
    expect(kinds('Fixed moby/moby#27484 on v2.1.0 with A100 GPUs', 'en')).toEqual(['version:#27484', 'version:v2.1.0', 'version:100']);
    expect(kinds('Ranked #1 of 14 managers; top 5% of submissions', 'en')).toEqual(['rank:Ranked #1', 'count:14', 'rank:top 5%']);
  });
  it('does not read a change between years', () => {
    expect(kinds('from 2019 to 2021', 'en').map((k) => k.split(':')[0])).not.toContain('change');
  });
});
