import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { mentorMessagesFor } from '@/lib/mentor/messages.ts';
import { loadMentorLoop, mentorFor } from '@/server/mentor/index.ts';
import { database } from '@/server/store/db.ts';
import { ExportPanel } from '../../components/export-panel.tsx';
import { MentorWorkspace } from '../../components/mentor-workspace.tsx';
import { currentLanguage } from '../../language.ts';
import { reportForBrowser } from '@/lib/report/browser.ts';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const language = await currentLanguage();
  return {
    title: `${mentorMessagesFor(language).mentorPage.title} · ${messagesFor(language).appName}`,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

/** A mentor's view of a review, reached only through the mentor's own link. */
export default async function MentorPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await database();
  const [mentor, language] = await Promise.all([mentorFor(db, token), currentLanguage()]);
  const view = mentor && await loadMentorLoop(db, mentor);
  if (!mentor || !view) notFound();
  return (
    <>
      <MentorWorkspace token={token} initial={{ ...view, report: reportForBrowser(view.report).report }} language={language} ui={messagesFor(language)} />
      {/* The review id is the owner's key and never reaches a mentor's page: the token stands in for it. */}
      <ExportPanel mentorToken={token} language={language} sourceType={view.report.document.source.type} />
    </>
  );
}
