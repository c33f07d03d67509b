import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { MENTOR_MESSAGES } from '../lib/mentor/messages.ts';
import { fixtureText } from '../server/fixtures.ts';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../server/test/postgres.ts';

/**
 * Two app instances on one real PostgreSQL (DATABASE_URL): what a mentor writes through one is on
 * the other at once, in the API and in the candidate's open page. Runs the build the e2e web
 * server made (NEXT_DIST_DIR .next-e2e).
 */
const unavailable = postgresUnavailable();
test.skip(Boolean(unavailable), unavailable ?? '');

async function freePort(from: number): Promise<number> {
  for (let port = from; port < 3300; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 3200–3299');
}

async function startApp(port: number, databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, NEXT_DIST_DIR: process.env.LIANGDIAN_E2E_DIST ?? '.next-e2e', DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', LIANGDIAN_UPLOAD_RATE: '1000/1000' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`app on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

test.describe.configure({ mode: 'serial' });

let postgres: TestPostgres;
let apps: Array<{ url: string; stop(): Promise<void> }> = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgres = await startPostgres();
  const first = await startApp(await freePort(3240), postgres.url);
  // The first instance creates the schema; the second finds it there.
  await fetch(`${first.url}/api/reviews/${'x'.repeat(22)}/mentors`);
  const second = await startApp(await freePort(3260), postgres.url);
  apps = [first, second];
});

test.afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await postgres?.stop();
});

test('two app instances on one PostgreSQL see each other\'s comments at once', async ({ browser }) => {
  const [a, b] = apps as [typeof apps[0], typeof apps[0]];
  const text = await fixtureText('en-ops');
  const created = await (await fetch(`${a.url}/api/reviews`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })).json();
  const id: string = created.id;
  const link = await (await fetch(`${a.url}/api/reviews/${id}/mentors`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Li' }) })).json();
  const token = (link.url as string).split('/').pop()!;

  // The candidate's report is open on instance A.
  const m = MENTOR_MESSAGES.en;
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(`${a.url}/r/${id}`);
  await expect(page.getByRole('region', { name: m.heading })).toBeVisible();

  // The mentor writes through instance B.
  const quote = 'Built a returns dashboard';
  const start = text.indexOf(quote);
  const posted = await fetch(`${b.url}/api/m/${token}/comments`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ body: 'Written on instance B', anchor: { version: 1, span: { start, end: start + quote.length }, quote } }),
  });
  expect(posted.status).toBe(201);
  const comment = await posted.json();

  // Instance A has it at once…
  const seen = await (await fetch(`${a.url}/api/reviews/${id}/mentors`)).json();
  expect(seen.feedback.comments.map((c: { body: string }) => c.body)).toEqual(['Written on instance B']);
  // … and so does the open page, without a reload.
  await expect(page.getByText('Written on instance B')).toBeVisible({ timeout: 10_000 });

  // The owner replies through A; the mentor reads it through B.
  await fetch(`${a.url}/api/reviews/${id}/mentors/comments`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ parentId: comment.id, body: 'Reply on instance A' }),
  });
  const mentorView = await (await fetch(`${b.url}/api/m/${token}`)).json();
  expect(mentorView.feedback.comments.map((c: { body: string }) => c.body)).toEqual(['Written on instance B', 'Reply on instance A']);

  // Deleting through B removes it for A too.
  expect((await fetch(`${b.url}/api/reviews/${id}`, { method: 'DELETE' })).status).toBe(204);
  expect((await fetch(`${a.url}/api/reviews/${id}/mentors`)).status).toBe(404);
  expect((await fetch(`${a.url}/api/m/${token}`)).status).toBe(404);
});
