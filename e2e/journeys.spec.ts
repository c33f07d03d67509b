import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MESSAGES } from '../lib/i18n/messages.ts';
import { MENTOR_MESSAGES } from '../lib/mentor/messages.ts';
import { fixtureText } from '../server/fixtures.ts';
import { selectWords } from './selection.ts';

const SCREENS = 'artifacts/e2e';
mkdirSync(SCREENS, { recursive: true });
const ui = MESSAGES.zh;
const m = MENTOR_MESSAGES.zh;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  return (await browser.newContext({ locale: 'zh-CN', viewport })).newPage();
}

async function upload(page: Page, text: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel(ui.upload.pasteLabel).fill(text);
  await page.getByRole('button', { name: ui.upload.submit }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/, { timeout: 45_000 });
  return page.url();
}

async function overall(page: Page): Promise<number> {
  const label = await page.getByRole('complementary').getByLabel(/^总分 \d+$/).getAttribute('aria-label');
  return Number(label!.match(/\d+/)![0]);
}

test('the upload form: one menu entry per role, and a paste over the limit says so', async ({ page }) => {
  await page.goto('/');
  const roles = page.getByLabel(ui.upload.roleLabel);
  await expect(roles.locator('option', { hasText: /^社群运营$/ })).toHaveAttribute('value', 'group-ops');
  await expect(roles.locator('option', { hasText: /^社区运营$/ })).toHaveAttribute('value', 'community-ops');
  await expect(roles.locator('option', { hasText: '社群/群运营' })).toHaveCount(0);
  const labels = await roles.locator('option').allTextContents();
  expect(new Set(labels).size).toBe(labels.length);

  await page.getByLabel(ui.upload.pasteLabel).fill('负责社群运营。'.repeat(30_000));
  await page.getByRole('button', { name: ui.upload.submit }).click();
  const alert = page.getByRole('alert').filter({ hasText: ui.errors.title });
  await expect(alert).toContainText('粘贴的文字太长');
  await expect(alert).not.toContainText('文件太大');
});

test('mentor decisions, comments and sign-offs shape the candidate\'s report, per version', async ({ browser }) => {
  test.setTimeout(240_000);
  const resumeText = await fixtureText('zh-ops');
  const candidate = await newPage(browser);
  const reportUrl = await upload(candidate, resumeText);

  // Sharing: the owner's link is private; asking a mentor is the obvious action.
  await expect(candidate.getByText(ui.owner.privateLink)).toBeVisible();
  await candidate.getByText(ui.owner.privateLink).click();
  await expect(candidate.getByRole('textbox', { name: ui.owner.privateLink })).toHaveValue(reportUrl);
  await expect(candidate.getByText(ui.owner.privateNote)).toBeVisible();
  await candidate.getByRole('button', { name: ui.owner.askMentor }).click();
  await expect(candidate.getByLabel(m.share.name)).toBeFocused();
  await candidate.getByLabel(m.share.name).fill('王老师');
  await candidate.getByRole('button', { name: m.share.create }).click();
  const mentorUrl = await candidate.getByRole('textbox', { name: m.share.created }).inputValue();

  // What the report says before the mentor: the score, the first top fix and how many findings count.
  const scoreBefore = await overall(candidate);
  const topFixes = candidate.getByRole('region', { name: ui.report.topFixesHeading });
  const firstFixButton = topFixes.getByRole('button').filter({ hasText: /第 \d+ 行/ }).first();
  const firstFix = (await firstFixButton.locator('.top-fix-message').textContent())!;
  const firstFixLine = (await firstFixButton.getByText(/^第 \d+ 行$/).textContent())!;
  const counts = candidate.getByText(/^显示 \d+ \/ \d+ 条意见$/);
  const totalBefore = Number((await counts.textContent())!.match(/\/ (\d+)/)![1]);

  // The mentor dismisses that finding with a reason, comments on words and signs off version 1.
  const mentor = await newPage(browser);
  await mentor.goto(mentorUrl);
  const list = mentor.getByRole('region', { name: m.decisions.heading });
  await list.getByRole('button', { name: firstFix }).first().click();
  const item = list.getByRole('listitem').filter({ has: mentor.getByRole('button', { name: m.decisions.dismiss, exact: true }) });
  await item.getByRole('button', { name: m.decisions.dismiss, exact: true }).click();
  await item.getByLabel(m.decisions.reason).fill('这个岗位不看这一点');
  await item.getByRole('button', { name: m.decisions.save }).click();
  await expect(item.getByText('这个岗位不看这一点').first()).toBeVisible();
  const resume = mentor.getByRole('region', { name: ui.report.resumeHeading });
  await selectWords(resume, '建立 RFM 模型');
  const form = mentor.getByRole('form', { name: m.comments.add });
  await form.getByLabel(m.comments.body).fill('分层之后带来了什么？');
  await form.getByRole('button', { name: m.comments.post }).click();
  await expect(resume.locator('mark[data-comments]', { hasText: '建立 RFM 模型' })).toBeVisible();
  const verdict = mentor.getByRole('region', { name: m.verdict.heading });
  await verdict.getByLabel(m.verdict.body).fill('可以投递了。');
  await verdict.getByLabel(fill(m.verdict.signOff, { version: 1 })).check();
  await verdict.getByRole('button', { name: m.verdict.submit }).click();
  await expect(verdict.getByText(m.verdict.signedOff, { exact: true })).toBeVisible();
  await shot(mentor, 'journeys-mentor-workspace');

  // The candidate's report follows (polled): higher score, the fix gone from the top fixes and the
  // counts, the finding struck through with the reason; the comment sits on its words.
  await expect.poll(() => overall(candidate), { timeout: 20_000 }).toBeGreaterThan(scoreBefore);
  await expect(topFixes.getByRole('button').filter({ hasText: firstFix }).filter({ hasText: firstFixLine })).toHaveCount(0);
  await expect(counts).toHaveText(new RegExp(`/ ${totalBefore - 1} 条意见$`));
  const dismissed = candidate.getByRole('complementary').getByRole('group').filter({ hasText: fill(ui.mentorWork.dismissedCount, { count: 1 }) });
  await dismissed.getByText(fill(ui.mentorWork.dismissedCount, { count: 1 })).click();
  await expect(dismissed.getByText(fill(ui.mentorWork.dismissedBy, { name: '王老师', reason: '这个岗位不看这一点' }))).toBeVisible();
  const commented = candidate.getByRole('region', { name: ui.report.resumeHeading }).locator('mark[data-comments]', { hasText: 'RFM' });
  await commented.first().click();
  await expect(candidate.getByRole('article', { name: `${ui.mentorWork.comment}: 王老师` })).toContainText('分层之后带来了什么？');
  await expect(candidate.getByText(fill(ui.mentorWork.signedOffHere, { name: '王老师' }))).toBeVisible();
  // The dismissed finding opens where it is, struck through, with the mentor's reason on its card.
  await dismissed.getByRole('button', { name: firstFix }).click();
  const card = candidate.getByRole('region', { name: firstFixLine });
  await expect(card.getByRole('article').filter({ hasText: firstFix }).getByText(fill(ui.mentorWork.dismissedBy, { name: '王老师', reason: '这个岗位不看这一点' }))).toBeVisible();
  await shot(candidate, 'journeys-candidate-after-mentor');

  // The export follows the page: the same score, the dismissed finding struck through.
  const markdown = await (await candidate.request.get(`${reportUrl.replace('/r/', '/api/reviews/')}/export?format=md&lang=zh&tz=Asia/Shanghai`)).text();
  expect(markdown).toContain(`${await overall(candidate)} / 100`);
  expect(markdown).toMatch(/~~.+~~/);
  expect(markdown).toMatch(/GMT\+8/);

  // A revision: the summary is at the top, the sign-off stays with version 1, version 1 reopens.
  const revised = resumeText.replace('负责社区日常内容运营，每天发布话题和活动公告，维护用户群秩序', '搭建社区内容日历与话题机制，半年内日均互动量从 2000 提升到 6500，增长 225%');
  const revise = candidate.getByRole('region', { name: m.revise.heading });
  await revise.getByLabel(m.revise.text).fill(revised);
  await revise.getByRole('button', { name: m.revise.submit }).click();
  const summary = candidate.getByRole('region', { name: fill(ui.revision.summary, { from: 1, to: 2 }) });
  await expect(summary).toBeVisible({ timeout: 45_000 });
  await expect(summary.getByText(/^改好了 [1-9]\d* 条$/)).toBeVisible();
  const summaryBox = (await summary.boundingBox())!;
  const resumeBox = (await candidate.getByRole('region', { name: ui.report.resumeHeading }).boundingBox())!;
  expect(summaryBox.y).toBeLessThan(resumeBox.y);
  await expect(candidate.getByText(fill(ui.mentorWork.signedOffEarlier, { name: '王老师', version: 1 }))).toBeVisible();
  await shot(candidate, 'journeys-candidate-revision');

  await candidate.getByRole('button', { name: ui.revision.compare }).click();
  await expect(candidate.getByRole('region', { name: fill(ui.revision.before, { version: 1 }), exact: true })).toContainText('每天发布话题和活动公告');
  await expect(candidate.getByRole('region', { name: fill(ui.revision.after, { version: 2 }), exact: true })).toContainText('增长 225%');

  await candidate.getByRole('navigation', { name: ui.revision.versionsLabel }).getByRole('link', { name: /^第 1 版/ }).click();
  await expect(candidate).toHaveURL(/\?v=1$/);
  await expect(candidate.getByText(fill(ui.revision.viewing, { version: 1 }))).toBeVisible();
  await expect(candidate.getByRole('region', { name: ui.report.resumeHeading })).toContainText('每天发布话题和活动公告');
  await expect(candidate.getByText(fill(ui.mentorWork.signedOffHere, { name: '王老师' }))).toBeVisible();

  // My reviews on this device lists it, with its score and two versions.
  await candidate.goto('/');
  const mine = candidate.getByRole('region', { name: ui.myReviews.heading });
  await expect(mine.getByRole('listitem').first()).toContainText(fill(ui.myReviews.versions, { count: 2 }));
  await expect(mine.getByRole('link').first()).toHaveAttribute('href', new URL(reportUrl).pathname);

  // At phone size the report reads top to bottom.
  const phone = await newPage(browser, { width: 390, height: 844 });
  await phone.goto(reportUrl);
  await expect(phone.getByRole('region', { name: fill(ui.revision.summary, { from: 1, to: 2 }) })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(phone, 'journeys-phone-report');
  await phone.goto(mentorUrl);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(phone, 'journeys-phone-mentor');
});
