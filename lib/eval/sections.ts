import { z } from 'zod';
import type { Entry, ResumeDocument, Section } from '../document/schema.ts';
import { letterStream } from '../text/normalise.ts';

/** Section ground truth, as ../shared/eval/FORMAT.md defines it (unknown keys such as `notes` ignored). */
export const SectionsTruth = z.object({
  file: z.string(),
  lang: z.enum(['zh', 'en']).optional(),
  sections: z.array(
    z.object({
      title: z.string(),
      kind: z.string(),
      entries: z.array(z.object({ heading: z.string().optional(), org: z.string().optional(), dates: z.string().optional(), bullets: z.array(z.string()).default([]) })).optional(),
      lines: z.array(z.string()).optional(),
    }),
  ),
});
export type SectionsTruth = z.infer<typeof SectionsTruth>;

export interface FileScore {
  file: string;
  titleRecall: number;
  bulletRecall: number;
  entryRecall: number;
  titles: { found: number; total: number };
  bullets: { found: number; total: number };
  entries: { found: number; total: number };
  /** True titles, bullets and entries that were not recovered, for reading what went wrong. */
  missed: { titles: string[]; bullets: string[]; entries: string[] };
}

export interface SectionsScore {
  overall: { titleRecall: number; bulletRecall: number; entryRecall: number };
  files: FileScore[];
}

/**
 * Scores one parsed resume against its truth.
 * - A true title is found when a parsed section has the same letter stream and the same kind.
 * - A true bullet is recovered when, inside the parsed section matched to its true section, a
 *   parsed entry whose header names the true entry (its heading or organisation) holds a bullet
 *   with the same letter stream.
 * - A true entry is recovered when one parsed entry of that section carries its fields apart: the
 *   true heading and organisation each equal one of the parsed entry's heading and organisation
 *   (either way round: which of role and employer a template prints first is not the reader's
 *   call), and the true dates equal the parsed dates' text, all as letter streams. "Title, Company"
 *   kept as one heading, or an organisation that keeps its city, does not count. Each parsed entry
 *   stands for one true entry at most.
 */
export function scoreFile(truth: SectionsTruth, document: ResumeDocument): FileScore {
  const missed: FileScore['missed'] = { titles: [], bullets: [], entries: [] };
  let titlesFound = 0;
  let bulletsTotal = 0;
  let bulletsFound = 0;
  let entriesTotal = 0;
  let entriesFound = 0;
  const used = new Set<Section>();
  for (const trueSection of truth.sections) {
    const key = letterStream(trueSection.title);
    const section = document.sections.find((candidate) => !used.has(candidate) && letterStream(candidate.title) === key);
    if (section) used.add(section);
    if (section && section.kind === trueSection.kind) titlesFound++;
    else missed.titles.push(`${trueSection.title} [${trueSection.kind}]${section ? ` found as ${section.kind}` : ''}`);
    const claimed = new Set<Entry>();
    for (const trueEntry of trueSection.entries ?? []) {
      entriesTotal++;
      const carrier = (section?.entries ?? []).find((entry) => !claimed.has(entry) && carriesFields(entry, trueEntry));
      if (carrier) {
        claimed.add(carrier);
        entriesFound++;
      } else missed.entries.push([trueEntry.heading, trueEntry.org, trueEntry.dates].filter(Boolean).join(' | '));
      const names = [trueEntry.heading, trueEntry.org].filter((name): name is string => !!name).map(letterStream).filter(Boolean);
      // The parsed entries whose heading text names the true entry best (heading and organisation both, else either).
      const matches = (section?.entries ?? []).map((entry) => {
        const header = letterStream(`${document.text.slice(entry.span.start, entry.bullets[0]?.span.start ?? entry.span.end)} ${entry.heading} ${entry.organisation ?? ''}`);
        return { entry, count: names.filter((name) => header.includes(name)).length };
      });
      const best = Math.max(0, ...matches.map((match) => match.count));
      const entries = best ? matches.filter((match) => match.count === best).map((match) => match.entry) : [];
      const bullets = new Set(entries.flatMap((entry) => entry.bullets.map((bullet) => letterStream(bullet.text))));
      for (const bullet of trueEntry.bullets) {
        bulletsTotal++;
        if (bullets.has(letterStream(bullet))) bulletsFound++;
        else missed.bullets.push(bullet);
      }
    }
  }
  const titlesTotal = truth.sections.length;
  return {
    file: truth.file,
    titleRecall: ratio(titlesFound, titlesTotal),
    bulletRecall: ratio(bulletsFound, bulletsTotal),
    entryRecall: ratio(entriesFound, entriesTotal),
    titles: { found: titlesFound, total: titlesTotal },
    bullets: { found: bulletsFound, total: bulletsTotal },
    entries: { found: entriesFound, total: entriesTotal },
    missed,
  };
}

type TrueEntry = NonNullable<SectionsTruth['sections'][number]['entries']>[number];

/** Does the parsed entry hold the true entry's heading, organisation and dates, each as a field of its own? */
function carriesFields(entry: Entry, truth: TrueEntry): boolean {
  if (truth.dates !== undefined && letterStream(entry.dates?.text ?? '') !== letterStream(truth.dates)) return false;
  const fields = [entry.heading, entry.organisation ?? ''].map(letterStream);
  const names = [truth.heading, truth.org].filter((name): name is string => name !== undefined).map(letterStream);
  // Each true name takes a field of its own, so one heading that runs both together matches neither.
  return names.every((name) => {
    const at = fields.indexOf(name);
    return at >= 0 && fields.splice(at, 1).length === 1;
  });
}

function ratio(found: number, total: number): number {
  return total ? found / total : 1;
}

/** What a file's recall is counted from. */
export type Counts = Pick<FileScore, 'titles' | 'bullets' | 'entries'>;

/** Recall over several files, pooling every title, bullet and entry (a file with more bullets weighs more). */
export function pooled(files: Counts[]): SectionsScore['overall'] {
  const sum = (pick: (file: Counts) => { found: number; total: number }) =>
    files.reduce((acc, file) => ({ found: acc.found + pick(file).found, total: acc.total + pick(file).total }), { found: 0, total: 0 });
  const [titles, bullets, entries] = [sum((file) => file.titles), sum((file) => file.bullets), sum((file) => file.entries)];
  return { titleRecall: ratio(titles.found, titles.total), bulletRecall: ratio(bullets.found, bullets.total), entryRecall: ratio(entries.found, entries.total) };
}

export function scoreAll(files: FileScore[]): SectionsScore {
  return { overall: pooled(files), files };
}

/** Pooled recall per top folder of the files' paths (the generator writes one folder per layout family). */
export function pooledByFolder(files: (Counts & { file: string })[]): Map<string, SectionsScore['overall'] & { files: number }> {
  const folders = new Map<string, (Counts & { file: string })[]>();
  for (const file of files) {
    const folder = file.file.split('/')[0]!;
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
  return new Map([...folders].map(([folder, list]) => [folder, { ...pooled(list), files: list.length }]));
}
