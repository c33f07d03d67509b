import { family, printResume, resumeBuilderText, resumeHtml, resumeMarkdown, truthOf, type ResumeContent } from './layouts.ts';
import { resumeDocxTable, resumeDocxTextbox } from './layouts-docx.ts';
import type { SectionsTruth } from './sections.ts';

/** A generated resume: HTML still to be printed to PDF, the bytes of a Word file, or text. */
export type Rendered = { ext: 'pdf'; html: string } | { ext: 'docx'; bytes: Uint8Array } | { ext: 'md' | 'txt'; text: string };

/**
 * One resume through one layout family, with its truth; `truth.file` is `<family>/<resume>.<ext>`,
 * a path under the folder the generated files are written to.
 */
export async function renderLayout(content: ResumeContent, familyId: string, variant: number): Promise<{ rendered: Rendered; truth: SectionsTruth }> {
  const printed = printResume(content, familyId, variant);
  const { format } = family(familyId);
  const rendered: Rendered =
    format === 'pdf' ? { ext: 'pdf', html: resumeHtml(printed, familyId) }
    : format === 'docx' ? { ext: 'docx', bytes: await (familyId === 'docx-table' ? resumeDocxTable : resumeDocxTextbox)(printed) }
    : format === 'md' ? { ext: 'md', text: resumeMarkdown(printed) }
    : { ext: 'txt', text: resumeBuilderText(printed) };
  return { rendered, truth: truthOf(printed, `${familyId}/${content.id}.${rendered.ext}`) };
}
