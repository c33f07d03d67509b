import { describe, expect, it } from 'vitest';
import { format, pickLanguage } from './language.ts';

describe('pickLanguage', () => {
  it('prefers the cookie over the browser', () => {
    expect(pickLanguage({ cookie: 'en', acceptLanguage: 'zh-CN,zh;q=0.9' })).toBe('en');
  });
  it('ignores an unknown cookie value', () => {
    expect(pickLanguage({ cookie: 'fr', acceptLanguage: 'en-GB' })).toBe('en');
  });
  it('follows q-values, not only order', () => {
    expect(pickLanguage({ acceptLanguage: 'fr;q=1, zh-TW;q=0.5, en;q=0.8' })).toBe('en');
    expect(pickLanguage({ acceptLanguage: 'zh-Hans-CN, en;q=0.9' })).toBe('zh');
  });
  it('falls back to Chinese', () => {
    expect(pickLanguage({ acceptLanguage: 'de-DE' })).toBe('zh');
    expect(pickLanguage({})).toBe('zh');
  });
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(format('{count} of {total} {x}', { count: 2, total: 5 })).toBe('2 of 5 {x}');
  });
});
