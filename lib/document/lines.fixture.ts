import type { Line } from './schema.ts';

/** Two lines on two pages for tests: the first with two pieces, the second with only its own box. */
export const twoPageLines: Line[] = [
  { span: { start: 0, end: 10 }, page: 1, language: 'en', box: { x: 10, y: 20, width: 100, height: 12 },
    pieces: [{ span: { start: 0, end: 4 }, box: { x: 10, y: 20, width: 40, height: 12 } }, { span: { start: 5, end: 10 }, box: { x: 60, y: 20, width: 50, height: 12 } }] },
  { span: { start: 11, end: 20 }, page: 2, language: 'en', box: { x: 10, y: 40, width: 90, height: 12 } },
];
