import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { currentLanguage } from './language.ts';
import { LanguageSwitch } from './language-switch.tsx';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const messages = messagesFor(await currentLanguage());
  return { title: `${messages.appName} · ${messages.tagline}`, description: messages.upload.intro };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await currentLanguage();
  const messages = messagesFor(language);
  return (
    <html lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <body>
        <a className="skip-link" href="#main">{messages.skipToContent}</a>
        <header className="site-header">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">亮</span>
            <span className="brand-name">{messages.appName}</span>
            <span className="brand-tagline">{messages.tagline}</span>
          </Link>
          <LanguageSwitch language={language} label={messages.languageSwitch.label} />
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
      </body>
    </html>
  );
}
