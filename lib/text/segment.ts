import type { Language } from '../document/schema.ts';
import { detectLanguage } from './language.ts';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** A word with its offsets into the text it came from. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const enSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/**
 * Splits a text into words with offsets. Chinese uses Intl.Segmenter's dictionary; English uses
 * the same word boundaries (UAX #29), which keep "don't", "3.5" and "e-mail" parts as one word as
 * a reader would. Punctuation and spaces are left out.
 */
export function segmentWords(text: string, lang: Language = detectLanguage(text)): Word[] {
  const segmenter = lang === 'en' ? enSegmenter : zhSegmenter;
  const words: Word[] = [];
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) continue;
    words.push({ text: part.segment, start: part.index, end: part.index + part.segment.length });
  }
  return words;
}

/** Splits a text into sentences (Chinese and English punctuation) with offsets, trimmed. */
export function segmentSentences(text: string): Word[] {
  const sentences: Word[] = [];
  for (const part of sentenceSegmenter.segment(text)) {
    const lead = part.segment.length - part.segment.trimStart().length;
    const body = part.segment.trim();
    if (!body) continue;
    sentences.push({ text: body, start: part.index + lead, end: part.index + lead + body.length });
  }
  return sentences;
}

/** The Porter stem of an English word ("managed" → "manag"), for matching verb forms. */
export function stemEnglish(word: string): string {
  return PorterStemmer.stem(word.toLowerCase());
}
