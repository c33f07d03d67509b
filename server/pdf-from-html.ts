import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './browser.ts';

/** Prints HTML to PDF with Debian's Chromium (A4, backgrounds on), as a reader would print it. */
export async function pdfFromHtml(html: string, options: { landscape?: boolean } = {}): Promise<Uint8Array> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, landscape: options.landscape ?? false, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
