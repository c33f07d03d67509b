import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { pdfFromHtml } from './pdf-from-html.ts';

/** Our own resumes (never corpus text), as HTML, plain text and their PDF and DOCX renderings. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/resumes/', import.meta.url));

/**
 * Fixtures that are another of our resumes laid out differently, so its words are written once:
 * `zh-two-column` is zh-ops with its skills, education and resources in a left column.
 */
const LAYOUTS: Record<string, { from: string; layout: (html: string) => string }> = {
  'zh-two-column': { from: 'zh-ops', layout: (html) => withSideColumn(html, ['专业技能', '教育背景', '拥有资源'], '（双栏）') },
};

export async function fixtureHtml(name: string): Promise<string> {
  const derived = LAYOUTS[name];
  if (derived) return derived.layout(await fixtureHtml(derived.from));
  return readFile(join(FIXTURES_DIR, `${name}.html`), 'utf8');
}

/** The resume with the sections titled `side` (in that order) in a column left of the others. */
function withSideColumn(html: string, side: string[], titleNote: string): string {
  const sections = [...html.matchAll(/<section>[\s\S]*?<\/section>\n*/g)].map((match) => match[0]);
  const titleOf = (section: string) => /<h2>(.*?)<\/h2>/.exec(section)?.[1] ?? '';
  const aside = side.map((title) => {
    const section = sections.find((each) => titleOf(each) === title);
    if (!section) throw new Error(`fixture has no section titled ${title}`);
    return section;
  });
  const main = sections.filter((section) => !side.includes(titleOf(section)));
  const start = html.indexOf(sections[0]!);
  const end = html.lastIndexOf(sections.at(-1)!) + sections.at(-1)!.length;
  const columns = `<div class="page">\n<aside>\n${aside.join('')}</aside>\n<main>\n${main.join('')}</main>\n</div>\n`;
  return (html.slice(0, start) + columns + html.slice(end))
    .replace('</title>', `${titleNote}</title>`)
    .replace('</style>', '  .page { display: grid; grid-template-columns: 34% 1fr; gap: 14pt; }\n  aside { border-right: 1px solid #ccd; padding-right: 10pt; }\n</style>');
}

export async function fixtureText(name: string): Promise<string> {
  return readFile(join(FIXTURES_DIR, `${name}.txt`), 'utf8');
}

/**
 * fixtures/resumes/<name>.html printed to PDF by Chromium, cached in the OS temp directory under
 * the hash of the HTML, so tests print each fixture once per change.
 */
export async function fixturePdf(name: string): Promise<Uint8Array> {
  const html = await fixtureHtml(name);
  const hash = createHash('sha256').update(html).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'liangdian-fixtures');
  const file = join(dir, `${name}-${hash}.pdf`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    const pdf = await pdfFromHtml(html);
    await mkdir(dir, { recursive: true });
    // Write then rename, so a parallel test never reads half a file.
    const partial = `${file}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, pdf);
    await rename(partial, file);
    return pdf;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&([a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole).replace(/\s+/g, ' ').trim();
}

/**
 * fixtures/resumes/<name>.html as a Word document built with the `docx` package, the way a person
 * would write it in Word: the name as Title, section titles as Heading 1, entry headings in bold,
 * list items as bulleted paragraphs, other paragraphs plain.
 */
export async function fixtureDocx(name: string): Promise<Uint8Array> {
  const html = await fixtureHtml(name);
  const body = html.slice(html.indexOf('<body'));
  const paragraphs: Paragraph[] = [];
  for (const match of body.matchAll(/<(h1|h2|p|li|div class="head")[^>]*>([\s\S]*?)<\/(?:h1|h2|p|li|div)>/g)) {
    const [, tag, inner] = match;
    const text = textOf(inner!.replace(/<\/span>\s*<span>/g, '</span> | <span>'));
    if (!text) continue;
    if (tag === 'h1') paragraphs.push(new Paragraph({ text, heading: HeadingLevel.TITLE }));
    else if (tag === 'h2') paragraphs.push(new Paragraph({ text, heading: HeadingLevel.HEADING_1 }));
    else if (tag === 'li') paragraphs.push(new Paragraph({ text, bullet: { level: 0 } }));
    else if (tag?.startsWith('div')) paragraphs.push(new Paragraph({ children: [new TextRun({ text, bold: true })] }));
    else paragraphs.push(new Paragraph({ text }));
  }
  const document = new Document({ creator: 'Liangdian fixtures', sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
