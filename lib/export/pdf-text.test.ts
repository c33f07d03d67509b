import { expect, it } from 'vitest';
import { unifyRadicalsInCMap } from './pdf-text.ts';

const cmap = (body: string) => `/CIDInit /ProcSet findresource begin\nbegincmap\n${body}\nendcmap\nend`;

it('names ordinary characters where a ToUnicode map names radicals, in single entries and ranges', () => {
  const out = unifyRadicalsInCMap(cmap('3 beginbfchar\n<01> <2F47>\n<02> <2ED3>\n<03> <4EAE>\nendbfchar\n2 beginbfrange\n<10> <11> <2F3E>\n<20> <22> <0041>\nendbfrange'));
  expect(out).toContain('<01> <65E5>'); // ⽇ → 日
  expect(out).toContain('<02> <957F>'); // ⻓ → 长
  expect(out).toContain('<03> <4EAE>');
  expect(out).toContain('1 beginbfrange\n<20> <22> <0041>\nendbfrange');
  expect(out).toContain('<10> <6237>'); // ⼾ → 户, not the traditional 戶
  expect(out).toContain('<11> <624B>'); // ⼿ → 手
  expect(out.indexOf('beginbfchar', out.indexOf('endbfrange'))).toBeGreaterThan(0);
});

it('leaves a map without radicals as it is', () => {
  const text = cmap('1 beginbfchar\n<01> <4EAE>\nendbfchar');
  expect(unifyRadicalsInCMap(text)).toBe(text);
});
