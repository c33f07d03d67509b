import type { Bullet, Entry, ResumeDocument, Section, Span } from '../document/schema.ts';
import type { Role, RoleEvidence } from '../report/schema.ts';
import { detectLanguage, foldTraditional, hasHan } from '../text/index.ts';
import { phrases } from '../../rules/data/index.ts';
import { analyseBullet, type BulletAnalysis, type BulletLanguage } from './classify.ts';
import { describesGroupWorkOnly, kpiHits, ROLE_DATA, roleMentions } from './roles.ts';

/** Sections whose entries are work a highlight or a project can come from. */
const WORK_KINDS: ReadonlySet<Section['kind']> = new Set(['experience', 'projects']);

export interface AnalysedBullet {
  bullet: Bullet;
  section: Section;
  entry: Entry;
  lang: BulletLanguage;
  /** Spans inside `analysis` are relative to `bullet.span.start`. */
  analysis: BulletAnalysis;
  /** The bullet lies in a span (or a document) where the PDF lost its digits: "no numbers" cannot be claimed. */
  digitsLost: boolean;
}

/** A role whose lines are mostly duties (three or more lines, three in four duties): RULEBOOK's task list. */
export function isTaskList(bullets: readonly AnalysedBullet[]): boolean {
  const duties = bullets.filter((b) => b.analysis.label === 'duty').length;
  return bullets.length >= 3 && duties / bullets.length >= 0.75;
}

/**
 * In a PDF that lost digits, a unit with nothing before it ("获得 stars", "提升 %", "共有 个") is where a
 * number stood: such a line cannot be called result-less.
 */
const ORPHAN_UNIT = /(?:^|[\s(（])(?:[%％倍]|个|位|名|万|亿|人|次|篇|stars?\b|users?\b|followers?\b|times\b|x\b)/u;

export interface AnalysedEntry {
  entry: Entry;
  section: Section;
  bullets: AnalysedBullet[];
}

export interface DocumentAnalysis {
  /** The language messages default to and whole-resume checks read the resume in. */
  lang: BulletLanguage;
  /**
   * The document's text with Traditional characters read as Simplified, the same length as
   * `doc.text`: phrase matching reads this, spans point at the text as written.
   */
  folded: string;
  entries: AnalysedEntry[];
  bullets: AnalysedBullet[];
  /** Sections that list honours, awards or scholarships: highlights in the advice's own words. */
  honours: Section[];
  digitsLost: boolean;
  inferredRole: Role | null;
  /** The titles, headings and work lines that named the inferred role. */
  roleEvidence: RoleEvidence[];
}

/**
 * A lead-in label ("主要职责：", "Responsibilities:", "Key achievements:") introduces the lines under
 * it; it states nothing itself. Builder markup ("{{name}}", "<b>") left in the text is no sentence either.
 */
const LEAD_IN = /^[^\d:：。.!?！？]{1,24}[:：]\s*$/u;
const MARKUP = /^\s*(?:<\/?[a-z][^>]*>|\{\{[^}]*\}\}|\{[a-z_]+\}|\[[a-z_ ]+\])+\s*$/iu;

/** A date range ("2019.03-2021.06", "Jun 2020 – Present", "2021年7月–至今"). */
const DATE_RANGE = /(?:\d{4}(?:[.\-/年]\s?\d{1,2}月?)?|[A-Z][a-z]{2,8}\.?\s+\d{4})\s*(?:[-–—~～至到]|to)\s*(?:\d{4}(?:[.\-/年]\s?\d{1,2}月?)?|[A-Z][a-z]{2,8}\.?\s+\d{4}|至今|今|现在|present|now|current)/iu;

/** What sets the parts of an entry heading apart: a bar, a dot, a tab, a run of spaces. */
const HEADING_SEPARATOR = /[|｜·•\t]|\s{2,}/u;

/**
 * An entry heading the reader left among the bullets ("Community Manager | Brightloop | Jun 2020 – Present"):
 * a date range at one end of the line, beside a few words or parts set apart as a heading's are. A date
 * inside a sentence ("Led the 2020-2021 campaign") is part of the sentence.
 */
function isHeadingLine(text: string): boolean {
  const range = DATE_RANGE.exec(text);
  if (!range) return false;
  const before = text.slice(0, range.index);
  const after = text.slice(range.index + range[0].length);
  const edge = /^[\s|｜·•(（\[]*$/u;
  if (!edge.test(before) && !edge.test(after.replace(/[)）\]]/gu, ''))) return false;
  const rest = before + ' ' + after;
  // A number beside the dates is a result or a scope ("Increased sales 30% (2019-2021)"), not a heading.
  if (/\d/u.test(rest)) return false;
  const words = (rest.match(/[A-Za-z]+/g)?.length ?? 0) + (rest.match(/\p{Script=Han}/gu)?.length ?? 0) / 3;
  // Chinese runs a sentence without spaces; a heading's parts stand apart ("青柠电商 用户运营专员").
  const parts = /\p{Script=Han}/u.test(rest) ? /\p{Script=Han}\s+\p{Script=Han}/u.test(rest) || HEADING_SEPARATOR.test(rest.trim()) : words <= 4 || HEADING_SEPARATOR.test(rest.trim());
  return (words === 0 || parts) && words <= 10;
}

/** Whether a line the structure put under an entry is a sentence a reader would judge. */
export function isStatement(text: string): boolean {
  // Stray marks a parser left as lines (".", ".-." where a date lost its digits) are not work lines.
  return /\p{L}/u.test(text) && !LEAD_IN.test(text.trim()) && !MARKUP.test(text) && !isHeadingLine(text);
}

const HONOURS_TITLE = /荣誉|奖项|获奖|奖励|奖学金|证书与奖|awards?|honou?rs|scholarships?|prizes?|achievements/iu;

export function lineLanguage(text: string, fallback: BulletLanguage): BulletLanguage {
  const detected = detectLanguage(text);
  if (detected === 'mixed') return hasHan(text) ? 'zh' : fallback;
  return detected;
}

/** The index of the document line holding `offset`, or -1 (binary search: a long resume has thousands of lines). */
export function lineIndexAt(doc: ResumeDocument, offset: number): number {
  let low = 0;
  let high = doc.lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = doc.lines[mid]!.span;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How much one naming counts: the stated objective most, then titles (most recent first), then the work described. */
const WEIGHT = { objective: 6, header: 3, title: 3, work: 0.5 } as const;
const OBJECTIVE = /意向|目标岗位|应聘|求职|objective|target role|seeking|looking for/iu;

/**
 * The role an expert would read the resume for: every title and heading that names one, the
 * objective line, and the results the work lines describe; 社区运营 over group-chat work is read as
 * the 社群运营 it is. Returns the role and the words that named it.
 */
function inferRole(doc: ResumeDocument, folded: string, entries: AnalysedEntry[]): { role: Role | null; evidence: RoleEvidence[] } {
  const votes = new Map<Role, number>();
  const evidence: (RoleEvidence & { weight: number })[] = [];
  const vote = (start: number, end: number, weight: number, source: RoleEvidence['source']) => {
    for (const m of roleMentions(folded.slice(start, end))) {
      votes.set(m.role, (votes.get(m.role) ?? 0) + weight);
      evidence.push({ role: m.role, span: { start: start + m.start, end: start + m.end }, text: doc.text.slice(start + m.start, start + m.end), source, weight });
    }
  };
  // The header: the lines above the first section (name, title, objective), at most eight.
  const firstSection = Math.min(...doc.sections.filter((s) => s.kind !== 'profile').map((s) => s.titleSpan.start));
  const firstLines = doc.lines.slice(0, 8).filter((l) => l.span.end <= firstSection);
  for (const line of firstLines) {
    const text = folded.slice(line.span.start, line.span.end);
    vote(line.span.start, line.span.end, OBJECTIVE.test(text) ? WEIGHT.objective : WEIGHT.header, OBJECTIVE.test(text) ? 'objective' : 'title');
  }
  for (const section of doc.sections)
    if (section.kind === 'summary') {
      const objectiveSection = OBJECTIVE.test(folded.slice(section.titleSpan.start, section.titleSpan.end));
      for (const line of section.lines) if (objectiveSection || OBJECTIVE.test(folded.slice(line.span.start, line.span.end))) vote(line.span.start, line.span.end, WEIGHT.objective, 'objective');
    }
  const work = entries.filter((e) => e.section.kind === 'experience');
  work.forEach((e, i) => {
    const heading = doc.lines[lineIndexAt(doc, e.entry.span.start)];
    if (heading && !firstLines.includes(heading)) vote(heading.span.start, heading.span.end, WEIGHT.title / (i + 1), 'title');
  });
  // The work described: each line naming a role's measures counts a little for that role.
  for (const b of entries.flatMap((e) => e.bullets)) {
    const text = folded.slice(b.bullet.span.start, b.bullet.span.end);
    for (const role of ROLE_DATA.keys()) if (kpiHits(role, text).length > 0) votes.set(role, (votes.get(role) ?? 0) + WEIGHT.work);
  }
  let best: Role | null = null;
  let bestVotes = 0;
  // Work alone, or an old job's title far down the page, is too thin to name a role: the header, the
  // objective or one of the two latest jobs must name it.
  const named = new Map<Role, number>();
  for (const e of evidence) named.set(e.role, Math.max(named.get(e.role) ?? 0, e.weight));
  for (const [role, n] of votes) if ((named.get(role) ?? 0) >= WEIGHT.title / 2 && n > bestVotes) [best, bestVotes] = [role, n];
  if (best === 'community-ops') {
    // Without entries read, the whole text is the work described.
    const body = work.length > 0 ? work.flatMap((e) => e.bullets.map((b) => folded.slice(b.bullet.span.start, b.bullet.span.end))).join('\n') : folded;
    if (describesGroupWorkOnly(body, (text) => phrases('group-work', 'zh').test(text))) best = 'group-ops';
  }
  const shown = evidence.filter((e) => e.role === best || (best === 'group-ops' && e.role === 'community-ops'));
  return { role: best, evidence: shown.map(({ role, span, text, source }) => ({ role, span, text, source })) };
}

/** Where a sentence has ended: a line ending so is complete. */
const SENTENCE_END = /[。.!?！？；;]\s*$/u;
/** A line that ends mid-phrase (a comma, a conjunction, an open bracket) goes on in the next. */
const OPEN_END = /(?:[，、,(（&/–-]|\b(?:and|or|to|of|with|for|the|a|an|in|on|by|across|including))\s*$/iu;
/** A line that starts mid-phrase: lower case, a closing bracket, a comma or a particle. */
const CONTINUED_START = /^\s*(?:[a-z]|[，、,)）%]|[的和与及并且或])/u;

/**
 * The work lines as whole sentences: a bullet the reader cut at a line wrap ("Grew the newsletter
 * from 2K to" / "9K subscribers") is joined to the line it continues, so a finding never lands on
 * half a sentence. Joined only where nothing but white space separates the two (no list marker) and
 * one of them shows the sentence going on.
 */
export function sentences(text: string, folded: string, bullets: readonly Bullet[]): Bullet[] {
  const out: Bullet[] = [];
  for (const bullet of bullets) {
    const previous = out.at(-1);
    const before = previous ? folded.slice(previous.span.start, previous.span.end) : '';
    const current = folded.slice(bullet.span.start, bullet.span.end);
    const gap = previous ? text.slice(previous.span.end, bullet.span.start) : '';
    const continues = previous && !/\S/u.test(gap) && !SENTENCE_END.test(before) && (OPEN_END.test(before) || CONTINUED_START.test(current));
    if (continues) {
      const span = { start: previous.span.start, end: bullet.span.end };
      out[out.length - 1] = { span, text: text.slice(span.start, span.end) };
    } else out.push(bullet);
  }
  return out;
}

export function analyseDocument(doc: ResumeDocument): DocumentAnalysis {
  const lang: BulletLanguage = doc.language === 'en' ? 'en' : doc.language === 'zh' ? 'zh' : hasHan(doc.text) ? 'zh' : 'en';
  const folded = foldTraditional(doc.text);
  const lost = doc.diagnostics.filter((d) => d.code === 'lost-digits');
  const documentLost = lost.some((d) => d.spans.length === 0);
  const entries: AnalysedEntry[] = [];
  for (const section of doc.sections) {
    if (!WORK_KINDS.has(section.kind)) continue;
    for (const entry of section.entries) {
      const bullets = sentences(doc.text, folded, entry.bullets).flatMap((bullet): AnalysedBullet[] => {
        // Line breaks inside a joined sentence read as spaces (same length, so spans still index the text).
        const text = folded.slice(bullet.span.start, bullet.span.end).replace(/[\r\n]/g, ' ');
        if (!isStatement(text)) return [];
        const bulletLang = lineLanguage(text, lang);
        const digitsLost = documentLost || lost.some((d) => d.spans.some((s) => overlaps(s, bullet.span))) || (lost.length > 0 && ORPHAN_UNIT.test(text));
        return [{ bullet, section, entry, lang: bulletLang, analysis: analyseBullet(text, bulletLang), digitsLost }];
      });
      entries.push({ entry, section, bullets });
    }
  }
  const honours = doc.sections.filter((section) => (section.kind === 'awards' || HONOURS_TITLE.test(folded.slice(section.titleSpan.start, section.titleSpan.end))) && (section.entries.length > 0 || section.lines.length > 0));
  const { role, evidence } = inferRole(doc, folded, entries);
  return { lang, folded, entries, bullets: entries.flatMap((e) => e.bullets), honours, digitsLost: lost.length > 0, inferredRole: role, roleEvidence: evidence };
}
