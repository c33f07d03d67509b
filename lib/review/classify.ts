import { phrases } from '../../rules/data/index.ts';
import { normaliseLine } from '../text/index.ts';
import { findQuantities, SELF_EVIDENT, type Quantity } from './quantity.ts';

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

/** Where one clause ends: a verb does not govern a quantity across it. Chinese commas separate clauses; English ones mostly do not. */
const CLAUSE_BREAK = { en: /[。；;！!？?]|\.\s|,\s*(?:and\s+)?(?=[a-z]+ed\b)/u, zh: /[。；;！!？?，,]|\.\s/u } as const;
/** What may stand between a Chinese uptake noun and the count after it ("粉丝量达 50 万", "观看人数 2 万+"). */
const NOUN_TO_COUNT = /^[\s:：]*(?:量|数)?[\s:：]*(?:达到?|为|超过?|突破|破|近|约|共|累计)?\s*$/u;

function evidenceOf(text: string, lang: BulletLanguage, quantities: Quantity[]): Evidence[] {
  const found: Evidence[] = [];
  const sameClause = (from: number, to: number) => !CLAUSE_BREAK[lang].test(text.slice(from, to));
  const add = (kind: Evidence['kind'], start: number, end: number) => found.push({ kind, start, end, text: text.slice(start, end) });

  const resultVerbs = phrases('result-verbs', lang).find(text);
  const uptakeVerbs = phrases('uptake-verbs', lang).find(text);
  const uptakeNouns = phrases('uptake-nouns', lang).find(text);
  const valueNouns = phrases('value-nouns', lang).find(text);
  const scopeVerbs = phrases('scope-verbs', lang).find(text);
  const nearestBefore = (q: Quantity, verbs: { start: number; end: number }[]) =>
    Math.min(...verbs.filter((v) => v.end <= q.start && q.start - v.end <= REACH[lang] && sameClause(v.end, q.start)).map((v) => q.start - v.end));
  // The verb nearest a quantity governs it: "supported up to 15,000 users" is scope, "serving 1M users" uptake.
  const governedBy = (q: Quantity, verbs: { start: number; end: number }[]) => nearestBefore(q, verbs) < nearestBefore(q, scopeVerbs);
  // The uptake noun follows its count ("2M+ users", "1.2万名会员") or, in Chinese, may lead it ("粉丝 50 万", "观看人数 2 万+").
  const nounAfter = (q: Quantity) =>
    uptakeNouns.some((n) => n.start >= q.end && n.start - q.end <= NOUN_REACH[lang] && sameClause(q.end, n.start)) ||
    (lang === 'zh' && uptakeNouns.some((n) => n.end <= q.start && NOUN_TO_COUNT.test(text.slice(n.end, q.start))));
  // "8,000 members grown", "costs reduced by 20%": the result verb may follow its quantity.
  const passiveResult = (q: Quantity) =>
    resultVerbs.some((v) => v.start >= q.end && v.start - q.end <= NOUN_REACH[lang] && sameClause(q.end, v.start));
  const valueNear = (q: Quantity) =>
    valueNouns.some((n) => Math.abs(n.start - q.start) <= REACH[lang] && sameClause(Math.min(n.start, q.start), Math.max(n.end, q.end)));

  for (const q of quantities) {
    if (SELF_EVIDENT.has(q.kind)) add('measured', q.start, q.end);
    else if (q.kind === 'money') {
      if (governedBy(q, resultVerbs) || valueNear(q)) add('value', q.start, q.end);
    } else if (q.kind === 'count') {
      if (governedBy(q, resultVerbs) || (passiveResult(q) && !Number.isFinite(nearestBefore(q, scopeVerbs)))) add('measured', q.start, q.end);
      else if (governedBy(q, uptakeVerbs) || (nounAfter(q) && !Number.isFinite(nearestBefore(q, scopeVerbs)))) add('uptake', q.start, q.end);
    }
  }
  for (const hit of phrases('recognition', lang).find(text)) add('recognition', hit.start, hit.end);
  for (const hit of phrases('kpi', lang).find(text)) add('kpi', hit.start, hit.end);
  // Strongest evidence first: what a reader would point at when asked "where is the result?".
  return found.sort((a, b) => EVIDENCE_ORDER[a.kind] - EVIDENCE_ORDER[b.kind] || a.start - b.start);
}

const EVIDENCE_ORDER: Record<Evidence['kind'], number> = { measured: 0, kpi: 1, recognition: 2, value: 3, uptake: 4 };

const ZH_OWN_WORK = /^(?:负责|开发|实现|设计|使用|搭建|撰写|策划|制定|完成|建立|创建|优化|分析|管理|运营|推动|编写|构建|研发|维护|组织)/u;
const EN_OWN_CLAUSE = /,\s*(?:and\s+)?(?:[a-z]+ed|implement|develop|build|create|design|analy[sz]e|write|manage|lead|drive|deliver|launch|own|establish|define|identify|conduct|run|make|set|ensure|maintain)\b/u;

function clauses(text: string): string[] {
  return text.split(/[，,；;。]/u).map((c) => c.trim()).filter(Boolean);
}

/** A collaboration frame makes the line shared credit only while no own-work clause stands beside it. */
function collaborationFrame(text: string, lang: BulletLanguage): { start: number; end: number } | null {
  const hit = phrases('collaboration', lang).first(text);
  if (!hit) return null;
  if (lang === 'en') return EN_OWN_CLAUSE.test(text.slice(hit.end)) ? null : hit;
  const before = clauses(text.slice(0, hit.start));
  if (before.some((clause) => ZH_OWN_WORK.test(clause))) return null;
  // Chinese chains serial verbs with commas: one clause after the frame is its outcome, more are own work.
  return clauses(text.slice(hit.end).replace(/^[^，,；;。]*/u, '')).length <= 1 ? hit : null;
}

function participantWording(text: string, lang: BulletLanguage): { start: number; end: number } | null {
  const hit = phrases('participant', lang).first(text);
  if (hit && lang === 'zh') {
    // "负责…，参与…" claims own work first; participation only limits the role when it comes first.
    const before = clauses(text.slice(0, hit.start));
    if (before.some((clause) => ZH_OWN_WORK.test(clause))) return collaborationFrame(text, lang);
  }
  return hit ?? collaborationFrame(text, lang);
}

/**
 * Reads one resume line the way the advice does: an achievement states a result (a measured change,
 * uptake of the work, value to the company, recognition, KPI attainment); everything else is a duty.
 * Ownership follows the wording: lead, participation only, or neither.
 * `text` is read as given (a document's text is normalised at ingestion), so spans index it directly.
 */
export function analyseBullet(text: string, lang: BulletLanguage): BulletAnalysis {
  const quantities = findQuantities(text, lang);
  const evidence = evidenceOf(text, lang, quantities);
  const lead = phrases('lead', lang).first(text);
  const participant = lead ? null : participantWording(text, lang);
  const ownershipSpan = lead ?? participant;
  return {
    label: evidence.length > 0 ? 'achievement' : 'duty',
    ownership: lead ? 'lead' : participant ? 'participant' : 'unknown',
    evidence,
    ownershipSpan: ownershipSpan ? { start: ownershipSpan.start, end: ownershipSpan.end } : null,
    quantities,
  };
}

/** The public, minimal view of `analyseBullet` (used by eval and by the rules alike). */
export function classifyBullet(text: string, lang: BulletLanguage): { label: BulletLabel; ownership: Ownership } {
  const { label, ownership } = analyseBullet(normaliseLine(text).trim(), lang);
  return { label, ownership };
}
