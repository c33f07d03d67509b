import { Converter } from 'opencc-js/cn2t';
import { z } from 'zod';
import { SectionKind } from '../document/schema.ts';
import { ICON_FONT_FAMILY, iconFontFace, LETTER_ICON, PRIVATE_USE_ICONS } from './icon-font.ts';
import type { SectionsTruth } from './sections.ts';

/**
 * The layout generator: our own resume contents printed through the layouts people send (columns,
 * sidebars, a date margin, icon fonts, overprinted bold, Word tables and text boxes, Markdown, text
 * pasted out of an online builder, Traditional Chinese), each with its section truth known by
 * construction (../shared/eval/FORMAT.md). Pure: HTML for PDF printing, text, and the truth; the
 * Word families are in layouts-docx.ts.
 */

/** Title and bullet recall every layout family should reach (issue 18); the test's floors rise to it. */
export const LAYOUT_RECALL_TARGET = 0.97;

const ContentEntry = z.object({
  heading: z.string(),
  org: z.string().optional(),
  dates: z.string().optional(),
  bullets: z.array(z.string()),
});

/** One resume's words, written once (fixtures/layouts/*.json); each layout chooses titles and order. */
export const ResumeContent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  lang: z.enum(['zh', 'en']),
  name: z.string(),
  contact: z.array(z.string()),
  sections: z.array(z.object({ kind: SectionKind, entries: z.array(ContentEntry).optional(), lines: z.array(z.string()).optional() })),
});
export type ResumeContent = z.infer<typeof ResumeContent>;
export type Lang = ResumeContent['lang'];

/** How an entry's heading line names role, organisation and dates. */
export type EntryOrder = 'title-org-dates' | 'org-title-dates' | 'dates-first' | 'title-comma-org' | 'title-over-org';
const ORDERS: EntryOrder[] = ['title-org-dates', 'org-title-dates', 'dates-first', 'title-comma-org', 'title-over-org'];

/** Section titles as resumes word them; a layout takes one of each by its variant number. */
const TITLES: Record<Lang, Partial<Record<SectionKind, string[]>>> = {
  zh: {
    summary: ['自我评价', '个人简介', '个人优势'],
    experience: ['工作经历', '实习经历', '职业经历'],
    projects: ['项目经历', '项目经验'],
    education: ['教育背景', '教育经历'],
    skills: ['专业技能', '技能特长', '技能'],
    awards: ['获奖情况', '荣誉奖项'],
  },
  en: {
    summary: ['Summary', 'Profile', 'Professional Summary'],
    experience: ['Experience', 'Work History', 'Employment'],
    projects: ['Projects', 'Selected Projects'],
    education: ['Education', 'Academic Background'],
    skills: ['Skills', 'Technical Skills', 'Key Skills'],
    awards: ['Awards', 'Honors & Awards'],
  },
};

export type PrintedEntry = z.infer<typeof ContentEntry>;
export interface PrintedSection {
  kind: SectionKind;
  title: string;
  entries?: PrintedEntry[];
  lines?: string[];
}
/** A resume as one layout prints it: titles chosen and text converted. The truth is read off it. */
export interface Printed {
  lang: Lang;
  name: string;
  contact: string[];
  sections: PrintedSection[];
  order: EntryOrder;
}

export type Format = 'pdf' | 'docx' | 'md' | 'txt';

export interface Family {
  id: string;
  format: Format;
  /** The languages it applies to (lower-case titles mean nothing in Chinese; zh-Hant is Chinese only). */
  langs: Lang[];
  /** A fixed entry order, where the layout itself decides it. */
  order?: EntryOrder;
  /** Rewrites the printed words (case, script) before rendering; the truth follows. */
  transform?: (printed: Printed, variant: number) => Printed;
}

const both: Lang[] = ['zh', 'en'];
const toTraditional = Converter({ from: 'cn', to: 't' });
// Taiwan phrasing too (项目 → 專案, 软件 → 軟體), as resumes written there put it.
const toTaiwan = Converter({ from: 'cn', to: 'twp' });

export const FAMILIES: readonly Family[] = [
  { id: 'one-column', format: 'pdf', langs: both },
  { id: 'two-columns', format: 'pdf', langs: both },
  { id: 'left-sidebar', format: 'pdf', langs: both },
  { id: 'right-sidebar', format: 'pdf', langs: both },
  { id: 'date-column', format: 'pdf', langs: both, order: 'title-comma-org' },
  { id: 'icon-headings', format: 'pdf', langs: both },
  { id: 'fake-bold', format: 'pdf', langs: both },
  { id: 'lower-case', format: 'pdf', langs: ['en'], transform: (printed) => ({ ...printed, sections: printed.sections.map((s) => ({ ...s, title: s.title.toLowerCase() })) }) },
  { id: 'zh-hant', format: 'pdf', langs: ['zh'], transform: (printed, variant) => mapText(printed, variant % 2 ? toTaiwan : toTraditional) },
  { id: 'docx-table', format: 'docx', langs: both },
  { id: 'docx-textbox', format: 'docx', langs: both },
  { id: 'markdown', format: 'md', langs: both },
  { id: 'builder-text', format: 'txt', langs: both },
];

export function family(id: string): Family {
  const found = FAMILIES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no layout family ${id}; known: ${FAMILIES.map((each) => each.id).join(', ')}`);
  return found;
}

function mapText(printed: Printed, convert: (text: string) => string): Printed {
  const entry = (e: PrintedEntry): PrintedEntry => ({
    heading: convert(e.heading),
    ...(e.org !== undefined ? { org: convert(e.org) } : {}),
    ...(e.dates !== undefined ? { dates: convert(e.dates) } : {}),
    bullets: e.bullets.map(convert),
  });
  return {
    ...printed,
    name: convert(printed.name),
    contact: printed.contact.map(convert),
    sections: printed.sections.map((s) => ({ ...s, title: convert(s.title), ...(s.entries ? { entries: s.entries.map(entry) } : {}), ...(s.lines ? { lines: s.lines.map(convert) } : {}) })),
  };
}

/**
 * The resume as `family` prints it. `variant` (the resume's place in the list) turns the wheel of
 * title synonyms and entry orders, offset by the family's place, so every family meets several.
 */
export function printResume(content: ResumeContent, familyId: string, variant: number): Printed {
  const layout = family(familyId);
  if (!layout.langs.includes(content.lang)) throw new Error(`layout ${familyId} is not for ${content.lang} resumes`);
  const turn = variant + FAMILIES.indexOf(layout);
  const sections = content.sections.map((section, index): PrintedSection => {
    const titles = TITLES[content.lang][section.kind] ?? [section.kind];
    return { kind: section.kind, title: titles[(turn + index) % titles.length]!, ...(section.entries ? { entries: section.entries } : {}), ...(section.lines ? { lines: section.lines } : {}) };
  });
  const printed: Printed = { lang: content.lang, name: content.name, contact: content.contact, sections, order: layout.order ?? ORDERS[turn % ORDERS.length]! };
  return layout.transform ? layout.transform(printed, variant) : printed;
}

/** The truth of a printed resume: every titled section with its entries or lines, as printed. */
export function truthOf(printed: Printed, file: string): SectionsTruth {
  return {
    file,
    lang: printed.lang,
    sections: printed.sections.map((s) => ({ title: s.title, kind: s.kind, ...(s.entries ? { entries: s.entries } : {}), ...(s.lines ? { lines: s.lines } : {}) })),
  };
}

// ---- shared pieces -------------------------------------------------------------------------

/** The separator between role and organisation in a one-line "Title, Company". */
function comma(lang: Lang): string {
  return lang === 'zh' ? '，' : ', ';
}

/** The sections a sidebar takes: short ones made of lines or one school. */
const SIDE_KINDS = new Set<SectionKind>(['skills', 'education', 'awards']);

// ---- HTML (printed to PDF) -----------------------------------------------------------------

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

interface HtmlStyle {
  css: string;
  /** Inner HTML of a section title. */
  title: (text: string, kind: SectionKind) => string;
  /** The emphasised part of an entry heading. */
  strong: (text: string) => string;
  /** Inner HTML of a list item. */
  item: (text: string) => string;
  /** An entry, when the layout sets it out its own way. */
  entry?: (entry: PrintedEntry, printed: Printed, style: HtmlStyle) => string;
  /** Puts the header and the sections on the page. */
  arrange: (header: string, sections: { section: PrintedSection; html: string }[]) => string;
}

const plainStyle: Omit<HtmlStyle, 'css'> = {
  title: esc,
  strong: (text) => `<b>${esc(text)}</b>`,
  item: esc,
  arrange: (header, sections) => header + sections.map((s) => s.html).join('\n'),
};

function fontFamily(lang: Lang, family: string): string {
  return lang === 'zh' ? `"Noto Sans CJK SC", sans-serif` : family;
}

function baseCss(printed: Printed, font: string): string {
  return `@page { size: A4; margin: 15mm 16mm; }
body { font-family: ${fontFamily(printed.lang, font)}; font-size: 10pt; color: #222; line-height: 1.45; margin: 0; }
h1 { font-size: 21pt; margin: 0 0 3pt; }
.contact { margin: 0 0 6pt; color: #444; }
h2 { font-size: 12.5pt; color: #1f4f7a; border-bottom: 1px solid #9ab; margin: 11pt 0 5pt; padding-bottom: 1pt; }
.entry { margin-bottom: 6pt; }
.head { display: flex; justify-content: space-between; gap: 12pt; }
.head.first { justify-content: flex-start; flex-wrap: wrap; column-gap: 16pt; row-gap: 0; }
.sub { color: #444; }
.gap { display: inline-block; width: 1.6em; }
ul { margin: 2pt 0 0; padding-left: 15pt; }
li { margin: 1pt 0; }
p { margin: 2pt 0; }`;
}

function entryHead(entry: PrintedEntry, printed: Printed, style: HtmlStyle): string {
  const dates = entry.dates ? `<span class="dates">${esc(entry.dates)}</span>` : '';
  const { heading, org } = entry;
  switch (org === undefined ? 'title-org-dates' : printed.order) {
    case 'org-title-dates':
      return `<div class="head"><span>${style.strong(org!)}<span class="gap"></span>${esc(heading)}</span>${dates}</div>`;
    case 'dates-first':
      return `<div class="head first">${dates}<span>${style.strong(org!)}</span><span>${esc(heading)}</span></div>`;
    case 'title-comma-org':
      return `<div class="head"><span>${style.strong(heading)}${comma(printed.lang)}${esc(org!)}</span>${dates}</div>`;
    case 'title-over-org':
      return `<div class="head"><span>${style.strong(heading)}</span></div><div class="head sub"><span>${esc(org!)}</span>${dates}</div>`;
    default:
      return `<div class="head"><span>${style.strong(heading)}${org === undefined ? '' : ` | ${esc(org)}`}</span>${dates}</div>`;
  }
}

function list(items: string[], style: HtmlStyle): string {
  return items.length ? `<ul>${items.map((item) => `<li>${style.item(item)}</li>`).join('')}</ul>` : '';
}

function sectionHtml(section: PrintedSection, printed: Printed, style: HtmlStyle): string {
  const body = section.entries
    ? section.entries.map((entry) => (style.entry ?? defaultEntry)(entry, printed, style)).join('\n')
    : section.kind === 'summary'
      ? (section.lines ?? []).map((line) => `<p>${esc(line)}</p>`).join('')
      : list(section.lines ?? [], style);
  return `<section><h2>${style.title(section.title, section.kind)}</h2>\n${body}</section>`;
}

function defaultEntry(entry: PrintedEntry, printed: Printed, style: HtmlStyle): string {
  return `<div class="entry">${entryHead(entry, printed, style)}${list(entry.bullets, style)}</div>`;
}

function headerHtml(printed: Printed): string {
  return `<header><h1>${esc(printed.name)}</h1><p class="contact">${printed.contact.map(esc).join(' | ')}</p></header>\n`;
}

/** Sections split into main and side, in their order. */
function split(sections: { section: PrintedSection; html: string }[]): { main: string; side: string } {
  const pick = (side: boolean) => sections.filter((s) => SIDE_KINDS.has(s.section.kind) === side).map((s) => s.html).join('\n');
  return { main: pick(false), side: pick(true) };
}

/** Text drawn three times a fraction of a glyph apart: how some tools print bold without a bold font. */
function overprint(text: string): string {
  const copy = (dx: number) => `<span class="over" style="left:${dx}em" aria-hidden="true">${esc(text)}</span>`;
  return `<span class="fb">${esc(text)}${copy(0.03)}${copy(0.06)}</span>`;
}

function iconFor(kind: SectionKind): string {
  const index = ['experience', 'education', 'awards', 'skills', 'summary', 'projects'].indexOf(kind);
  return String.fromCodePoint(PRIVATE_USE_ICONS[index < 0 ? PRIVATE_USE_ICONS.length - 1 : index]!);
}

/** The short sections in a sidebar beside the others; a left sidebar takes the name and contact too. */
function sidebarStyle(side: 'left' | 'right', css: string): HtmlStyle {
  return {
    ...plainStyle,
    css,
    arrange: (header, sections) => {
      const { main, side: aside } = split(sections);
      return side === 'left'
        ? `<div class="page"><aside>${header}${aside}</aside><main>${main}</main></div>`
        : `<div class="page"><main>${header}${main}</main><aside>${aside}</aside></div>`;
    },
  };
}

function htmlStyle(familyId: string, printed: Printed): HtmlStyle {
  const css = (font: string, extra = '') => `${baseCss(printed, font)}\n${extra}`;
  const grid = (columns: string, extra = '') => css('"DejaVu Sans", sans-serif', `.page { display: grid; grid-template-columns: ${columns}; gap: 16pt; }\n${extra}`);
  switch (familyId) {
    case 'two-columns':
      return {
        ...plainStyle,
        css: grid('1fr 1fr'),
        arrange: (header, sections) => {
          // Left: what comes first up to half the sections; right: the rest.
          const half = Math.ceil(sections.length / 2);
          const column = (part: typeof sections) => part.map((s) => s.html).join('\n');
          return `${header}<div class="page"><div>${column(sections.slice(0, half))}</div><div>${column(sections.slice(half))}</div></div>`;
        },
      };
    case 'left-sidebar':
      return sidebarStyle('left', grid('32% 1fr', 'aside { background: #eef2f6; padding: 8pt; }'));
    case 'right-sidebar':
      return sidebarStyle('right', grid('1fr 30%', 'aside { border-left: 2px solid #1f4f7a; padding-left: 10pt; }'));
    case 'date-column':
      return {
        ...plainStyle,
        css: css('"DejaVu Serif", serif', `.row { display: grid; grid-template-columns: 30mm 1fr; column-gap: 5mm; margin-bottom: 5pt; }
.when { color: #555; }
h2 { margin-left: 35mm; }
header { margin-left: 35mm; }`),
        entry: (entry, p, style) => {
          const head = entry.org === undefined ? style.strong(entry.heading) : `${style.strong(entry.heading)}${comma(p.lang)}${esc(entry.org)}`;
          return `<div class="row"><div class="when">${esc(entry.dates ?? '')}</div><div><div>${head}</div>${list(entry.bullets, style)}</div></div>`;
        },
      };
    case 'icon-headings':
      return {
        ...plainStyle,
        css: css('"DejaVu Sans", sans-serif', `${iconFontFace()}
.icon { font-family: "${ICON_FONT_FAMILY}"; font-style: normal; margin-right: 0.4em; color: #1f4f7a; }
ul { list-style: none; padding-left: 4pt; }`),
        title: (text, kind) => `<i class="icon">${iconFor(kind)}</i>${esc(text)}`,
        item: (text) => `<i class="icon">${LETTER_ICON}</i>${esc(text)}`,
      };
    case 'fake-bold':
      return {
        ...plainStyle,
        css: css('"DejaVu Sans", sans-serif', `.fb { position: relative; display: inline-block; }
.over { position: absolute; top: 0; white-space: nowrap; }
h2 { font-weight: normal; }`),
        title: overprint,
        strong: overprint,
      };
    case 'zh-hant':
      return { ...plainStyle, css: css('serif').replace(/Noto Sans CJK SC/g, 'Noto Sans CJK TC') };
    case 'lower-case':
      return { ...plainStyle, css: css('"DejaVu Serif", serif', 'h2 { color: #333; font-size: 13pt; border: none; letter-spacing: 0.04em; }') };
    default:
      return { ...plainStyle, css: css('"DejaVu Sans", sans-serif') };
  }
}

/** The printed resume as an HTML page, for the PDF families. */
export function resumeHtml(printed: Printed, familyId: string): string {
  const style = htmlStyle(familyId, printed);
  const sections = printed.sections.map((section) => ({ section, html: sectionHtml(section, printed, style) }));
  const lang = printed.lang === 'zh' ? (familyId === 'zh-hant' ? 'zh-Hant' : 'zh-CN') : 'en';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${esc(printed.name)}</title>
<style>
${style.css}
</style></head>
<body>
${style.arrange(headerHtml(printed), sections)}
</body>
</html>
`;
}

// ---- text ----------------------------------------------------------------------------------

/** The printed resume as Markdown: `##` titles, entry headings in the order's own way, `-` items. */
export function resumeMarkdown(printed: Printed): string {
  const out = [`# ${printed.name}`, '', printed.contact.join(' | '), ''];
  for (const section of printed.sections) {
    out.push(`## ${section.title}`, '');
    for (const entry of section.entries ?? []) {
      out.push(...markdownHead(entry, printed), ...entry.bullets.map((bullet) => `- ${bullet}`), '');
    }
    if (section.lines) out.push(...(section.kind === 'summary' ? section.lines : section.lines.map((line) => `- ${line}`)), '');
  }
  return out.join('\n');
}

function markdownHead(entry: PrintedEntry, printed: Printed): string[] {
  const { heading, org, dates } = entry;
  const tail = dates ? ` | ${dates}` : '';
  if (org === undefined) return [`### ${heading}${tail}`];
  switch (printed.order) {
    case 'org-title-dates':
      return [`**${org}** · ${heading}${dates ? ` · ${dates}` : ''}`];
    case 'dates-first':
      return [`### ${dates ? `${dates} | ` : ''}${org} | ${heading}`];
    case 'title-comma-org':
      return [`**${heading}**${comma(printed.lang)}${org}${dates ? ` (${dates})` : ''}`];
    case 'title-over-org':
      return [`### ${heading}`, `${org}${tail}`];
    default:
      return [`### ${heading} | ${org}${tail}`];
  }
}

/**
 * The printed resume as text copied out of an online builder: every field on a line of its own
 * (organisation, role, dates), items without markers, a blank line only between entries and sections.
 */
export function resumeBuilderText(printed: Printed): string {
  const out = [printed.name, ...printed.contact, ''];
  const orgFirst = printed.order === 'org-title-dates' || printed.order === 'dates-first';
  for (const section of printed.sections) {
    out.push(section.title);
    for (const entry of section.entries ?? []) {
      const names = entry.org === undefined ? [entry.heading] : orgFirst ? [entry.org, entry.heading] : [entry.heading, entry.org];
      out.push(...names, ...(entry.dates ? [entry.dates] : []), ...entry.bullets, '');
    }
    if (section.lines) out.push(...section.lines, '');
  }
  return out.join('\n');
}
