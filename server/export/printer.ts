import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../browser.ts';

/**
 * Prints HTML to PDF on one shared Chromium: at most `LIANGDIAN_PRINT_CONCURRENCY` pages at a
 * time (others wait their turn without blocking the event loop), closed after a short idle spell.
 */

const concurrency = Math.max(1, Number(process.env.LIANGDIAN_PRINT_CONCURRENCY ?? 2));
const idleMs = Number(process.env.LIANGDIAN_PRINT_IDLE_MS ?? 30_000);
/** Prints allowed to wait for a slot; past this, new ones are refused rather than queued without end. */
const maxWaiting = Math.max(0, Number(process.env.LIANGDIAN_PRINT_QUEUE ?? 32));

/** Thrown when too many prints are already waiting: the caller should ask the user to retry shortly. */
export class PrinterBusyError extends Error {
  readonly code = 'busy';
  readonly localized = {
    zh: '正在生成的 PDF 较多，请稍后几秒再试。',
    en: 'Many PDF exports are being made right now. Please try again in a few seconds.',
  };

  constructor() {
    super('too many PDF exports are waiting; try again shortly');
    this.name = 'PrinterBusyError';
  }
}

let browser: Promise<Browser> | null = null;
let active = 0;
const waiting: (() => void)[] = [];
let idleTimer: NodeJS.Timeout | null = null;

function launch(): Promise<Browser> {
  if (!browser) {
    const launching = chromium.launch(chromiumLaunchOptions);
    browser = launching;
    launching.then(
      (b) => b.on('disconnected', () => { if (browser === launching) browser = null; }),
      () => { if (browser === launching) browser = null; },
    );
  }
  return browser;
}

async function acquire(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (active < concurrency) {
    active++;
    return;
  }
  if (waiting.length >= maxWaiting) throw new PrinterBusyError();
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) return next(); // the slot passes straight to the next job
  active--;
  if (active === 0) {
    idleTimer = setTimeout(() => void closePrinter(), idleMs);
    idleTimer.unref();
  }
}

/** What the printer is doing: for health checks and tests. */
export function printerStatus(): { browserOpen: boolean; printing: number; waiting: number } {
  return { browserOpen: browser !== null, printing: active, waiting: waiting.length };
}

/** Closes the shared browser now (tests, shutdown); the next print launches a new one. */
export async function closePrinter(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close();
}

export interface PrintOptions {
  /** Chromium footer template repeated on every page. */
  footer?: string;
}

export async function printPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  await acquire();
  try {
    const context = await (await launch()).newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: options.footer !== undefined,
        headerTemplate: '<span></span>',
        footerTemplate: options.footer ?? '<span></span>',
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
}
