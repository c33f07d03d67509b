import { expect, test } from '@playwright/test';
import { fixturePdf } from '../server/fixtures.ts';
import { photographed, renderPdfPages } from '../server/ocr/raster.ts';

/** A phone photo of our Chinese resume: the zh-ops page drawn at 200 dpi, tilted, unevenly lit and noisy. */
async function photoOfChineseResume(): Promise<Buffer> {
  const [page] = await renderPdfPages(await fixturePdf('zh-ops'), 1654, [1]);
  return Buffer.from(await photographed(page!.png, { degrees: 1.2, seed: 3 }));
}

test('a photo of a Chinese resume is read by OCR and its findings are highlighted on the image', async ({ page }) => {
  // OCR takes seconds, and a loaded test machine makes them more.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByLabel('简历文件').setInputFiles({ name: 'zh-ops-photo.jpg', mimeType: 'image/jpeg', buffer: await photoOfChineseResume() });
  await page.getByRole('button', { name: '开始点评' }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/, { timeout: 150_000 });
  await expect(page.getByRole('heading', { name: '点评报告', level: 1 })).toBeVisible();

  // The report says the text was read by OCR, with its confidence.
  await expect(page.getByText(/文字识别（OCR）读出，平均置信度 \d+%/)).toBeVisible();

  // The photo itself is the page, upright, with the findings drawn over its words.
  await page.getByRole('group', { name: '显示方式' }).getByRole('button', { name: '页面' }).click();
  const image = page.getByRole('img', { name: '简历第 1 页的页面图像' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const marks = page.getByRole('figure').getByRole('button', { name: /^(问题|注意|建议|亮点)：/ });
  expect(await marks.count()).toBeGreaterThan(3);
  // Every highlight sits on the image, inside its bounds.
  const imageBox = (await image.boundingBox())!;
  for (const markBox of await Promise.all((await marks.all()).slice(0, 5).map((mark) => mark.boundingBox()))) {
    expect(markBox!.x).toBeGreaterThanOrEqual(imageBox.x - 1);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(imageBox.y + imageBox.height + 1);
  }
  await marks.first().click();
  await expect(page.getByRole('region', { name: /^第 1 页/ })).toBeVisible();
});
