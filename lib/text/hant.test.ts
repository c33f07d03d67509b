import { describe, expect, it } from 'vitest';
import { foldTraditional, isTraditional } from './hant.ts';

describe('foldTraditional', () => {
  it('reads Traditional headings and ownership words as Simplified, keeping the length', () => {
    const text = '工作經歷\n專案經驗：主導社群營運，協助團隊，用戶數增長 30%';
    const folded = foldTraditional(text);
    expect(folded).toContain('工作经历');
    expect(folded).toContain('项目经验');
    expect(folded).toContain('主导');
    expect(folded).toContain('协助');
    expect(folded).toHaveLength(text.length);
  });

  it('leaves Simplified text alone, so 社群运营 stays group operations', () => {
    const text = '负责社群运营，主导社群拉新活动，用户增长 30%';
    expect(isTraditional(text)).toBe(false);
    expect(foldTraditional(text)).toBe(text);
  });

  it('leaves English and mixed text with few Chinese characters alone', () => {
    expect(foldTraditional('Led a team of 5; 中文')).toBe('Led a team of 5; 中文');
  });
});
