import { describe, expect, it } from 'vitest';
import { testRule } from '../lib/review/rule-tester.ts';
import { buildDocument } from '../lib/review/testing.ts';
import rule, { isValidPhone } from './contact.ts';

const withHeader = (header: string[]) => buildDocument({ header, sections: [{ kind: 'experience', title: 'Experience', entries: [{ heading: 'Ops', bullets: ['Cut costs by 10%'] }] }] });

testRule(rule, {
  valid: [
    { name: 'zh: Chinese mobile and email', doc: withHeader(['林晓雯', '手机：138 0013 8000 | 邮箱：lin@example.com']) },
    { name: 'en: international phone and email', doc: withHeader(['Jordan Lee', 'jordan@example.com | +1 415 555 0134']) },
  ],
  invalid: [
    { name: 'zh: no contact at all', doc: withHeader(['林晓雯', '上海']), errors: [{ messageId: 'missingContact' }] },
    { name: 'zh: a mobile with a digit missing', doc: withHeader(['林晓雯', '手机：1380013800']), errors: [{ messageId: 'invalidPhone', text: '1380013800' }] },
    { name: 'en: malformed email', doc: withHeader(['Jordan Lee', 'jordan@example']), errors: [{ messageId: 'invalidEmail', text: 'jordan@example' }] },
  ],
});

describe('isValidPhone', () => {
  it('reads Chinese mobiles and international numbers', () => {
    expect(isValidPhone('+86 138-0013-8000')).toBe(true);
    expect(isValidPhone('12800138000')).toBe(false);
    expect(isValidPhone('(555) 123-4567', 'en')).toBe(true);
    expect(isValidPhone('(123) 456-7890', 'en')).toBe(true);
    expect(isValidPhone('123-456-7890', 'en')).toBe(true);
    expect(isValidPhone('+1 415 555 0134', 'en')).toBe(true);
    expect(isValidPhone('123')).toBe(false);
  });
});
