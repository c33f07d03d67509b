import { mentorMessagesFor } from '@/lib/mentor/messages.ts';
import { currentLanguage } from '../../language.ts';

/** Wrong, revoked and expired mentor links all end here, and the page says nothing about the review. */
export default async function MentorLinkNotFound() {
  const t = mentorMessagesFor(await currentLanguage()).mentorPage;
  return (
    <div className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
    </div>
  );
}
