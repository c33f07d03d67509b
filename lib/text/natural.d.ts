// natural's porter stemmer submodule (importing 'natural' whole costs ~0.6 s).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
