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
  it('reads a 1900–2099 as a year only in date context', () => {
    expect(kinds('上线首月带来2000名注册用户', 'zh')).toEqual(['count:2000']);
    expect(kinds('2019年加入公司，2020.03-2021.06 负责社群', 'zh')).toEqual(['date:2019年', 'date:2020.03-2021.06']);
    expect(kinds('Brought in 2000 sign-ups; reached over 1990 readers', 'en')).toEqual(['count:2000', 'count:1990']);
    expect(kinds('Joined in 2019 and ran the June 2021 – present campaign', 'en')).toEqual(['date:2019', 'date:June 2021 – present']);
  });
  it('reads from-to changes, thresholds and ranks', () => {
    expect(kinds('粉丝从3千变为1.5万，发言人数在2000以上，点赞超5万', 'zh')).toEqual(['change:从3千变为1.5万', 'count:2000以上', 'count:5万']);
    expect(kinds('阅读量10w+，沉淀2k+客户，拉新人数当月第一', 'zh')).toEqual(['count:10w+', 'count:2k+', 'rank:当月第一']);
    expect(kinds('Top 1 in the store; 10k+ users', 'en')).toEqual(['rank:Top 1', 'count:10k+']);
  });
  it('reads 从0到1 as a build, not a change', () => {
    expect(kinds('从0到1搭建社群', 'zh')).toEqual(['name:从0到1']);
    expect(kinds('Built it from 0 to 1', 'en')).toEqual(['name:from 0 to 1']);
  });
  it("reads a template's slots as the numbers they stand for, and nothing else", () => {
    expect(kinds('转化率提升[X]%，成本降低XX%，营收{金额}元', 'zh')).toEqual(['percent:[X]%', 'percent:XX%', 'money:{金额}元']);
    expect(kinds('Saved ${amount}; cut churn by N%; raised $#', 'en')).toEqual(['money:${amount}', 'percent:N%', 'money:$#']);
    expect(kinds('Built the [Project Name] page in XXX', 'en')).toEqual([]);
  });
  it('reads a fraction as one quantity and a month/year as a date', () => {
    expect(kinds('评分达到 4.8/5，7×24 小时值守', 'zh')[0]).toBe('count:4.8/5');
    expect(kinds('03/2021 – 05/2022: scored 45/50, on call 24/7', 'en')).toEqual(['date:03/2021', 'date:05/2022', 'count:45/50', 'count:24/7']);
  });
});
