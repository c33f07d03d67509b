import { describe, expect, it } from 'vitest';
import { detectLanguage, letterStream, normalise, normaliseLine, segmentSentences, segmentWords, stemEnglish } from './index.ts';

describe('normalise', () => {
  it('turns NUL, other C0 and C1 controls and DEL into a space, keeping tabs and line breaks as before', () => {
    expect(normaliseLine('Ma\u0000nager\u0003of\u001Fgrowth\u007F\u0080\u009F运营')).toBe('Ma nager of growth 运营');
    expect(normaliseLine('a\rb\nc')).toBe('a b c');
    expect(normalise('Jo\u0000 Smith\r\n\tLead\u0085Ops\u000Cend')).toBe('Jo Smith\n  Lead\nOps\nend');
    expect(normalise('\u0001\u0002\u0008')).toBe('');
  });
  it('applies NFKC to ligatures, Kangxi radicals and full-width letters and digits', () => {
    expect(normalise('ﬁxed classiﬁcation')).toBe('fixed classification');
    expect(normalise('上海交通⼤学')).toBe('上海交通大学');
    expect(normalise('ＫＰＩ完成率１２８%')).toBe('KPI完成率128%');
  });
  it('keeps Chinese full-width punctuation', () => {
    expect(normalise('负责运营，提升留存；（主导）：好！')).toBe('负责运营，提升留存；（主导）：好！');
  });
  it('reads CJK radicals that PDF producers write for ordinary characters', () => {
    expect(normalise('⽤⼾运营 ⻘柠 活动⻚ ⻓期')).toBe('用户运营 青柠 活动页 长期');
  });
  it('removes soft hyphens, maps U+2010 to "-" and closes up the tab after every word', () => {
    expect(normalise('on\u00AD\u2010campus\tactivities\t for\tkids')).toBe('on-campus activities for kids');
    expect(normalise('cross\u00ADcluster')).toBe('crosscluster');
  });
  it('removes private-use icon glyphs and zero-width characters', () => {
    expect(normalise('\uF0E0 john@example.com \uF095\u200B 555')).toBe(' john@example.com 555');
  });
  it('keeps leading indentation and line breaks, drops trailing spaces', () => {
    expect(normalise('A  \r\n\t- b\u3000c\r')).toBe('A\n  - b c\n');
    expect(normaliseLine('   x  y ')).toBe('   x y');
  });
});

describe('letterStream', () => {
  it('compares texts as FORMAT.md defines', () => {
    expect(letterStream('Cross‑cluster  Team')).toBe(letterStream('crosscluster team'));
    expect(letterStream('提供 Web 界面')).toBe(letterStream('提供Web界面'));
    expect(letterStream('“Don’t” – stop')).toBe('dontstop');
    expect(letterStream('Grew 30%')).not.toBe(letterStream('Grew %'));
  });
});

describe('detectLanguage', () => {
  it('tells Chinese, English and mixed text apart', () => {
    expect(detectLanguage('负责社区日常内容运营，维护用户群秩序')).toBe('zh');
    expect(detectLanguage('负责 App 和 KOL 运营，月活提升 30%')).toBe('zh');
    expect(detectLanguage('Led the redesign of the ambassador program')).toBe('en');
    expect(detectLanguage('Community Manager 社区运营经理 with global partners and creators')).toBe('mixed');
    expect(detectLanguage('2019.03 - 2021.06')).toBe('en');
  });
});

describe('segmentWords', () => {
  it('splits Chinese into dictionary words with offsets into the text', () => {
    const text = '负责用户增长';
    const words = segmentWords(text, 'zh');
    expect(words.map((word) => word.text).join('')).toBe(text);
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
  it('splits English into words, leaving out spaces and punctuation', () => {
    const text = 'Led 3 teams, grew revenue.';
    const words = segmentWords(text, 'en');
    expect(words.map((word) => word.text)).toEqual(['Led', '3', 'teams', 'grew', 'revenue']);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
  it('detects the language when none is given', () => {
    expect(segmentWords('主导项目').map((word) => word.text).join('')).toBe('主导项目');
  });
  it('stems English words with the Porter stemmer', () => {
    expect(stemEnglish('Managed')).toBe(stemEnglish('managing'));
  });
  it('splits sentences with offsets', () => {
    const text = '负责运营。提升留存！ Led growth.';
    const sentences = segmentSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['负责运营。', '提升留存！', 'Led growth.']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
