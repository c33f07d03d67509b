import { defineRule } from '../lib/review/rule.ts';
import { commonPractice } from '../lib/review/helpers.ts';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/**
 * A phone number is valid as a Chinese mobile (11 digits from 13–19, optional +86) or as a national or
 * international number of 7–15 digits. On a Chinese resume, a bare number starting with 1 must be a mobile.
 */
export function isValidPhone(raw: string, lang: 'zh' | 'en' = 'zh'): boolean {
  const digits = raw.replace(/[\s().-]/g, '');
  const national = digits.replace(/^\+?86(?=1)/, '');
  const chineseMobile = /^\+?86/.test(digits) || (lang === 'zh' && national.startsWith('1') && !raw.includes('(') && !digits.startsWith('+'));
  if (chineseMobile) return /^1[3-9]\d{9}$/.test(national);
  return /^\+?\d{7,15}$/.test(digits);
}

export default defineRule({
  meta: {
    id: 'contact',
    description: { zh: '联系方式：要有手机或邮箱，且格式有效（中国手机号、国际电话、邮箱）', en: 'Contact details present and valid: a Chinese mobile or international phone number, an email address' },
    dimension: 'clarity',
    severity: 'error',
    citation: commonPractice('Put a phone number and a professional email address at the top', 'public guidance (e.g. university career-centre resume guides): contact details first, and correct'),
    messages: {
      missingContact: { zh: '没有找到手机号或邮箱：招聘方无法联系你', en: 'No phone number or email found: a recruiter cannot reach you' },
      invalidEmail: { zh: '邮箱格式不对：“{value}”', en: 'This email address is malformed: "{value}"' },
      invalidPhone: { zh: '电话号码格式不对：“{value}”（中国手机号为 11 位，以 13–19 开头）', en: 'This phone number looks wrong: "{value}" (a Chinese mobile has 11 digits starting 13–19)' },
    },
  },
  check({ doc, analysis, report }) {
    const { emails, phones } = doc.contact;
    if (emails.length === 0 && phones.length === 0) report({ messageId: 'missingContact', span: null, penalty: 25 });
    for (const email of emails)
      if (!EMAIL.test(email.value)) report({ messageId: 'invalidEmail', span: email.span, data: { value: email.value }, actual: email.value, penalty: 8, severity: 'warning' });
    for (const phone of phones)
      if (!isValidPhone(phone.value, analysis.lang)) report({ messageId: 'invalidPhone', span: phone.span, data: { value: phone.value }, actual: phone.value, penalty: 8, severity: 'warning' });
  },
});
