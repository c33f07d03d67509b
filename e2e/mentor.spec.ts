import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MESSAGES } from '../lib/i18n/messages.ts';
import { MENTOR_MESSAGES } from '../lib/mentor/messages.ts';
import type { UiLanguage } from '../lib/report/schema.ts';
import { fixtureText } from '../server/fixtures.ts';
import { selectWords } from './selection.ts';

const SCREENS = 'artifacts/e2e';
mkdirSync(SCREENS, { recursive: true });

/** Per UI language: the resume, the words each comment is on, and the revision that removes one of them. */
const CASES: Record<UiLanguage, { locale: string; fixture: string; gone: string; kept: string; oldLine: string; newLine: string; alsoFixed: [string, string]; mentor: string; words: Record<string, string> }> = {
  zh: {
    locale: 'zh-CN',
    fixture: 'zh-ops',
    gone: '每天发布话题和活动公告',
    kept: '建立 RFM 模型',
    oldLine: '负责社区日常内容运营，每天发布话题和活动公告，维护用户群秩序',
    newLine: '搭建社区内容日历与话题机制，半年内日均互动量从 2000 提升到 6500，增长 225%',
    alsoFixed: ['负责会员日常维护，回复用户咨询，处理投诉工单', '优化会员咨询流程，投诉工单平均处理时长从 48 小时降到 12 小时'],
    mentor: '王老师',
    words: { gone: '只写了做什么，没写结果：发了多少、效果如何？', kept: 'RFM 分层之后带来了什么？', reason: '对这个岗位来说这条不是问题', reply: '好的，我补上数据。', verdict: '改得很好，可以投递了。' },
  },
  en: {
    locale: 'en-US',
    fixture: 'en-ops',
    gone: 'daily moderation of the forum',
    kept: 'Built a returns dashboard',
    oldLine: 'Responsible for daily moderation of the forum and Discord server',
    newLine: 'Grew forum and Discord engagement 40% by rebuilding moderation playbooks for 12 volunteer moderators',
    alsoFixed: ['Handled customer tickets and escalations', 'Cut ticket escalations by 30% by writing a self-serve help centre of 80 articles'],
    mentor: 'Ms Wang',
    words: { gone: 'What came of it? Numbers, please.', kept: 'Who used the dashboard?', reason: 'Fine for this role', reply: 'Thanks, I will add numbers.', verdict: 'Much stronger now. Ready to send.' },
  },
};

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

async function newPage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

for (const language of ['zh', 'en'] as const) {
  test(`mentor loop in ${language === 'zh' ? 'Chinese' : 'English'}: share, decide, comment, reply, resolve, revise, sign off, revoke, delete`, async ({ browser }) => {
    test.setTimeout(180_000);
    const c = CASES[language];
    const ui = MESSAGES[language];
    const m = MENTOR_MESSAGES[language];
    const resumeText = await fixtureText(c.fixture);
    expect(resumeText).toContain(c.oldLine);
    expect(resumeText).toContain(c.alsoFixed[0]);

    // The candidate uploads and opens the report.
    const candidate = await newPage(browser, c.locale);
    await candidate.goto('/');
    await candidate.getByLabel(ui.upload.pasteLabel).fill(resumeText);
    await candidate.getByRole('button', { name: ui.upload.submit }).click();
    await expect(candidate).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/, { timeout: 45_000 });
    const reportUrl = candidate.url();

    // … and creates a named mentor link.
    const share = candidate.getByRole('region', { name: m.share.heading });
    await share.getByLabel(m.share.name).fill(c.mentor);
    await share.getByRole('button', { name: m.share.create }).click();
    const linkBox = share.getByRole('textbox', { name: m.share.created });
    await expect(linkBox).toHaveValue(/\/m\/[A-Za-z0-9_-]{43}$/);
    const mentorUrl = await linkBox.inputValue();
    await expect(share.getByText(c.mentor, { exact: true })).toBeVisible();
    await shot(candidate, `mentor-${language}-1-share`);

    // The mentor opens the link: agrees, dismisses with a reason, changes a severity.
    const mentor = await newPage(browser, c.locale);
    await mentor.goto(mentorUrl);
    await expect(mentor.getByRole('heading', { name: m.mentorPage.title, level: 1 })).toBeVisible();
    // The mentor never learns the owner's link (which could delete the review).
    expect(await mentor.content()).not.toContain(reportUrl.split('/').pop()!);
    // Findings start collapsed: open the first three from the keyboard (Enter opens, ↓ moves to the next).
    const findingList = mentor.getByRole('region', { name: m.decisions.heading });
    await findingList.getByRole('button', { expanded: false }).first().focus();
    for (let i = 0; i < 3; i++) {
      await mentor.keyboard.press('Enter');
      if (i < 2) await mentor.keyboard.press('ArrowDown');
    }
    const findings = findingList.getByRole('listitem')
      .filter({ has: mentor.getByRole('button', { name: m.decisions.agree, exact: true }) });
    await expect(findings).toHaveCount(3);
    await findings.nth(0).getByRole('button', { name: m.decisions.agree, exact: true }).click();
    await expect(findings.nth(0).getByRole('button', { name: m.decisions.agree, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await findings.nth(1).getByRole('button', { name: m.decisions.dismiss, exact: true }).click();
    await findings.nth(1).getByLabel(m.decisions.reason).fill(c.words.reason!);
    await findings.nth(1).getByRole('button', { name: m.decisions.save }).click();
    await expect(findings.nth(1).getByText(c.words.reason!)).toBeVisible();
    await findings.nth(2).getByLabel(m.decisions.severity).selectOption('praise');
    await findings.nth(2).getByRole('button', { name: m.decisions.setSeverity }).click();
    await expect(findings.nth(2).getByRole('button', { name: m.decisions.setSeverity })).toHaveAttribute('aria-pressed', 'true');

    // … and comments on words they select in the resume.
    const resume = mentor.getByRole('region', { name: ui.report.resumeHeading });
    for (const key of ['gone', 'kept'] as const) {
      await selectWords(resume, c[key]);
      const form = mentor.getByRole('form', { name: m.comments.add });
      await expect(form.getByText(c[key])).toBeVisible();
      await form.getByLabel(m.comments.body).fill(c.words[key]!);
      await form.getByRole('button', { name: m.comments.post }).click();
      await expect(resume.locator('mark[data-comments]', { hasText: c[key] })).toBeVisible();
    }
    await shot(mentor, `mentor-${language}-2-mentor-decides-and-comments`);

    // The candidate sees it all on the report (polled, no reload), replies and resolves.
    const feedback = candidate.getByRole('region', { name: m.heading });
    await expect(feedback.getByText(c.words.reason!)).toBeVisible();
    await expect(feedback.getByText(c.words.gone!)).toBeVisible();
    const thread = feedback.getByRole('listitem').filter({ hasText: c.words.kept! }).filter({ has: candidate.getByRole('textbox', { name: m.comments.reply }) });
    await thread.getByRole('textbox', { name: m.comments.reply }).fill(c.words.reply!);
    await thread.getByRole('button', { name: m.comments.reply }).click();
    await expect(thread.getByText(c.words.reply!)).toBeVisible();
    await expect(thread.getByText(m.owner, { exact: true })).toBeVisible();
    await thread.getByRole('button', { name: m.comments.resolve }).click();
    await expect(thread.getByText(m.comments.resolvedBadge, { exact: true })).toBeVisible();
    await shot(candidate, `mentor-${language}-3-candidate-replies-resolves`);

    // The mentor sees the reply without reloading.
    await expect(mentor.getByRole('region', { name: m.comments.heading }).getByText(c.words.reply!)).toBeVisible();

    // The candidate uploads a revision: what improved, the score per version, comments followed or outdated.
    const revised = resumeText.replace(c.oldLine, c.newLine).replace(...c.alsoFixed);
    const revise = feedback.getByRole('region', { name: m.revise.heading });
    // One language pastes the revision, the other uploads it as a file.
    if (language === 'zh') await revise.getByLabel(m.revise.text).fill(revised);
    else await revise.getByLabel(m.revise.file).setInputFiles({ name: 'resume-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
    await feedback.getByRole('button', { name: m.revise.submit }).click();
    const changes = feedback.getByRole('region', { name: new RegExp(m.versions.heading) });
    await expect(changes.getByRole('heading', { name: m.versions.changesHeading.replace('{from}', '1').replace('{to}', '2') })).toBeVisible({ timeout: 45_000 });
    await expect(changes.getByText(new RegExp(m.versions.resolved.replace('{count}', '[1-9]\\d*')))).toBeVisible();
    await expect(changes.getByRole('img', { name: m.versions.chartLabel }).locator('circle')).toHaveCount(2);
    const outdated = feedback.getByRole('listitem').filter({ hasText: c.words.gone! });
    await expect(outdated.getByText(m.comments.outdated, { exact: true })).toBeVisible();
    await expect(outdated.getByText(c.gone)).toBeVisible();
    // The report above now shows version 2's text (its lines may be cut by highlights, so look for what left).
    await expect(candidate.getByRole('region', { name: ui.report.resumeHeading })).not.toContainText(c.gone);
    await shot(candidate, `mentor-${language}-4-candidate-revision`);

    // The mentor sees version 2: the kept comment still sits on its words, the other is outdated; then signs off.
    await mentor.reload();
    const resume2 = mentor.getByRole('region', { name: ui.report.resumeHeading });
    await expect(resume2.getByText(c.newLine)).toBeVisible();
    // The comment whose words remain still sits on them in version 2.
    await expect(resume2.locator('mark[data-comments]', { hasText: c.kept })).toBeVisible();
    const mentorThreads = mentor.getByRole('region', { name: m.comments.heading });
    await expect(mentorThreads.getByRole('listitem').filter({ hasText: c.words.gone! }).getByText(m.comments.outdated, { exact: true })).toBeVisible();
    const verdict = mentor.getByRole('region', { name: m.verdict.heading });
    await verdict.getByLabel(m.verdict.body).fill(c.words.verdict!);
    await verdict.getByLabel(m.verdict.signOff.replace('{version}', '2')).check();
    await verdict.getByRole('button', { name: m.verdict.submit }).click();
    await expect(verdict.getByText(m.verdict.signedOff, { exact: true })).toBeVisible();
    await shot(mentor, `mentor-${language}-5-mentor-signs-off`);

    await expect(feedback.getByText(c.words.verdict!)).toBeVisible();
    await expect(feedback.getByText(m.verdict.signedOff, { exact: true })).toBeVisible();
    await shot(candidate, `mentor-${language}-6-candidate-sees-sign-off`);

    // A mentor cannot delete the candidate's data: their token opens no owner route.
    const token = mentorUrl.split('/').pop()!;
    expect((await mentor.request.delete(`/api/reviews/${token}`)).status()).toBe(404);
    expect((await mentor.request.post(`/api/reviews/${token}/mentors`, { data: { name: 'Mallory' } })).status()).toBe(404);

    // Wrong and revoked links read nothing.
    const wrong = mentorUrl.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect((await mentor.goto(wrong))?.status()).toBe(404);
    await expect(mentor.getByText(c.words.gone!)).toHaveCount(0);
    expect((await mentor.request.get(wrong.replace('/m/', '/api/m/'))).status()).toBe(404);
    const stale = await newPage(browser, c.locale);
    await stale.goto(mentorUrl);
    const staleVerdict = stale.getByRole('region', { name: m.verdict.heading });
    await staleVerdict.getByLabel(m.verdict.body).fill(c.words.verdict!);
    await share.getByRole('button', { name: `${m.share.revoke} ${c.mentor}` }).click();
    await expect(share.getByText(m.share.revoked, { exact: true })).toBeVisible();
    // A page opened before the revoke is refused on its next change: it says why and keeps the words.
    await staleVerdict.getByRole('button', { name: m.verdict.submit }).click();
    await expect(stale.getByRole('alert').filter({ hasText: m.notFound })).toBeVisible();
    await expect(staleVerdict.getByLabel(m.verdict.body)).toHaveValue(c.words.verdict!);
    expect((await mentor.goto(mentorUrl))?.status()).toBe(404);
    await expect(mentor.getByRole('heading', { name: m.mentorPage.notFoundTitle })).toBeVisible();
    expect((await mentor.request.post(`${mentorUrl.replace('/m/', '/api/m/')}/comments`, { data: { body: 'x', parentId: 'y' } })).status()).toBe(404);

    // The candidate deletes the review: everything is gone.
    candidate.once('dialog', (dialog) => void dialog.accept());
    await feedback.getByRole('button', { name: m.danger.delete }).click();
    await expect(candidate).toHaveURL(/\/$/);
    expect((await candidate.goto(reportUrl))?.status()).toBe(404);
    expect((await candidate.request.get(`${reportUrl.replace('/r/', '/api/reviews/')}/mentors`)).status()).toBe(404);
  });
}
