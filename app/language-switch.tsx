'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LANGUAGE_COOKIE } from '@/lib/i18n/language.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';

const NAMES: Record<UiLanguage, string> = { zh: '中文', en: 'English' };

/** Switches the UI language; the choice is kept in a cookie for a year. Resume text stays as written. */
export function LanguageSwitch({ language, label }: { language: UiLanguage; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: UiLanguage) => {
    document.cookie = `${LANGUAGE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  };
  return (
    <nav aria-label={label} className="language-switch">
      {(Object.keys(NAMES) as UiLanguage[]).map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={option === language}
          disabled={pending}
          onClick={() => option !== language && choose(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </nav>
  );
}
