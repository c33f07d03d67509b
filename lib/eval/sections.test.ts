import { describe, expect, it } from 'vitest';
import { parseResume } from '../ingest/index.ts';
import { pooledByFolder, scoreAll, scoreFile, SectionsTruth } from './sections.ts';

// Our own tiny resume and its truth, in the format of ../shared/eval/FORMAT.md.
const resume = [
  'Mei Chen', 'mei@example.com', '',
  'Work Experience', 'Growth Lead | Sunbeam Ltd. | 2021 – Present', '- Grew weekly active users by 40%', '- Ran the referral program', '',
  '项目经历', '社群裂变活动 | 2020.05-2020.06', '- 主导活动策划，新增用户 3 万', '',
  'Skills', 'SQL, Python',
].join('\n');

const truth = SectionsTruth.parse({
  file: 'ours/mei.txt',
  lang: 'en',
  notes: 'ignored',
  sections: [
    { title: 'Work  Experience', kind: 'experience', entries: [{ heading: 'Growth Lead', org: 'Sunbeam Ltd.', dates: '2021 – Present', bullets: ['Grew weekly‑active users by 40%', 'ran the “referral” program'] }] },
    { title: '项目经历', kind: 'projects', entries: [{ heading: '社群裂变活动', bullets: ['主导活动策划，新增用户3万'] }] },
    { title: 'Skills', kind: 'skills', lines: ['SQL, Python'] },
    { title: 'Awards', kind: 'awards', lines: ['Best Newcomer'] },
  ],
});

describe('section scoring', () => {
  it('counts titles found with the right kind and bullets in the right section and entry, as letter streams', async () => {
    const score = scoreFile(truth, await parseResume({ text: resume }));
    expect(score.titles).toEqual({ found: 3, total: 4 });
    expect(score.bullets).toEqual({ found: 3, total: 3 });
    expect(score.titleRecall).toBe(0.75);
    expect(score.bulletRecall).toBe(1);
    expect(score.missed.titles).toEqual(['Awards [awards]']);
    // Heading, organisation and dates each read as a field of their own, in the right section.
    expect(score.entries).toEqual({ found: 2, total: 2 });
    expect(score.entryRecall).toBe(1);
  });
  it('counts an entry only when its heading, organisation and dates are fields of their own', async () => {
    const document = await parseResume({ text: resume });
    const entry = (fields: { heading?: string; org?: string; dates?: string }) =>
      scoreFile(SectionsTruth.parse({ file: 'ours/mei.txt', sections: [{ title: 'Work Experience', kind: 'experience', entries: [{ ...fields, bullets: [] }] }] }), document);
    // Which of role and employer comes first is the template's choice, not the reader's.
    expect(entry({ heading: 'Sunbeam Ltd.', org: 'Growth Lead', dates: '2021–present' }).entryRecall).toBe(1);
    expect(entry({ heading: 'Growth Lead', org: 'Sunbeam Ltd.', dates: '2021' }).entryRecall).toBe(0);
    // One field that runs role and employer together stands for neither.
    expect(entry({ heading: 'Growth Lead | Sunbeam Ltd.', dates: '2021 – Present' }).entryRecall).toBe(0);
    expect(entry({ heading: 'Growth Lead', org: 'Sunbeam', dates: '2021 – Present' }).missed.entries).toEqual(['Growth Lead | Sunbeam | 2021 – Present']);
    // Two true entries cannot both claim the one parsed entry.
    const twice = SectionsTruth.parse({
      file: 'ours/mei.txt',
      sections: [{ title: 'Work Experience', kind: 'experience', entries: [{ heading: 'Growth Lead', bullets: [] }, { heading: 'Growth Lead', bullets: [] }] }],
    });
    expect(scoreFile(twice, document).entries).toEqual({ found: 1, total: 2 });
  });
  it('does not count a bullet found under the wrong entry or a title with the wrong kind', async () => {
    const wrong = SectionsTruth.parse({
      file: 'ours/mei.txt',
      sections: [
        { title: 'Work Experience', kind: 'projects', entries: [{ heading: 'Data Analyst', org: 'Other Co', bullets: ['Grew weekly active users by 40%'] }] },
        { title: '项目经历', kind: 'projects', entries: [{ heading: '社群裂变活动', bullets: ['主导活动策划，新增用户 万'] }] },
      ],
    });
    const score = scoreFile(wrong, await parseResume({ text: resume }));
    expect(score.titles).toEqual({ found: 1, total: 2 });
    expect(score.missed.titles).toEqual(['Work Experience [projects] found as experience']);
    expect(score.bullets).toEqual({ found: 0, total: 2 });
    // The project entry is found; the job is not (it names another role and employer).
    expect(score.entries).toEqual({ found: 1, total: 2 });
  });
  it('pools files for the overall score', async () => {
    const document = await parseResume({ text: resume });
    const all = scoreAll([scoreFile(truth, document), scoreFile({ file: 'empty', sections: [] }, document)]);
    expect(all.overall).toEqual({ titleRecall: 0.75, bulletRecall: 1, entryRecall: 1 });
    expect(all.files[1]).toMatchObject({ titleRecall: 1, bulletRecall: 1, entryRecall: 1 });
  });
  it('pools recall per top folder, as the layout generator writes one folder per family', () => {
    const counts = (found: number, total: number) => ({ titles: { found, total }, bullets: { found, total }, entries: { found: 0, total } });
    const byFolder = pooledByFolder([{ file: 'a/x.pdf', ...counts(1, 2) }, { file: 'a/y.pdf', ...counts(3, 3) }, { file: 'b/x.md', ...counts(0, 4) }]);
    expect(byFolder.get('a')).toEqual({ titleRecall: 0.8, bulletRecall: 0.8, entryRecall: 0, files: 2 });
    expect(byFolder.get('b')).toEqual({ titleRecall: 0, bulletRecall: 0, entryRecall: 0, files: 1 });
  });
});
