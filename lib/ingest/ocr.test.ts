import { describe, expect, it } from 'vitest';
import { parseResume } from './index.ts';
import { layOutOcr, UNCERTAIN_BELOW, type Ocr, type OcrLine, type OcrPage, type OcrWord } from './ocr.ts';

/** A row of words set left to right at `top`, each `size` high, with the gaps given (in points). */
function row(top: number, size: number, words: Array<[text: string, width: number, gapAfter?: number, confidence?: number]>, left = 50): OcrLine {
  let x = left;
  const placed: OcrWord[] = words.map(([text, width, gap = size * 0.3, confidence = 95]) => {
    const word = { text, confidence, box: { x, y: top, width, height: size } };
    x += width + gap;
    return word;
  });
  return { words: placed, baseline: { x0: left, y0: top + size * 0.8, x1: x, y1: top + size * 0.8 }, height: size };
}

/** A bullet read as a small full stop: a dot a third of the row's height, on the baseline. */
function bulletRow(top: number, size: number, words: Parameters<typeof row>[2]): OcrLine {
  const line = row(top, size, [['。', size * 0.3, size * 0.6], ...words], 60);
  line.words[0]!.box = { ...line.words[0]!.box, y: top + size * 0.4, height: size * 0.3 };
  return line;
}

function page(lines: OcrLine[]): OcrPage {
  return { number: 1, width: 595.28, height: 841.89, lines };
}

// Our own words (en-ops fixture), set out as a recogniser returns them.
const RESUME: OcrPage = page([
  row(40, 20, [['Jordan', 70], ['Lee', 40]]),
  row(70, 10, [['Community', 60], ['Manager', 50], ['|', 3], ['jordan.lee@example.com', 140]]),
  row(100, 12, [['EXPERIENCE', 90]]),
  row(120, 10, [['Community', 60], ['Manager', 50], ['|', 3], ['Brightloop', 60], ['Inc.', 20, 200], ['Jun', 20], ['2020', 28], ['-', 6], ['Present', 45]]),
  bulletRow(136, 10, [['Cut', 20], ['median', 40], ['first-response', 80], ['time', 25], ['by', 14], ['45%', 24, 3, 40], ['by', 14], ['introducing', 60], ['a', 6], ['triage', 34], ['rota', 24]]),
  bulletRow(152, 10, [['Managed', 50], ['weekly', 40, 1.5], ['community', 60], ['newsletter', 60, 3, 50]]),
  row(180, 12, [['工作', 24, 4], ['经历', 24]]),
  row(200, 10, [['负责', 20, 3], ['社区', 20, 2], ['日常', 20, 4], ['内容', 20, 3], ['运营', 20]]),
]);

describe('OCR words laid out as lines', () => {
  it('reads rows as lines with boxes, bullets as list items, Chinese without spaces, Latin words apart', () => {
    const layout = layOutOcr([RESUME]);
    const texts = layout.lines.map((line) => line.text);
    expect(texts).toContain('Jordan Lee');
    expect(texts).toContain('• Cut median first-response time by 45% by introducing a triage rota');
    // Words the recogniser told apart keep their space even when set tight.
    expect(texts).toContain('• Managed weekly community newsletter');
    expect(texts).toContain('负责社区日常内容运营');
    expect(texts).toContain('工作经历');
    // The date set apart at the right becomes an aside of the heading, as in a PDF.
    expect(texts).toContain('Jun 2020 - Present');
    const bullet = layout.lines.find((line) => line.text.startsWith('• Cut'))!;
    expect(bullet.listItem).toBe(true);
    expect(bullet.box!.y).toBeGreaterThan(130);
    expect(bullet.fontSize).toBeCloseTo(10);
    expect(layout.meanConfidence).toBeGreaterThan(85);
  });

  it('turns the document into sections and marks the doubtful words, numbers apart', async () => {
    const ocr: Ocr = async () => [RESUME];
    const document = await parseResume({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), fileName: 'photo.png' }, { ocr });
    expect(document.source.type).toBe('image');
    expect(document.pages).toEqual([{ number: 1, width: 595.28, height: 841.89 }]);
    expect(document.sections.map((section) => section.kind)).toEqual(expect.arrayContaining(['experience']));
    const experience = document.sections.find((section) => section.kind === 'experience' && section.entries.length)!;
    expect(experience.entries[0]!.bullets.map((bullet) => bullet.text)).toContain('Cut median first-response time by 45% by introducing a triage rota');
    const ocrNote = document.diagnostics.find((diagnostic) => diagnostic.code === 'ocr')!;
    expect(ocrNote.data.confidence).toBeGreaterThan(85);
    const doubtful = document.diagnostics.find((diagnostic) => diagnostic.code === 'ocr-uncertain')!;
    expect(doubtful.spans.map((span) => document.text.slice(span.start, span.end))).toEqual(['45%', 'newsletter']);
    const numbers = document.diagnostics.find((diagnostic) => diagnostic.code === 'ocr-uncertain-numbers')!;
    expect(numbers.spans.map((span) => document.text.slice(span.start, span.end))).toEqual(['45%']);
    // Every line has its box on the page, so findings land on the image.
    expect(document.lines.every((line) => line.box && line.box.x >= 0 && line.box.y + line.box.height <= 841.89)).toBe(true);
  });

  it('reads the rows of a photo taken at a slant as whole lines', () => {
    // Turned 2° about the page's centre, as a hand-held photo is: a row's end sits 10 points lower than its start.
    const turn = Math.tan((2 * Math.PI) / 180);
    const slanted: OcrPage = {
      ...RESUME,
      lines: RESUME.lines.map((line) => ({
        ...line,
        words: line.words.map((word) => ({ ...word, box: { ...word.box, y: word.box.y + (word.box.x - 297) * turn } })),
        baseline: { ...line.baseline, y0: line.baseline.y0 + (line.baseline.x0 - 297) * turn, y1: line.baseline.y1 + (line.baseline.x1 - 297) * turn },
      })),
    };
    const texts = layOutOcr([slanted]).lines.map((line) => line.text);
    expect(texts).toContain('• Cut median first-response time by 45% by introducing a triage rota');
    expect(texts).toContain('负责社区日常内容运营');
  });

  it('refuses a page read as noise instead of passing it on', async () => {
    const noise = page([row(100, 10, [['~', 10, 3, 20], ['Il', 10, 3, 35], ['rn', 10, 3, UNCERTAIN_BELOW - 1], ['.', 5]])]);
    const failure = await parseResume({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]) }, { ocr: async () => [noise] }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'empty', localized: { zh: expect.stringContaining('看不清'), en: expect.stringContaining('cannot be read') } });
  });

  it('refuses images when no recogniser is given, in both languages', async () => {
    const failure = await parseResume({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]) }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'unsupported-type', localized: { zh: expect.stringContaining('OCR'), en: expect.stringContaining('OCR') } });
  });
});
