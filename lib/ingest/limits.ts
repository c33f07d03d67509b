/** Largest file, longest time, most PDF pages and most characters of text a parse accepts. */
export interface Limits {
  maxBytes: number;
  timeoutMs: number;
  maxPages: number;
  /**
   * Longest resume text, however it arrives (a text file, pasted text, or what a PDF or DOCX holds):
   * a long resume has 10 000 characters, this is 20 times that.
   */
  maxTextChars: number;
}

/** The limits every parse applies unless told otherwise: 10 MB, 20 s, 50 pages, 200 000 characters. */
export const PARSE_LIMITS: Readonly<Limits> = { maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000, maxPages: 50, maxTextChars: 200_000 };
