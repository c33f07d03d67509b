import { afterAll, expect, it } from 'vitest';

// The limits are read when the module loads: one print at a time, one waiting, a short idle spell.
process.env.LIANGDIAN_PRINT_CONCURRENCY = '1';
process.env.LIANGDIAN_PRINT_QUEUE = '1';
process.env.LIANGDIAN_PRINT_IDLE_MS = '300';
const { PrinterBusyError, closePrinter, printPdf, printerStatus } = await import('./printer.ts');

afterAll(closePrinter);

const page = (n: number) => `<!doctype html><meta charset="utf-8"><body style="font-family:'Noto Sans CJK SC'">第 ${n} 页</body>`;

it('prints one at a time on one browser, refuses past its queue, and closes the browser when idle', async () => {
  const first = printPdf(page(1));
  const second = printPdf(page(2));
  const third = printPdf(page(3));
  await expect(third).rejects.toBeInstanceOf(PrinterBusyError);
  expect(printerStatus()).toMatchObject({ printing: 1, waiting: 1 });
  const [a, b] = await Promise.all([first, second]);
  expect(Buffer.from(a).subarray(0, 5).toString()).toBe('%PDF-');
  expect(Buffer.from(b).subarray(0, 5).toString()).toBe('%PDF-');
  expect(printerStatus()).toEqual({ browserOpen: true, printing: 0, waiting: 0 });
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(printerStatus().browserOpen).toBe(false);
  // and opens again for the next print
  expect((await printPdf(page(4))).length).toBeGreaterThan(0);
});
