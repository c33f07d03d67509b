/**
 * Quantities in a resume line, understood rather than counted as digits: a percentage, a multiple,
 * a change from one value to another, money, a ranking and plain counts are told apart from the
 * numbers that are never results (dates, phone numbers, versions, issue references). A number is
 * read in its context: 1900–2099 is a year only where a date stands ("2019年", "2019.03", "2019 – 2021",
 * "in 2019 and"), and a count where a unit or a counted noun follows it ("2000 sign-ups", "1980人").
 * A template's slot ("[X]%", "{amount}", "$#", "XX%", "N%") is read as the number it stands for.
 */
import { execAll } from './regex.ts';

export type QuantityKind = 'ratio' | 'percent' | 'multiple' | 'change' | 'money' | 'rank' | 'count' | 'date' | 'phone' | 'version' | 'duration' | 'name';

export interface Quantity {
  kind: QuantityKind;
  start: number;
  end: number;
  text: string;
}

/** A template's number slot: "[X]", "{amount}", "[数字]", "XX", "N", "#" (a slot named for a thing, "[Project Name]", is not one). */
const SLOT_NAME = String.raw`[A-Za-z#]{1,3}|[\w\s]*?(?:number|num|amount|count|value|metric|percent(?:age)?|figure|sum)[\w\s]*?|数字|数量|金额|数值|比例|百分比|人数`;
const BRACKET_SLOT = String.raw`\[\s*(?:${SLOT_NAME})\s*\]|\{\s*(?:${SLOT_NAME})\s*\}`;
const SLOT = String.raw`${BRACKET_SLOT}|(?<![A-Za-z\d])(?:X{1,3}|x{2,3}|N)(?![A-Za-z\d])|#{1,3}`;
const ANY_NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/** A number that is not a bare year (years are never one end of a change), or a template's slot. */
const NUM = String.raw`(?!${YEAR}(?![\d,.]))(?:${ANY_NUM}|${SLOT})`;
const ZH_NUM = String.raw`[一二两三四五六七八九十百千万亿]+|${NUM}`;
const EN_SCALE = String.raw`(?:\s?(?:k|K|M|B|bn|mm)(?![\p{L}\d])|\s(?:thousand|million|billion|hundred)(?![\p{L}]))`;
const ZH_SCALE = String.raw`(?:\s?(?:万|亿|千|百|w|W|k|K)(?![A-Za-z]))`;
/** Units of a measurement (latency, size, throughput): "50ms", "2GB", "3万QPS". */
const MEASURE_UNIT = String.raw`\s?(?:ms|s|毫秒|秒|KB|MB|GB|TB|PB|qps|QPS|tps|TPS|rps|RPS|fps|FPS)(?![A-Za-z])`;
const TIME_UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|ms|s)`;
const EN_VALUE = String.raw`(?:[$€£¥]\s?(?:${NUM})${EN_SCALE}?\+?|(?:${NUM})${EN_SCALE}?\+?(?:\s?%|\s${TIME_UNIT}(?![\p{L}]))?|${TIME_UNIT})`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE_END = String.raw`(?:${YEAR}(?:\s*[年./-]\s*(?:0?[1-9]|1[0-2])月?)?|至今|今|present|now|current)`;
/** The second end of a date range: "– 2021", "至今", "to present", "- Jun 2023". */
const RANGE = String.raw`\s*(?:[-–—~至到]|to)\s*(?:${MONTH}\s+)?${DATE_END}`;

/** Numbers that are never results: found first so nothing else claims their digits. */
const NOT_RESULTS: [QuantityKind, RegExp][] = [
  ['phone', /(?<![\d.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?\d{3,4}[\s-]\d{3,4}(?:[\s-]\d{3,4})?(?![\d.])|(?<!\d)1[3-9]\d{9}(?!\d)/g],
  ['version', /(?<![\p{L}\d])v?\d+\.\d+\.\d+(?:\.\d+)?|(?<![\p{L}])v\d+(?:\.\d+)?(?!\d)|#\d{2,}|(?<=[A-Za-z])\d+(?:\.\d+)?/gu],
  // Dates a reader sees as dates: a year with its month or 年, a range of years, a month name before a year.
  ['date', new RegExp(String.raw`(?:\b${MONTH}\s+(?:\d{1,2},?\s+)?${YEAR}|(?<![\d.,/])(?:0?[1-9]|1[0-2])\s?[/.]\s?${YEAR}|(?<![\d.,])${YEAR}(?:\s*[年./-]\s*(?:0?[1-9]|1[0-2])(?!\d)月?|\s*(?:年|届|级))|(?<![\d.,])${YEAR}(?=${RANGE}))(?:${RANGE})?(?![\d%])|(?<!\d)(?:0?[1-9]|1[0-2])\s*月(?:份)?|\d{1,2}\s*(?:日|号)(?!\w)|(?:Q[1-4]|H[12])(?!\w)`, 'giu')],
  // Shopping festivals are names, not counts: "618 大促", "双11".
  ['name', /(?<![\d.])618(?![\d.])|双\s?1[12]|双十[一二]/gu],
  ['duration', /(?<![\d.])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s?(?:个多?月|个?星期|周|天|日|年|小时|分钟|秒)(?:内|里|间|后)?|(?<![\p{L}\d.])(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?)(?![\p{L}])/giu],
];

/** "从0到1", "from 0 to 1": a build from nothing, not a measured change. */
const ZERO_TO_ONE = /(?:从|由)\s?[0零]\s?(?:到|至)\s?[1一](?![\d.万千百%％])|\bfrom\s+(?:0|zero)\s+to\s+(?:1|one)\b(?!\s*(?:[\d.%]|k\b|million))/giu;

/** A return stated as a ratio: "ROI 1:5.2", "投产比达到 1：3". */
const RATIO = /(?:ROI|ROAS|投产比|投入产出比)\s*(?:达到?|为|of|was|reached)?\s*[:：]?\s*\d+(?:\.\d+)?\s?[:：]\s?\d+(?:\.\d+)?/giu;

/** A change written with an arrow: "800ms → 200ms", "3.2% -> 5.1%". */
const ARROW_CHANGE = String.raw`(?:${NUM})(?:${EN_SCALE}|${ZH_SCALE}|${MEASURE_UNIT})?\s?[%％]?\s*(?:→|->|=>|⟶|➝)\s*(?:${NUM})(?:${EN_SCALE}|${ZH_SCALE}|${MEASURE_UNIT})?\s?[%％]?`;

/** What stands between the two ends of a Chinese change: "到", "至", "变为", "提升为". */
const ZH_TO = String.raw`(?:到|至|(?:变|变成|成|增|升|降|提升|提高|增长|下降)为)`;
/** A place in an order: "第3名", "当月第一", "区域第一", "Top 1". A "第一" is a rank only where it ends the phrase. */
const ZH_RANK_SCOPE = String.raw`(?:全国|全省|全市|全区|全校|全公司|全集团|全部门|行业|区域|大区|团队|部门|品类|类目|同期|平台|全网|当月|本月|当季|本季|月度|季度|年度|全年|组内|区内)`;
const ZH_RANK = String.raw`${ZH_RANK_SCOPE}?(?:第\s?[一二三四五六七八九十\d]+\s?名|排名(?:第|前)?\s?[一二三四五六七八九十\d]+|前\s?[一二三四五六七八九十\d]+\s?(?:名|强)|第\s?[一二三1-3](?=\s*(?:$|[，。；,;！!、）)]|的))|(?:TOP|Top|top)\s?\d+|(?:成为|是|为)[^，。；,;]{0,24}最(?:多|高|大|快|受欢迎|活跃))`;

const RESULTS: Record<'zh' | 'en', [QuantityKind, RegExp][]> = {
  en: [
    ['change', new RegExp(String.raw`${ARROW_CHANGE}|\bfrom\s+(?:about\s+|around\s+|roughly\s+|under\s+|over\s+|just\s+)?${EN_VALUE}\s+(?:to|into|down\s+to|up\s+to)\s+(?:about\s+|around\s+|roughly\s+|under\s+|over\s+|just\s+|only\s+)?${EN_VALUE}`, 'giu')],
    ['rank', /\b(?:ranked|ranking|placed|finished|rated)\s+(?:as\s+)?(?:the\s+)?(?:#\s?\d+|no\.\s?\d+|first|second|third|top\s+\d+|\d+(?:st|nd|rd|th))|\btop\s+\d+\s?%|\b(?:among|into|within|made|reached|entered|in)\s+the\s+top\s+\d+\b|\btop[\s-]?\d+(?=\s+(?:in|on|of|among|across|within)\b|\s*(?:[,.;)]|$))|\bnumber\s+one\b|\bno\.\s?1\b|#1\b/giu],
    ['ratio', RATIO],
    ['percent', new RegExp(String.raw`(?:${NUM})\s?(?:%|percent(?:age points?)?|pp\b|bps\b)`, 'giu')],
    ['multiple', new RegExp(String.raw`(?<![\p{L}\d])(?:${ANY_NUM})\s?(?:x|X|×)(?![\p{L}\d])|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[-\s]?fold\b|\b(?:doubled|tripled|quadrupled|doubling|tripling|halved|halving)\b|\b(?:by|in)\s+half\b`, 'giu')],
    ['money', new RegExp(String.raw`[$€£¥]\s?(?:${NUM})${EN_SCALE}?\+?|(?<![\p{L}\d])(?:${NUM})${EN_SCALE}?\s?(?:dollars|USD|RMB|CNY|yuan|euros?|EUR|GBP)\b`, 'giu')],
  ],
  zh: [
    ['change', new RegExp(String.raw`${ARROW_CHANGE}|(?:从|由)[^，。；,;：:]{0,16}?(?:${ZH_NUM})[^，。；,;：:]{0,16}?${ZH_TO}[^，。；,;：:]{0,8}?(?:${ZH_NUM})${ZH_SCALE}?\s?[%％]?|(?:${ZH_NUM})${ZH_SCALE}?[^，。；,;：:\d]{0,6}?(?:提升|增长|增加|降低|减少|缩短|下降|上升|提高|扩大|压缩|降|升|涨)(?:了)?(?:到|至)\s*(?:${ZH_NUM})${ZH_SCALE}?\s?[%％]?`, 'gu')],
    ['rank', new RegExp(ZH_RANK, 'gu')],
    ['ratio', RATIO],
    ['percent', new RegExp(String.raw`(?:${NUM})\s?[%％]|百分之[\d一二三四五六七八九十百]+|(?:${ZH_NUM})\s?个?百分点|(?:${NUM})\s?(?:pp|PP)(?![A-Za-z])`, 'gu')],
    ['multiple', new RegExp(String.raw`(?:${ZH_NUM})\s?倍|翻(?:了)?(?:[一两三四\d])?番|翻倍|(?<![A-Za-z\d])(?:${ANY_NUM})\s?(?:x|X|×)(?![A-Za-z\d])`, 'gu')],
    ['money', new RegExp(String.raw`(?:¥|￥|RMB|CNY|\$)\s?(?:${NUM})${ZH_SCALE}?\+?|(?:${ZH_NUM})${ZH_SCALE}?\s?(?:元|块钱|美元|美金)`, 'gu')],
  ],
};

/** A fraction is one quantity ("45/50", "24/7"): a finding marks all of it, never one of its digits. */
const FRACTION = String.raw`(?<![\d./])\d{1,5}(?:\.\d+)?\s?[/／]\s?\d{1,5}(?:\.\d+)?(?![\d./%])`;
/** A count, with its threshold marks: "2k+", "10w+", "200余", "2000以上", and a bracketed slot. */
const COUNT: Record<'zh' | 'en', RegExp> = {
  en: new RegExp(String.raw`${FRACTION}|(?<![\p{L}\d.,])(?:${ANY_NUM})(?:${EN_SCALE}|${MEASURE_UNIT})?\+?(?![\p{L}\d])|${BRACKET_SLOT}|\b(?:thousands|millions|hundreds|tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens)(?=\s+of\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:\s+(?:thousand|million|billion|hundred))?\b`, 'giu'),
  zh: new RegExp(String.raw`${FRACTION}|(?<=[破过超逾近达上])[十百千万亿]{1,3}|(?<![A-Za-z\d.,])(?:${ANY_NUM})${ZH_SCALE}?(?:${MEASURE_UNIT})?(?:\+|余|多|以上)?(?![A-Za-z\d])|${BRACKET_SLOT}|[一二两三四五六七八九十百千万亿]+(?=\s?(?:个|位|家|人|名|篇|场|条|款|万|亿|余|多|次|期|支|所|座|家))`, 'gu'),
};

/** What after a bare 1900–2099 makes it a count: a unit, a threshold mark, or (en) a counted plural noun. */
const COUNTED_AFTER = {
  zh: /^\s*(?:[+＋%％]|以上|余|多|[个位名人家万千元条篇次单户场份款项])/u,
  en: /^(?:\s*(?:[+%]|k\b)|\s+(?:[a-z]+\s+)?(?:people|staff|children|[a-z][a-z-]*[^su'\s]s)\b)/u,
};
/** Words ending in s that are not plural nouns. */
const NOT_PLURAL = /^\s+(?:[a-z]+\s+)?(?:was|has|is|its|this|does|across|always|towards|afterwards|whereas|perhaps|besides|sometimes|as|us|thus|plus|yes)\b/u;
/** What before a bare 1900–2099 makes it a count: "over 2000", "reached 2000", "超2000", "突破2000". */
const COUNTED_BEFORE = {
  zh: /(?:超过?|逾|达到?|突破|破|近|约|共|累计|新增|在|为)\s*$/u,
  en: /\b(?:over|more\s+than|nearly|almost|about|around|approximately|roughly|some|up\s+to|total\s+of|reached|reaching|exceeded|exceeding|surpassed|surpassing)\s+$/iu,
};

/** Bare years the date pattern left: a count where a unit or counted noun follows or a threshold word precedes, else a year. */
function bareYears(text: string, lang: 'zh' | 'en', taken: Quantity[]): void {
  for (const m of execAll(/(?<![\d.,$€£¥])(?:19|20)\d{2}(?![\d.,])/gu, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const after = text.slice(end);
    const counted =
      (COUNTED_AFTER[lang].test(after) && !NOT_PLURAL.test(after)) || COUNTED_BEFORE[lang].test(text.slice(Math.max(0, start - 16), start));
    if (!counted) taken.push({ kind: 'date', start, end, text: m[0] });
  }
}

function overlaps(taken: Quantity[], start: number, end: number): boolean {
  return taken.some((q) => start < q.end && q.start < end);
}

function collect(text: string, kind: QuantityKind, pattern: RegExp, taken: Quantity[]): void {
  for (const m of execAll(pattern, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim() === '' || overlaps(taken, start, end)) continue;
    taken.push({ kind, start, end, text: m[0] });
  }
}

/** Every quantity in the line, in reading order. */
export function findQuantities(text: string, lang: 'zh' | 'en'): Quantity[] {
  const taken: Quantity[] = [];
  const [change, ...others] = RESULTS[lang];
  collect(text, 'name', ZERO_TO_ONE, taken);
  // A change ("from 5 days to 2", "从 12 万提升到 20 万") may be made of durations, so it is read first.
  collect(text, change![0], change![1], taken);
  for (const [kind, pattern] of NOT_RESULTS) collect(text, kind, pattern, taken);
  bareYears(text, lang, taken);
  for (const [kind, pattern] of others) collect(text, kind, pattern, taken);
  collect(text, 'count', COUNT[lang], taken);
  return taken.sort((a, b) => a.start - b.start);
}

/** Kinds that show a measured result on their own, wherever they stand. */
export const SELF_EVIDENT: ReadonlySet<QuantityKind> = new Set(['ratio', 'percent', 'multiple', 'change', 'rank']);
