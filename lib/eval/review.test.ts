import { describe, expect, it } from 'vitest';
import { review } from '../review/index.ts';
import { buildDocument } from '../review/testing.ts';
import { judgeReview, ReviewTruth, scoreReviews } from './review.ts';

const doc = buildDocument({
  header: ['王小明', '求职意向：新媒体运营'],
  sections: [
    {
      kind: 'experience',
      title: '工作经历',
      entries: [
        { heading: '新媒体运营专员', bullets: ['负责公众号日常推文撰写', '公众号粉丝从 2 万增长到 9 万', '协助主管策划线上活动'] },
        { heading: '运营实习生', bullets: ['参与小红书笔记选题', '协助整理竞品数据'] },
      ],
    },
  ],
});

const truth = (over: Partial<ReviewTruth>): ReviewTruth =>
  ReviewTruth.parse({
    resume: 'x.txt',
    language: 'zh',
    role: 'new-media-ops',
    band: 'weak',
    problems: ['only-participation', 'resources-missing', 'no-lead'],
    lines: [
      { text: '工作经历', kind: 'heading' },
      { text: '新媒体运营专员', kind: 'entry-heading' },
      { text: '负责公众号日常推文撰写', kind: 'bullet', label: 'duty', ownership: 'unknown' },
      { text: '公众号粉丝从 2 万增长到 9 万', kind: 'bullet', label: 'achievement', ownership: 'unknown' },
      { text: '协助主管策划线上活动', kind: 'bullet', label: 'duty', ownership: 'participant' },
      { text: '运营实习生', kind: 'entry-heading' },
      { text: '参与小红书笔记选题', kind: 'bullet', label: 'duty', ownership: 'participant' },
      { text: '协助整理竞品数据', kind: 'bullet', label: 'duty', ownership: 'participant' },
      { text: '不在简历里的一行', kind: 'other' },
    ],
    ...over,
  });

describe('review evaluation', () => {
  const report = review(doc, { config: { now: '2026-12-01' } });
  it('matches truth lines to the document and judges each criticism', () => {
    const result = judgeReview('one', truth({}), report);
    expect(result.unmatched).toEqual(['不在简历里的一行']);
    expect(result.duty).toEqual({ total: 4, flagged: 4 });
    expect(result.achievement).toEqual({ total: 1, clean: 1 });
    expect(result.role).toEqual({ truth: 'new-media-ops', inferred: 'new-media-ops' });
    expect(result.problems.raised).toEqual(expect.arrayContaining(['only-participation', 'no-lead']));
    expect(result.judged.every((j) => j.right)).toBe(true);
  });
  it('counts a problem the truth does not list as a wrong criticism, and one it lists but is not raised as missed', () => {
    const scores = scoreReviews([judgeReview('one', truth({ problems: ['caopan-misused'] }), report)]);
    expect(scores.problemsRaised).toMatchObject({ hits: 0, total: 1 });
    expect(scores.criticismPrecision.value).toBeLessThan(1);
    expect(scores.rules.find((r) => r.key === 'project-ownership/participantOnly')).toMatchObject({ precision: 0, recall: 0 });
  });
  it('orders scores by band, a tie counting half and an unread resume as out of order', () => {
    const weak = judgeReview('weak', truth({}), report);
    const strong = { ...weak, name: 'strong', band: 'strong' as const, score: weak.score! + 10 };
    const medium = { ...weak, name: 'medium', band: 'medium' as const, score: weak.score };
    expect(scoreReviews([weak, strong, medium]).scoreOrder).toMatchObject({ hits: 2.5, total: 3 });
    expect(scoreReviews([{ ...weak, score: null }, strong]).scoreOrder).toMatchObject({ hits: 0, total: 1 });
  });
});
