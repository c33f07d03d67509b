import { testRule } from '../lib/review/rule-tester.ts';
import { workDocument } from '../lib/review/testing.ts';
import rule from './long-bullet.ts';

testRule(rule, {
  valid: [
    { name: 'zh: one clear line', doc: workDocument(['主导积分体系改版，月活从 12 万提升到 20 万']) },
    { name: 'en: one clear line', doc: workDocument(['Cut first-response time by 45% with a triage rota']) },
  ],
  invalid: [
    { name: 'zh: a paragraph in one bullet', doc: workDocument(['负责'.concat('社区内容生产、审核、分发与活动策划执行'.repeat(6))]), errors: [{ messageId: 'longBullet' }] },
    { name: 'en: a paragraph in one bullet', doc: workDocument([Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ')]), errors: [{ messageId: 'longBullet' }] },
  ],
});
