export { normalise, normaliseLine, nfkc, letterStream } from './normalise.ts';
export { detectLanguage, hasHan } from './language.ts';
export { segmentWords, segmentSentences, stemEnglish, type Word } from './segment.ts';
export { foldTraditional, foldTraditionalCharacters, isTraditional } from './hant.ts';
