import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fixturePdf } from '../server/fixtures.ts';
import { encryptedPdf } from './files.ts';

const SCREENS = 'artifacts/e2e';
mkdirSync(SCREENS, { recursive: true });

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

/** Uploads a PDF through the form and waits for its report; returns seconds from submit to report. */
async function uploadPdf(page: Page, fileName: string, bytes: Uint8Array, labels: { file: string; submit: string }): Promise<number> {
  await page.goto('/');
  await page.getByLabel(labels.file).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  const started = Date.now();
  await page.getByRole('button', { name: labels.submit }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/, { timeout: 45_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return (Date.now() - started) / 1000;
}

function highlights(page: Page, severityNames: string) {
  return page.getByRole('region', { name: /简历原文|Your resume/ }).getByRole('button', { name: new RegExp(`\\((${severityNames})`) });
}

test('a Chinese resume: highlights, a finding card, switching the UI language, reloading the link', async ({ page }) => {
  const seconds = await uploadPdf(page, 'zh-ops.pdf', await fixturePdf('zh-ops'), { file: '简历文件', submit: '开始点评' });
  writeFileSync(`${SCREENS}/timing-zh-ops.json`, JSON.stringify({ secondsFromSubmitToReport: seconds }));
  const reportUrl = page.url();

  await expect(page.getByRole('heading', { name: '点评报告', level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('heading', { name: '总分' })).toBeVisible();
  const marks = highlights(page, '问题|注意|建议|亮点');
  const markCount = await marks.count();
  expect(markCount).toBeGreaterThan(3);
  await screenshot(page, 'zh-report');

  await marks.first().click();
  const card = page.getByRole('region', { name: /^第 \d+ 行$/ });
  await expect(card).toBeVisible();
  await expect(card.getByText('依据', { exact: true }).first()).toBeVisible();
  await expect(card.getByText('规则', { exact: true }).first()).toBeVisible();
  await screenshot(page, 'zh-card');
  // Closing the card returns focus to its highlight without opening it again.
  await card.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('region', { name: /^第 \d+ 行$/ })).toHaveCount(0);
  await expect(marks.first()).toBeFocused();

  // Keyboard: tabbing onto a highlight opens nothing and moves nothing; Enter opens its card, Escape closes it.
  const before = await page.getByRole('region', { name: '简历原文' }).boundingBox();
  await marks.nth(1).focus();
  await expect(marks.nth(1)).toHaveAttribute('aria-expanded', 'false');
  expect(await page.getByRole('region', { name: '简历原文' }).boundingBox()).toEqual(before);
  await page.keyboard.press('Enter');
  await expect(marks.nth(1)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /^第 \d+ 行$/ })).toHaveCount(0);

  await page.getByRole('navigation', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Review report', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The resume itself is never translated.
  await expect(page.getByRole('region', { name: 'Your resume' }).getByText('工作经历').first()).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(reportUrl);
  await expect(page.getByRole('heading', { name: 'Review report', level: 1 })).toBeVisible();
  await expect(highlights(page, 'Problem|Warning|Suggestion|Strength')).toHaveCount(markCount);
  await screenshot(page, 'zh-report-english-ui');
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('an English resume: filters, top fixes and the page view', async ({ page }) => {
    const seconds = await uploadPdf(page, 'en-ops.pdf', await fixturePdf('en-ops'), { file: 'Resume file', submit: 'Review my resume' });
    writeFileSync(`${SCREENS}/timing-en-ops.json`, JSON.stringify({ secondsFromSubmitToReport: seconds }));
    await expect(page.getByRole('heading', { name: 'Review report', level: 1 })).toBeVisible();
    const all = highlights(page, 'Problem|Warning|Suggestion|Strength');
    const total = await all.count();
    expect(total).toBeGreaterThan(0);

    const side = page.getByRole('complementary');
    await side.getByRole('group', { name: 'Severity' }).getByRole('button', { name: /^Strengths/ }).click();
    await expect(side.getByText(/^Showing \d+ of \d+ findings$/)).toBeVisible();
    expect(await highlights(page, 'Problem|Warning|Suggestion').count()).toBe(0);
    await side.getByRole('group', { name: 'Severity' }).getByRole('button', { name: 'All' }).click();
    await expect(all).toHaveCount(total);

    // A top fix on a line jumps to its words and opens its card.
    const fix = side.getByRole('region', { name: 'Top fixes' }).getByRole('button').filter({ hasText: /Line \d+/ }).first();
    const line = Number((await fix.textContent())?.match(/Line (\d+)/)?.[1]);
    await fix.click();
    await expect(page.locator('mark:focus')).toHaveCount(1);
    await expect(page.getByRole('region', { name: `Line ${line}` })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: `Line ${line}` })).toHaveCount(0);

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Pages' }).click();
    const pageImage = page.getByRole('img', { name: 'Image of resume page 1' });
    await expect(pageImage).toBeVisible();
    await expect.poll(() => pageImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const boxes = page.locator('.page-box');
    expect(await boxes.count()).toBeGreaterThan(0);
    await boxes.first().click();
    await expect(page.getByRole('article').first()).toBeVisible();
    await screenshot(page, 'en-pages');
  });

  test('a file that cannot be read gets a clear error and nothing else breaks', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Resume file').setInputFiles({ name: 'locked.pdf', mimeType: 'application/pdf', buffer: encryptedPdf() });
    await page.getByRole('button', { name: 'Review my resume' }).click();
    const form = page.getByRole('form', { name: 'Upload a resume' });
    await expect(form.getByRole('alert')).toContainText(/password/i);
    await expect(page).toHaveURL(/\/$/);
    await screenshot(page, 'en-error-encrypted');

    // Checked in the browser before sending, and again on the server.
    await page.getByLabel('Resume file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
    await expect(form.getByRole('alert')).toContainText('not supported');

    // The form still works afterwards.
    await page.getByLabel('Paste resume text').fill('Jane Doe\nOperations Manager\n- Grew monthly active users from 20k to 45k in six months');
    await page.getByRole('button', { name: 'Review my resume' }).click();
    await expect(page).toHaveURL(/\/r\//);
  });
});

test('an unknown report link is a plain 404 page', async ({ page }) => {
  const response = await page.goto('/r/AAAAAAAAAAAAAAAAAAAAAA');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这份报告' })).toBeVisible();
});
