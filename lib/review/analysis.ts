import type { Bullet, Entry, ResumeDocument, Section, Span } from '../document/schema.ts';
import type { Role } from '../report/schema.ts';
import { detectLanguage, hasHan } from '../text/index.ts';
import { analyseBullet, type BulletAnalysis, type BulletLanguage } from './classify.ts';
import { rolesInTitle } from './roles.ts';

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
  entries: AnalysedEntry[];
  bullets: AnalysedBullet[];
  digitsLost: boolean;
  inferredRole: Role | null;
}

export function lineLanguage(text: string, fallback: BulletLanguage): BulletLanguage {
  const detected = detectLanguage(text);
  if (detected === 'mixed') return hasHan(text) ? 'zh' : fallback;
  return detected;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The role the resume's own titles name: the work entries' headings first (most recent first), then its opening lines. */
function inferRole(doc: ResumeDocument, entries: AnalysedEntry[]): Role | null {
  const votes = new Map<Role, number>();
  const vote = (title: string, weight: number) => {
    const role = rolesInTitle(title)[0];
    if (role) votes.set(role, (votes.get(role) ?? 0) + weight);
  };
  entries.filter((e) => e.section.kind === 'experience').forEach((e, i) => vote(`${e.entry.heading} ${e.entry.organisation ?? ''}`, 3 / (i + 1)));
  // An objective line ("求职意向：新媒体运营", "Target role: Social Media Specialist") near the top counts most.
  for (const line of doc.text.split('\n').slice(0, 8)) if (/意向|目标岗位|应聘|objective|target role|seeking/i.test(line)) vote(line, 5);
  let best: Role | null = null;
  let bestVotes = 0;
  for (const [role, n] of votes) if (n > bestVotes) [best, bestVotes] = [role, n];
  return best;
}

export function analyseDocument(doc: ResumeDocument): DocumentAnalysis {
  const lang: BulletLanguage = doc.language === 'en' ? 'en' : doc.language === 'zh' ? 'zh' : hasHan(doc.text) ? 'zh' : 'en';
  const lost = doc.diagnostics.filter((d) => d.code === 'lost-digits');
  const documentLost = lost.some((d) => d.spans.length === 0);
  const entries: AnalysedEntry[] = [];
  for (const section of doc.sections) {
    if (!WORK_KINDS.has(section.kind)) continue;
    for (const entry of section.entries) {
      const bullets = entry.bullets.flatMap((bullet): AnalysedBullet[] => {
        const text = doc.text.slice(bullet.span.start, bullet.span.end);
        // Stray marks a parser left as lines (".", ".-." where a date lost its digits) are not work lines.
        if (!/\p{L}/u.test(text)) return [];
        const bulletLang = lineLanguage(text, lang);
        const digitsLost = documentLost || lost.some((d) => d.spans.some((s) => overlaps(s, bullet.span))) || (lost.length > 0 && ORPHAN_UNIT.test(text));
        return [{ bullet, section, entry, lang: bulletLang, analysis: analyseBullet(text, bulletLang), digitsLost }];
      });
      entries.push({ entry, section, bullets });
    }
  }
  return { lang, entries, bullets: entries.flatMap((e) => e.bullets), digitsLost: lost.length > 0, inferredRole: inferRole(doc, entries) };
}
