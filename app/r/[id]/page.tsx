import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { VersionQuery } from '@/lib/mentor/api.ts';
import { loadMentorLoop, ownerOf } from '@/server/mentor/index.ts';
import { database } from '@/server/store/db.ts';
import { currentLanguage } from '../../language.ts';
import { reportForBrowser } from '@/lib/report/browser.ts';
import { OwnerReport } from './owner-report.tsx';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const messages = messagesFor(await currentLanguage());
  return { title: `${messages.report.title} · ${messages.appName}`, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** A review as its owner sees it: the latest version, or an earlier one reopened with `?v=N`. */
export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> }) {
  const [{ id }, { v }] = await Promise.all([params, searchParams]);
  const version = VersionQuery.safeParse(v);
  if (!version.success) notFound();
  const db = await database();
  const [owner, language] = await Promise.all([ownerOf(db, id), currentLanguage()]);
  const loop = owner && await loadMentorLoop(db, owner, version.data);
  if (!owner || !loop) notFound();
  const { report, placements } = reportForBrowser(loop.report);
  const latest = loop.version === loop.versions.at(-1)?.version;
  return <OwnerReport reviewId={owner.reviewId} initial={{ ...loop, report }} placements={placements} latest={latest} language={language} messages={messagesFor(language)} />;
}
