// Child process of durability.test.ts: writes comments into an embedded database and announces each
// one the moment the write is acknowledged, exactly as a route handler would answer the browser.
// The test kills this process with SIGKILL while its next write is in flight.
import { migrate, openPglite } from '../store/db.ts';
import { insertReview, newReviewId } from '../store/reviews.ts';
import { addComment, createMentorLink, mentorFor } from './index.ts';

const [dataDir, reportJson] = process.argv.slice(2);
const db = await openPglite(dataDir!);
await migrate(db);
const report = JSON.parse(reportJson!);
const id = newReviewId();
await insertReview(db, { id, original: { sourceType: 'text', fileName: null, mediaType: null, bytes: new TextEncoder().encode(report.document.text) }, report });
const { token } = await createMentorLink(db, id, { name: 'Wang' });
const mentor = (await mentorFor(db, token))!;
const quote = report.document.text.slice(0, 2);
for (let i = 0; ; i++) {
  const comment = await addComment(db, mentor, { body: `comment ${i}`, anchor: { version: 1, span: { start: 0, end: 2 }, quote } });
  process.stdout.write(`${JSON.stringify({ reviewId: id, commentId: comment.id })}\n`);
}
