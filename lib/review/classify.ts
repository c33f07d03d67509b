import { phrases } from '../../rules/data/index.ts';
import { foldTraditional, normaliseLine } from '../text/index.ts';
import type { PhraseHit } from './phrases.ts';
import { findQuantities, SELF_EVIDENT, type Quantity } from './quantity.ts';
import { execAll } from './regex.ts';

export type BulletLanguage = 'zh' | 'en';
export type BulletLabel = 'achievement' | 'duty';
export type Ownership = 'lead' | 'participant' | 'unknown';

/** Why a line counts as an achievement: the words that show the result, and which concept they are. */
export interface Evidence {
  kind: 'measured' | 'uptake' | 'value' | 'recognition' | 'kpi';
  start: number;
  end: number;
  text: string;
}

export interface BulletAnalysis {
  label: BulletLabel;
  ownership: Ownership;
  evidence: Evidence[];
  /** The words that decided the ownership, when it is not unknown. */
  ownershipSpan: { start: number; end: number } | null;
  quantities: Quantity[];
}

/** How far back (in characters) a result verb or uptake verb may stand from the quantity it governs. */
const REACH = { zh: 14, en: 60 } as const;
/** How far after a count its uptake noun may follow ("2M+ monthly API requests", "1.2万名付费会员"). */
const NOUN_REACH = { zh: 8, en: 28 } as const;

/** How many characters after a count or noun the tests of what follows it read (a measure word, a head noun, a place). */
const LOOK_AHEAD = 80;

/** Where one clause ends: a verb does not govern a quantity across it. Chinese commas separate clauses; English ones mostly do not. */
const CLAUSE_BREAK = {
  en: /[。；;！!？?]|\.\s|,\s*(?:and\s+)?(?=[a-z]+ed\b)/u,
  // "管理6个社群，共计3000名会员": a comma before 共计/总计 continues the clause it sums up.
  zh: /[。；;！!？?]|[，,](?!\s*(?:共计|总计|合计|共))|\.\s/u,
} as const;
const CLAUSE_BREAKS = { en: new RegExp(CLAUSE_BREAK.en.source, 'gu'), zh: new RegExp(CLAUSE_BREAK.zh.source, 'gu') } as const;
/** What may stand between a Chinese uptake noun and the count after it ("粉丝量达 50 万", "观看人数 2 万+"). */
const NOUN_TO_COUNT = /^[\s:：]*(?:量|数)?[\s:：]*(?:已|均|稳定|保持|维持)?(?:达到?|为|在|超过?|逾|突破|破|近|约|共|累计)?\s*$/u;

/**
 * A purpose or a plan, not a done result: "to improve…", "aim to rank…", 以提升…, 力争进入前三. Evidence
 * after one of these in the same clause is what the writer hoped for.
 */
const INTENT = {
  en: /\b(?:aim(?:s|ed|ing)?\s+to|goal\s+(?:is|was|of)|plan(?:s|ned|ning)?\s+to|striv(?:e|es|ing)\s+to|hop(?:e|es|ing)\s+to|will|expect(?:s|ed|ing)?\s+to|in\s+order\s+to|so\s+as\s+to|with\s+the\s+(?:aim|goal)\s+of|intended\s+to|seek(?:s|ing)?\s+to)\b/iu,
  zh: /力争|争取|目标(?:是|为)|(?:计划|打算)(?:在|于|将|要|下|明年|今年)|希望|预计|冲刺|有望|旨在|为了|(?<![所加难])以(?=提升|提高|降低|增加|促进|实现|达到|扩大|减少|带动|增强)|用于/u,
} as const;

/** A time still to come: a result set in it is a plan ("next year", 明年, 下季度). */
const FUTURE = {
  en: /\bnext\s+(?:year|quarter|month|season|fiscal\s+year)\b|\bin\s+the\s+coming\s+(?:year|quarter|months?)\b/iu,
  zh: /明年|下(?:个)?(?:季度|月|年度?|半年)|未来(?:一|两|三|1|2|3)?年/u,
} as const;

/** A count per period of the writer's own doing: "a day", "per week", 每天, 每周 (scope, not outcome). */
const PER_PERIOD = {
  en: /\b(?:a|an|per|each|every)\s+(?:day|week|month|shift|quarter|year)\b|\b(?:daily|weekly|monthly)\b(?!\s+(?:active|users?))/iu,
  zh: /每(?:天|日|周|星期|月|季度?|年|个?工作日|场|期)|周均|月均/u,
} as const;

/** Chinese measure words for things and events (messages, articles, sessions), not people: "200条", "30篇", "12场". */
const OUTPUT_MEASURE = /^\s*(?:余|多)?\s*(?:条|篇|场|次|期|份|张|首|部|集|节|堂|封|单)/u;

/** Places and units the work spans ("覆盖120家门店", "deployed to 12 offices"): the scope of the work, not its uptake. */
const SPAN_NOUN = {
  en: /^\+?\s+(?:[a-z-]+\s+)?(?:offices?|stores?|locations?|countries|cities|regions|sites|campuses|branches|departments|schools|markets|states|teams)\b/iu,
  zh: /^\s*(?:\+|余|多)?\s*(?:家|个|所|座|支)?\s*(?:门店|店铺|店|城市|省份?|国家|地区|区域|校区|高校|学校|部门|分公司|网点|社群|群|团队)/u,
} as const;

/** After an English uptake noun, what shows it heads its phrase ("2000 users in", "users.") rather than modifies another noun ("user comments"). */
const EN_HEAD_END = /^(?:\s*(?:$|[,.;:)!?–—-])|\s+(?:in|on|of|for|to|from|across|at|within|with|by|and|or|per|a|an|the|each|every|through|via|over|during|after|before|since|who|that|which|while|using|worldwide|globally|monthly|weekly|daily|\d|[a-z]+(?:ed|ing)\b))/iu;

/** What may stand between a value noun and its amount. */
const VALUE_TO_AMOUNT = {
  zh: NOUN_TO_COUNT,
  en: /^\s*(?:of|:|at|was|reached|totall?ing|exceeding|over)?\s*(?:about|around|over|nearly|more\s+than|roughly)?\s*$/iu,
} as const;

/** A preposition that makes the counted people the source or audience of the writer's work: "from 2,000 users", "to 5,000 subscribers". */
const EN_SOURCE_BEFORE = /\b(?:from|to|among|between)\s+(?:(?:about|around|over|nearly|almost|more\s+than|up\s+to|approximately|roughly|all|the|some)\s+)*$/iu;

function evidenceOf(text: string, original: string, lang: BulletLanguage, quantities: Quantity[]): Evidence[] {
  const found: Evidence[] = [];
  // A change, percentage, multiple or rank shows the result more plainly than a count a verb governs.
  const plain = new Set<number>();
  const sameClause = (from: number, to: number) => !CLAUSE_BREAK[lang].test(text.slice(from, to));
  // The few words after a position: what the anchored tests below read, without copying the rest of a long line each time.
  const ahead = (from: number) => text.slice(from, from + LOOK_AHEAD);
  const add = (kind: Evidence['kind'], start: number, end: number) => found.push({ kind, start, end, text: original.slice(start, end) });
  // Clause breaks, found once: a clause runs from the end of the last break before it to the next break.
  const breaks = execAll(CLAUSE_BREAKS[lang], text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // Breaks come in order and do not overlap, so both ends are found by binary search (a paragraph-long line has thousands).
  const firstBreak = (test: (b: { start: number; end: number }) => boolean) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (test(breaks[middle]!)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const clauseOf = (start: number, end: number): { from: number; to: number } => {
    const before = firstBreak((b) => b.end > start) - 1;
    const after = firstBreak((b) => b.start >= end);
    return { from: before >= 0 ? breaks[before]!.end : 0, to: after < breaks.length ? breaks[after]!.start : text.length };
  };
  // A purpose or plan before the evidence, or a future time anywhere in its clause ("…by 15% next year").
  const intended = (start: number, end: number) => {
    const { from, to } = clauseOf(start, end);
    return INTENT[lang].test(text.slice(from, start)) || FUTURE[lang].test(text.slice(from, to));
  };
  const perPeriod = (q: Quantity) => {
    const { from, to } = clauseOf(q.start, q.end);
    return PER_PERIOD[lang].test(text.slice(from, to));
  };

  const resultVerbs = phrases('result-verbs', lang).find(text);
  const uptakeVerbs = phrases('uptake-verbs', lang).find(text);
  const uptakeNouns = phrases('uptake-nouns', lang).find(text);
  const valueNouns = phrases('value-nouns', lang).find(text);
  const scopeVerbs = phrases('scope-verbs', lang).find(text);
  const nearestBefore = (q: Quantity, verbs: { start: number; end: number }[]) =>
    Math.min(...verbs.filter((v) => v.end <= q.start && q.start - v.end <= REACH[lang] && sameClause(v.end, q.start)).map((v) => q.start - v.end));
  // The verb nearest a quantity governs it: "supported up to 15,000 users" is scope, "serving 1M users" uptake.
  const governedBy = (q: Quantity, verbs: { start: number; end: number }[]) => nearestBefore(q, verbs) < nearestBefore(q, scopeVerbs);
  // The count's own noun: "2000 sign-ups" counts people, "200条用户咨询" and "200 user comments" count messages.
  // "feedback from 2,000 users", "2000名用户的反馈": the people are where the writer's own work came from or went.
  const headsPhrase = (q: Quantity, n: { end: number }) =>
    lang === 'en'
      ? EN_HEAD_END.test(ahead(n.end)) && !EN_SOURCE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))
      : !OUTPUT_MEASURE.test(ahead(q.end)) && !/^的\p{Script=Han}/u.test(ahead(n.end));
  // The uptake noun follows its count ("2M+ users", "1.2万名会员") or, in Chinese, may lead it ("粉丝 50 万", "观看人数 2 万+").
  const countedAfter = (q: Quantity) =>
    uptakeNouns.some((n) => n.start >= q.end && n.start - q.end <= NOUN_REACH[lang] && sameClause(q.end, n.start) && headsPhrase(q, n));
  const countedBefore = (q: Quantity) => lang === 'zh' && uptakeNouns.some((n) => n.end <= q.start && NOUN_TO_COUNT.test(text.slice(n.end, q.start)));
  // "8,000 members grown", "costs reduced by 20%": the result verb may follow its quantity.
  const passiveResult = (q: Quantity) =>
    resultVerbs.some((v) => v.start >= q.end && v.start - q.end <= NOUN_REACH[lang] && sameClause(q.end, v.start));
  const valueNear = (q: Quantity) =>
    valueNouns.some((n) => Math.abs(n.start - q.start) <= REACH[lang] && sameClause(Math.min(n.start, q.start), Math.max(n.end, q.end)));
  const scoped = (q: Quantity) => Number.isFinite(nearestBefore(q, scopeVerbs));
  // A value noun stated with its amount: "销售额 80 万", "GMV 3000万+", "annual revenue of 2.4M".
  const valueStated = (q: Quantity) =>
    valueNouns.some((n) => n.end <= q.start && VALUE_TO_AMOUNT[lang].test(text.slice(n.end, q.start))) && !scoped(q);

  for (const q of quantities) {
    if (intended(q.start, q.end)) continue;
    if (SELF_EVIDENT.has(q.kind)) {
      plain.add(q.start);
      add('measured', q.start, q.end);
    }
    else if (q.kind === 'money') {
      if (governedBy(q, resultVerbs) || valueNear(q)) add('value', q.start, q.end);
    } else if (q.kind === 'count') {
      // The writer's own volume ("answered 50 tickets a day", "每周撰写 3 篇") is scope; a count a noun owns ("UV 在 2000 以上") is not.
      const ownVolume = perPeriod(q) && !countedBefore(q);
      if (governedBy(q, resultVerbs) || (passiveResult(q) && !scoped(q))) add('measured', q.start, q.end);
      else if (valueStated(q) && !ownVolume) add('value', q.start, q.end);
      else if (!ownVolume && ((governedBy(q, uptakeVerbs) && !SPAN_NOUN[lang].test(ahead(q.end))) || ((countedBefore(q) || countedAfter(q)) && !scoped(q)))) add('uptake', q.start, q.end);
    }
  }
  const phraseEvidence = (concept: 'recognition' | 'kpi') => {
    for (const hit of phrases(concept, lang).find(text)) if (!intended(hit.start, hit.end)) add(concept, hit.start, hit.end);
  };
  phraseEvidence('recognition');
  phraseEvidence('kpi');
  // Strongest evidence first: what a reader would point at when asked "where is the result?".
  const weight = (e: Evidence) => EVIDENCE_ORDER[e.kind] * 2 + (e.kind === 'measured' && !plain.has(e.start) ? 1 : 0);
  return found.sort((a, b) => weight(a) - weight(b) || a.start - b.start);
}

const EVIDENCE_ORDER: Record<Evidence['kind'], number> = { measured: 0, kpi: 1, recognition: 2, value: 3, uptake: 4 };

const ZH_OWN_WORK = /^(?:负责|开发|实现|设计|使用|搭建|撰写|策划|制定|完成|建立|创建|优化|分析|管理|运营|推动|编写|构建|研发|维护|组织)/u;
const EN_OWN_CLAUSE = /,\s*(?:and\s+|then\s+|and\s+then\s+)?(?:[a-z]+ed|built|wrote|ran|led|drove|made|implement|develop|build|create|design|analy[sz]e|write|manage|lead|drive|deliver|launch|own|establish|define|identify|conduct|run|make|set|ensure|maintain)\b/u;
/** "… and wrote all the copy": an own-work verb in the past joined by "and" (not inside a "to …" purpose). */
const EN_AND_OWN = /\s+and\s+(?:[a-z]+ed|wrote|built|ran|led|drove|made|set|shipped|owned|grew|won)\b/u;
/**
 * In Chinese, a lead word after 协助/向/与… in its clause names someone else's role ("协助项目经理",
 * "向高级管理团队汇报"), unless the writer acts with them ("与同学一起创立").
 */
const ZH_OTHERS_BEFORE = /(?:协助|配合|辅助|帮助|跟随|向|与|跟|同|给|对接)(?![^，。；,;]*(?:一起|共同|一同|联合))[^，。；,;]*$/u;
/** Participation words that limit the role wherever they stand; 参与 does so only before any own-work clause. */
const ZH_ASSIST = /^(?:协助|配合|辅助|帮助|支持|助教|志愿者|在)/u;

function clauses(text: string): string[] {
  return text.split(/[，,；;。]/u).map((c) => c.trim()).filter(Boolean);
}

/** A collaboration frame makes the line shared credit only while no own-work clause stands beside it. */
function collaborationFrame(text: string, lang: BulletLanguage): { start: number; end: number } | null {
  const hit = phrases('collaboration', lang).first(text);
  if (!hit) return null;
  if (lang === 'en') {
    const after = text.slice(hit.end);
    const and = EN_AND_OWN.exec(after);
    const ownBeside = EN_OWN_CLAUSE.test(after) || (and !== null && !/\bto\s+[a-z]/u.test(after.slice(0, and.index)));
    return ownBeside ? null : hit;
  }
  const before = clauses(text.slice(0, hit.start));
  if (before.some((clause) => ZH_OWN_WORK.test(clause))) return null;
  // Chinese chains serial verbs with commas: one clause after the frame is its outcome, more are own work.
  return clauses(text.slice(hit.end).replace(/^[^，,；;。]*/u, '')).length <= 1 ? hit : null;
}

/** The first lead wording that is the writer's own (anywhere in the line), not someone else's role. */
function leadWording(text: string, lang: BulletLanguage): PhraseHit | null {
  const hits = phrases('lead', lang).find(text);
  return lang === 'zh' ? (hits.find((hit) => !ZH_OTHERS_BEFORE.test(text.slice(0, hit.start))) ?? null) : (hits[0] ?? null);
}

function participantWording(text: string, lang: BulletLanguage): { start: number; end: number } | null {
  const hits = phrases('participant', lang).find(text);
  if (lang === 'en') return hits[0] ?? collaborationFrame(text, lang);
  // "负责…，参与…" claims own work first: 参与 only limits the role when no own-work clause precedes it;
  // 协助/辅助/配合 limit it wherever they stand ("负责物料制作，协助主管完成搭建").
  const limiting = hits.find((hit) => ZH_ASSIST.test(hit.text) || !clauses(text.slice(0, hit.start)).some((clause) => ZH_OWN_WORK.test(clause)));
  return limiting ?? collaborationFrame(text, lang);
}

/**
 * Reads one resume line the way the advice does: an achievement states a result (a measured change,
 * uptake of the work, value to the company, recognition, KPI attainment); everything else is a duty.
 * Ownership follows the wording (docs/ownership.md): lead, participation only, or neither.
 * `text` is read as given (a document's text is normalised at ingestion), so spans index it directly;
 * Traditional Chinese is folded to Simplified for matching (same length, so spans stay on `text`).
 */
export function analyseBullet(text: string, lang: BulletLanguage): BulletAnalysis {
  const folded = lang === 'zh' ? foldTraditional(text) : text;
  const quantities = findQuantities(folded, lang).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
  const evidence = evidenceOf(folded, text, lang, quantities);
  const lead = leadWording(folded, lang);
  const participant = lead ? null : participantWording(folded, lang);
  const ownershipSpan = lead ?? participant;
  return {
    label: evidence.length > 0 ? 'achievement' : 'duty',
    ownership: lead ? 'lead' : participant ? 'participant' : 'unknown',
    evidence,
    ownershipSpan: ownershipSpan ? { start: ownershipSpan.start, end: ownershipSpan.end } : null,
    quantities,
  };
}

/**
 * The writer's own lead wording in any text (an entry heading such as "社区改版（主导）" too), read as
 * `analyseBullet` reads it: Traditional folded, someone else's role skipped. Offsets index `text`.
 */
export function findLeadWording(text: string, lang: BulletLanguage): { start: number; end: number; text: string } | null {
  const hit = leadWording(lang === 'zh' ? foldTraditional(text) : text, lang);
  return hit ? { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) } : null;
}

/** The public, minimal view of `analyseBullet` (used by eval and by the rules alike). */
export function classifyBullet(text: string, lang: BulletLanguage): { label: BulletLabel; ownership: Ownership } {
  const { label, ownership } = analyseBullet(normaliseLine(text).trim(), lang);
  return { label, ownership };
}
