import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument } from '../lib/review/testing.ts';
import rule from './resources.ts';

const resume = (lines: string[], zh = true) =>
  buildDocument({
    sections: [
      { kind: 'experience', title: zh ? '工作经历' : 'Experience', entries: [{ heading: zh ? '新媒体运营' : 'Social Media Specialist', bullets: [zh ? '公众号粉丝从 2 万增长到 9 万' : 'Grew followers from 20k to 90k'] }] },
      ...(lines.length ? [{ kind: 'resources' as const, title: zh ? '拥有资源' : 'Resources', lines }] : []),
    ],
  });

testRule(rule, {
  valid: [
    { name: 'en: top creators with a count', doc: resume(['Partnerships with 15 top fitness creators (each 500K+ followers)'], false), praise: ['concreteResources'] },
    { name: 'zh: concrete resources', doc: resume(['与 30 余位母婴头部 KOL（粉丝 50 万以上）长期合作']), praise: ['concreteResources'] },
    { name: 'en: concrete resources', doc: resume(['Network of 25 home-fitness creators, each with 200K+ followers'], false), praise: ['concreteResources'] },
    { name: 'en: not an operations resume, so no resource advice', doc: buildDocument({ sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Backend Engineer', bullets: ['Cut API latency by 40%'] }] }] }) },
  ],
  invalid: [
    { name: 'zh: creators with a count but no tier', doc: resume(['签约 40 位美妆达人，可直接对接']), errors: [{ messageId: 'notTopTier', text: '达人' }] },
    { name: 'zh-Hant: vague resources read like Simplified', doc: resume(['擁有豐富的人脈資源']), errors: [{ messageId: 'vagueResources', text: '豐富的人脈資源' }] },
    { name: 'zh: vague resources', doc: resume(['拥有丰富的人脉资源', '对接过很多商家资源']), errors: [{ messageId: 'vagueResources', text: '丰富的人脉资源' }, { messageId: 'resourceNoScale', text: '商家资源' }] },
    { name: 'en: none stated', doc: resume([], false), errors: [{ messageId: 'noResources' }] },
    { name: 'en: extensive network', doc: resume(['Extensive industry network'], false), errors: [{ messageId: 'vagueResources', text: 'Extensive industry network' }] },
  ],
});
