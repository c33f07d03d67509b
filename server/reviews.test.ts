import { afterAll, describe, expect, it } from 'vitest';
import { closePools } from './isolation/index.ts';
import { readAndReview } from './reviews.ts';

const text = ['李雷', 'lilei@example.com', '工作经历', '某公司 用户运营 2021.03-2023.06', '负责社群日常维护', '主导会员体系改版，复购率从 12% 提升到 20%'].join('\n');

afterAll(() => closePools());

describe('readAndReview', () => {
  it('reviews the same upload once per role and shares the frozen report', async () => {
    const first = await readAndReview({ kind: 'text', text });
    const again = await readAndReview({ kind: 'text', text });
    expect(again.report).toBe(first.report);
    expect(Object.isFrozen(first.report.findings)).toBe(true);
    expect(new TextDecoder().decode(again.original.bytes)).toBe(text);
    const forRole = await readAndReview({ kind: 'text', text }, { role: 'community-ops' });
    expect(forRole.report).not.toBe(first.report);
    expect(forRole.report.role.target).toBe('community-ops');
    expect((await readAndReview({ kind: 'text', text }, { role: 'community-ops' })).report).toBe(forRole.report);
  });

  it('tells each step as it starts', async () => {
    const stages: string[] = [];
    await readAndReview({ kind: 'text', text: `${text}\n` }, { onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['reading', 'reviewing']);
  });
});
