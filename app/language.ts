import { cookies, headers } from 'next/headers';
import { LANGUAGE_COOKIE, pickLanguage } from '@/lib/i18n/language.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';

/** The UI language of the current request: the user's choice, else the browser's. */
export async function currentLanguage(): Promise<UiLanguage> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLanguage({ cookie: cookieStore.get(LANGUAGE_COOKIE)?.value, acceptLanguage: headerList.get('accept-language') });
}
