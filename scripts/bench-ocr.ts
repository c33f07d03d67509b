// The OCR block of `npm run bench`: seconds per page to read our own resumes as pictures (a clean
// 200 dpi scan and a phone photo, Chinese and English) in the isolated parse pool, as an upload is
// read, with the pool's time and memory limits; the child's peak memory; and how long the parent's
// event loop was held meanwhile (it must keep answering other requests). Target: ≤ 5 s per page.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fixturePdf } from '../server/fixtures.ts';
import { defaultPoolOptions, ParsePool } from '../server/isolation/index.ts';
import { residentMb } from '../server/isolation/pool.ts';
import { photographed, renderPdfPages } from '../server/ocr/raster.ts';

export interface OcrBench {
  pages: Array<{ name: string; seconds: number[]; confidence: number | null; failures: string[] }>;
  medianSecondsPerPage: number;
  peakChildRssMb: number;
  parentEventLoopMaxMs: number;
}

export async function benchOcr(runs: number, median: (xs: number[]) => number): Promise<OcrBench> {
  const inputs: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const fixture of ['zh-ops', 'en-ops']) {
    const [page] = await renderPdfPages(await fixturePdf(fixture), 1654, [1]);
    inputs.push({ name: `${fixture} scan 200 dpi (PNG)`, bytes: page!.png }, { name: `${fixture} phone photo (JPEG)`, bytes: await photographed(page!.png) });
  }
  const pool = new ParsePool({ ...defaultPoolOptions(), size: 1 });
  let peak = 0;
  const sampler = setInterval(() => {
    for (const pid of pool.pids()) peak = Math.max(peak, residentMb(pid) ?? 0);
  }, 50);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  try {
    await pool.whenReady();
    // The first OCR of a child loads the recogniser and its models (about a second): not a page's time.
    await pool.parse({ bytes: inputs[0]!.bytes }).catch(() => undefined);
    loop.enable();
    const pages: OcrBench['pages'] = [];
    for (const input of inputs) {
      const seconds: number[] = [];
      const failures: string[] = [];
      let confidence: number | null = null;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        try {
          const document = await pool.parse({ bytes: input.bytes, fileName: input.name });
          seconds.push((performance.now() - started) / 1000);
          const value = document.diagnostics.find((diagnostic) => diagnostic.code === 'ocr')?.data.confidence;
          confidence = typeof value === 'number' ? value : null;
        } catch (error) {
          // Past the pool's limit (a loaded machine): counted, not timed.
          failures.push((error as Error).message);
        }
      }
      pages.push({ name: input.name, seconds, confidence, failures });
    }
    loop.disable();
    return { pages, medianSecondsPerPage: median(pages.flatMap((page) => page.seconds)), peakChildRssMb: peak, parentEventLoopMaxMs: loop.max / 1e6 };
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
}
