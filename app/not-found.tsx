import Link from 'next/link';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { currentLanguage } from './language.ts';

export default async function NotFound() {
  const messages = messagesFor(await currentLanguage());
  return (
    <div className="not-found">
      <h1>{messages.report.notFoundTitle}</h1>
      <p>{messages.report.notFoundBody}</p>
      <Link href="/" className="button button-primary">{messages.report.backToUpload}</Link>
    </div>
  );
}
