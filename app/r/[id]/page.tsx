import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { loadMentorLoop, ownerOf } from '@/server/mentor/index.ts';
import { database } from '@/server/store/db.ts';
import { ExportPanel } from '../../components/export-panel.tsx';
import { MentorPanel } from '../../components/mentor-panel.tsx';
import { currentLanguage } from '../../language.ts';
import { reportForBrowser } from '@/lib/report/browser.ts';
import { ReportView } from './report-view.tsx';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const messages = messagesFor(await currentLanguage());
  return { title: `${messages.report.title} · ${messages.appName}`, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = await database();
  const [owner, language] = await Promise.all([ownerOf(db, id), currentLanguage()]);
  // The report shows the latest version; the mentor panel below holds the versions and the feedback.
  const loop = owner && await loadMentorLoop(db, owner);
  if (!owner || !loop) notFound();
  const messages = messagesFor(language);
  // Both panels get the same object, so the page carries the report once.
  const { report, placements } = reportForBrowser(loop.report);
  return (
    <>
      <ReportView reviewId={owner.reviewId} report={report} placements={placements} language={language} messages={messages} />
      <ExportPanel reviewId={owner.reviewId} language={language} sourceType={report.document.source.type} />
      <MentorPanel reviewId={owner.reviewId} initial={{ ...loop, report }} language={language} ui={messages} />
    </>
  );
}
