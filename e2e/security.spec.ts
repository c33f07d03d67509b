import { expect, test, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Attacks a resume, a file name or a comment could carry. Each sets `window.__xss` if it ever runs;
 * `alert` is replaced so a dialog would also count.
 */
const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '"><svg onload="window.__xss = \'svg\'">',
  'javascript:window.__xss = "link"',
];
/** Ordinary resume lines around the payloads: a file that is mostly markup is refused as no resume before it is shown. */
const ORDINARY = [
  'Grew the member community from 8,000 to 21,000 monthly active users in one year',
  'Planned and ran twelve online events with partner brands and local creators',
  'Built a weekly report of retention and conversion for the operations team',
  'Cut the median first-response time to member questions by 45% with a new rota',
  'Wrote the onboarding guide and the welcome sequence for new members',
  'Recruited 30 volunteer moderators and trained them on the community rules',
];
const HOSTILE_NAME = '<svg onload="window.__xss=\'name\'">.pdf';

async function hostilePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = ['Jordan Lee', 'jordan.lee@example.com', 'EXPERIENCE', 'User Operations Lead, Maple Learning, 2021 - present', ...ORDINARY.map((line) => `- ${line}`), ...PAYLOADS.map((payload) => `- Grew users 40% ${payload}`)];
  lines.forEach((line, index) => page.drawText(line, { x: 40, y: 790 - index * 18, size: 9, font }));
  return Buffer.from(await pdf.save());
}

/** Watches a page for any sign that injected script ran. */
async function guard(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const seen = { violations: [] as string[], dialogs: [] as string[] };
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return seen;
}

const xssFlag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null);

test('pages carry a nonce-based CSP and security headers, and still work under them', async ({ page }) => {
  const seen = await guard(page);
  const response = await page.goto('/');
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  // Every script Next wrote carries this request's nonce; a second request gets another.
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toContain(nonce!);

  // The page is interactive under the policy: the upload form submits and the report renders.
  await page.getByLabel(/简历文件|Resume file/).setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: await hostilePdf() });
  await page.getByRole('button', { name: /开始点评|Review my resume/ }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22,}$/, { timeout: 45_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(seen.violations).toEqual([]);
  expect(await xssFlag(page)).toBeNull();
});

test('script in resume text, file names and comments is shown as text, never run', async ({ page, request }) => {
  await page.addInitScript(() => {
    window.alert = (message?: unknown) => {
      (window as unknown as { __xss?: string }).__xss = `alert:${String(message)}`;
    };
  });
  const seen = await guard(page);
  const forms = [
    { name: HOSTILE_NAME, mimeType: 'application/pdf', buffer: await hostilePdf() },
    { name: '<img src=x onerror=alert(1)>.txt', mimeType: 'text/plain', buffer: Buffer.from(`Jordan Lee\nEXPERIENCE\n${[...ORDINARY, ...PAYLOADS.map((payload) => `Led campaigns ${payload}`)].map((line) => `- ${line}`).join('\n')}\n`) },
  ];
  for (const file of forms) {
    const created = await request.post('/api/reviews', { multipart: { file } });
    expect(created.status()).toBe(201);
    const { id } = await created.json() as { id: string };

    // A mentor comments with script too.
    const link = await request.post(`/api/reviews/${id}/mentors`, { data: { name: '<script>window.__xss="mentor"</script>' } });
    expect(link.status()).toBe(201);
    const { url } = await link.json() as { url: string };
    const token = url.split('/').at(-1)!;
    const comment = await request.post(`/api/m/${token}/comments`, {
      data: { body: PAYLOADS.join(' '), anchor: { version: 1, span: { start: 0, end: 6 }, quote: 'Jordan' } },
    });
    expect(comment.status(), await comment.text()).toBe(201);

    for (const path of [`/r/${id}`, url]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await xssFlag(page), path).toBeNull();
      expect(await page.locator('img[src="x"], svg[onload], img[onerror]').count(), path).toBe(0);
    }
    // The payload is on the page as text.
    await page.goto(`/r/${id}`);
    await expect(page.getByText('window.__xss', { exact: false }).first()).toBeVisible();
  }
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations.filter((text) => !/inline/.test(text))).toEqual([]);
});

test('uploads are rate-limited per client with the error envelope, whatever address the client forges', async ({ request }) => {
  // A client of its own (the address the trusted proxy saw, appended last), so other tests keep their
  // budget; in front of it, a new forged address on every request, which must not buy a new budget.
  const client = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  let limited = null;
  for (let attempt = 0; attempt < 2000 && !limited; attempt++) {
    const headers = { 'x-forwarded-for': `10.${attempt >> 8 & 255}.${attempt & 255}.1, ${client}`, 'accept-language': 'en' };
    const response = await request.post('/api/reviews', { headers, data: { text: '' } });
    if (response.status() === 429) limited = response;
  }
  expect(limited, 'no 429 within 2000 uploads').not.toBeNull();
  const body = await limited!.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe('rate-limited');
  expect(body.error.message).toMatch(/try again in \d+ seconds/);
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
  // Another client is not affected.
  const other = await request.post('/api/reviews', { headers: { 'x-forwarded-for': '198.51.100.9' }, data: { text: 'Jordan Lee\nEXPERIENCE\n- Ran 12 campaigns' } });
  expect(other.status()).toBe(201);
});

test('ids are unguessable and files come back only as inert downloads', async ({ request }) => {
  const ids = new Set<string>();
  for (let index = 0; index < 3; index++) {
    const created = await request.post('/api/reviews', { data: { text: `Jordan Lee\nEXPERIENCE\n- Ran ${index + 10} campaigns` } });
    ids.add((await created.json() as { id: string }).id);
  }
  expect(ids.size).toBe(3);
  for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  const [id] = [...ids];
  const guessed = `${id!.slice(0, -1)}${id!.endsWith('A') ? 'B' : 'A'}`;
  expect((await request.get(`/api/reviews/${guessed}`)).status()).toBe(404);
  expect((await request.get(`/r/${guessed}`)).status()).toBe(404);

  // Every API answer says: do not sniff, do not frame, do not run.
  const answer = await request.get(`/api/reviews/${id}`);
  expect(answer.headers()['x-content-type-options']).toBe('nosniff');
  expect(answer.headers()['content-security-policy']).toContain("default-src 'none'");
  const created = await request.post('/api/reviews', { multipart: { file: { name: HOSTILE_NAME, mimeType: 'text/html', buffer: await hostilePdf() } } });
  const pdfId = (await created.json() as { id: string }).id;
  const image = await request.get(`/api/reviews/${pdfId}/pages/1`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(image.headers()['x-content-type-options']).toBe('nosniff');
});

test('a write sent by another site is refused, and a JSON body only counts as application/json', async ({ request }) => {
  const created = await request.post('/api/reviews', { data: { text: 'Jordan Lee\nEXPERIENCE\n- Ran 12 campaigns' } });
  expect(created.status()).toBe(201);
  const { id } = await created.json() as { id: string };
  const link = JSON.stringify({ name: 'Mallory' });
  for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
    const forged = await request.post(`/api/reviews/${id}/mentors`, { headers: { ...headers, 'content-type': 'text/plain', 'accept-language': 'en' }, data: link });
    expect(forged.status()).toBe(403);
    expect((await forged.json() as { error: { code: string } }).error.code).toBe('forbidden');
  }
  // Same origin, but a text/plain body (what a cross-site form can send without asking): not JSON.
  const plain = await request.post(`/api/reviews/${id}/mentors`, { headers: { 'content-type': 'text/plain' }, data: link });
  expect(plain.status()).toBe(415);
  const links = await (await request.get(`/api/reviews/${id}/mentors`)).json() as { links: unknown[] };
  expect(links.links).toEqual([]);
});
