// `npx tsx server/export/bench.ts`: size and time of every export of a two-page Chinese and English
// review with mentor feedback, masked and with personal details; the browser is warmed first.
import { ExportFormat } from '../../lib/export/schema.ts';
import { exportReview } from './index.ts';
import { closePrinter } from './printer.ts';
import { sampleReviewOfPdf } from './test-support.ts';

const runs = Number(process.argv[2] ?? 3);
const rows: string[] = ['lang  personal  format          pages  bytes      median ms'];
for (const lang of ['zh', 'en'] as const) {
  const { original, report, mentor } = await sampleReviewOfPdf(lang);
  for (const includePersonal of [false, true]) {
    for (const format of ExportFormat.options) {
      const times: number[] = [];
      let size = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const { bytes } = await exportReview(report, mentor, format, { includePersonal, original });
        times.push(performance.now() - started);
        size = bytes.byteLength;
      }
      const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      rows.push(`${lang.padEnd(6)}${String(includePersonal).padEnd(10)}${format.padEnd(16)}${String(report.document.pages.length).padEnd(7)}${String(size).padEnd(11)}${Math.round(median)}`);
    }
  }
}
await closePrinter();
process.stdout.write(`${rows.join('\n')}\n`);
