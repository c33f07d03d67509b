import {
  CommentRangeEnd, CommentRangeStart, CommentReference, Document, HeadingLevel, Packer, Paragraph, ShadingType, TextRun,
  type ICommentOptions, type ParagraphChild,
} from 'docx';
import type { ExportView } from './view.ts';
import { findingNote, formatTime, topFixLine } from './format.ts';

/**
 * A Word document of the resume with every finding and mentor comment as a Word comment on its
 * exact words, so a mentor can go on reviewing in Word; a short summary of the report comes first.
 */

const washes = { error: 'FDE2E2', warning: 'FDECC8', suggestion: 'DDE8FD', praise: 'D9F5E1', comment: 'EDE4FB' } as const;

const noteParagraphs = (text: string) => text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));

/** Closes a Word comment's range and places its marker, which Word needs to show the comment. */
const commentEnd = (id: number) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];

interface Range {
  /** Word comment ids that share these words: a comment and its replies. */
  ids: number[];
  wash: string | null;
}

function commentsAndRanges(view: ExportView) {
  const comments: ICommentOptions[] = [];
  const ranges = new Map<string, Range>();
  const date = new Date(view.exportedAt);
  for (const f of view.findings) {
    const id = comments.length;
    comments.push({ id, author: view.labels.product, initials: 'LD', date, children: noteParagraphs(findingNote(view, f)) });
    ranges.set(f.tag, { ids: [id], wash: f.dismissed ? null : washes[f.severity] });
  }
  for (const thread of view.comments) {
    const { comment } = thread;
    const id = comments.length;
    const quote = comment.anchor && !thread.anchored ? `${view.labels.outdated}: ${comment.anchor.quote}\n` : '';
    comments.push({ id, author: comment.author.name, date: new Date(comment.at), resolved: comment.resolved, children: noteParagraphs(quote + comment.body) });
    const ids = [id];
    for (const reply of thread.replies) {
      ids.push(comments.length);
      comments.push({ id: comments.length, parentId: id, author: reply.author.name, date: new Date(reply.at), children: noteParagraphs(reply.body) });
    }
    ranges.set(thread.tag, { ids, wash: washes.comment });
  }
  return { comments, ranges };
}

/** Where each mark's words begin and end, as (line index, segment index), across line breaks. */
type Extents = { first: Map<string, string>; last: Map<string, string> };

function extents(view: ExportView): Extents {
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  view.resume.forEach((line, li) =>
    line.segments.forEach((segment, si) => {
      for (const mark of segment.marks) {
        if (!first.has(mark.tag)) first.set(mark.tag, `${li}:${si}`);
        last.set(mark.tag, `${li}:${si}`);
      }
    }),
  );
  return { first, last };
}

function resumeParagraphs(view: ExportView, ranges: Map<string, Range>, { first, last }: Extents): Paragraph[] {
  return view.resume.map((line, li) => {
    const children: ParagraphChild[] = [];
    line.segments.forEach((segment, si) => {
      const at = `${li}:${si}`;
      for (const mark of segment.marks) if (first.get(mark.tag) === at) for (const id of ranges.get(mark.tag)!.ids) children.push(new CommentRangeStart(id));
      const wash = segment.marks.map((m) => ranges.get(m.tag)!.wash).find((w) => w !== null);
      children.push(new TextRun({ text: segment.text, bold: line.heading, ...(wash ? { shading: { type: ShadingType.CLEAR, fill: wash, color: 'auto' } } : {}) }));
      for (const mark of segment.marks) {
        if (last.get(mark.tag) !== at) continue;
        for (const id of ranges.get(mark.tag)!.ids) children.push(...commentEnd(id));
      }
    });
    return new Paragraph({ children, spacing: line.heading ? { before: 160, after: 40 } : { after: 20 } });
  });
}

function summaryParagraphs(view: ExportView, ranges: Map<string, Range>, placed: Extents): Paragraph[] {
  const { labels, report } = view;
  const text = (value: string, options: { bold?: boolean; color?: string; size?: number } = {}) => new TextRun({ text: value, ...options });
  const out = [
    new Paragraph({ children: [text(labels.product, { color: 'DE911D', bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(labels.title)] }),
    new Paragraph({ children: [text([report.document.source.fileName, view.roleLine, `${labels.exportedAt}: ${formatTime(view.exportedAt, view)}`].filter(Boolean).join('  ·  '), { color: '52606D', size: 18 })] }),
  ];
  if (!view.personal) out.push(new Paragraph({ children: [text(labels.masked, { color: '486581', size: 18 })] }));
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(view.scoreLine)] }),
    new Paragraph({ children: [text(view.dimensions.map((d) => `${d.label} ${Math.round(d.value)}`).join('   '))] }),
  );
  if (view.topFixes.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(labels.topFixes)] }));
    for (const fix of view.topFixes) {
      const line = topFixLine(view, fix);
      out.push(new Paragraph({ bullet: { level: 0 }, children: [text(`[${fix.finding.tag}] ${line.message} `), text(`${line.where} `, { color: '52606D' }), text(line.gain, { color: '15803D', bold: true })] }));
    }
  }
  if (view.verdicts.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(labels.verdicts)] }));
    for (const v of view.verdicts) {
      out.push(new Paragraph({ children: [text(v.text)] }), new Paragraph({ children: [text(`— ${v.author.name} · ${v.signedOff ? labels.signedOff : labels.notSignedOff} · ${formatTime(v.at, view)}`, { color: '52606D', size: 18 })] }));
    }
  }
  // Findings about the whole resume, and comments whose words are gone, carry their Word comments on a line of their own here.
  const unplaced = [
    ...view.findings.filter((f) => !placed.first.has(f.tag)).map((f) => ({ tag: f.tag, text: `[${f.tag}] ${f.severityLabel} · ${f.message}` })),
    ...view.comments.filter((c) => !placed.first.has(c.tag)).map((c) => ({ tag: c.tag, text: `[${c.tag}] ${c.comment.author.name}: ${c.comment.anchor?.quote ?? c.comment.body}` })),
  ];
  if (unplaced.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(labels.overall)] }));
    for (const item of unplaced) {
      const ids = ranges.get(item.tag)!.ids;
      out.push(new Paragraph({
        bullet: { level: 0 },
        children: [
          ...ids.map((id) => new CommentRangeStart(id)),
          text(item.text),
          ...ids.flatMap(commentEnd),
        ],
      }));
    }
  }
  return out;
}

export async function toDocx(view: ExportView): Promise<Uint8Array> {
  const { comments, ranges } = commentsAndRanges(view);
  const marked = extents(view);
  const doc = new Document({
    creator: view.labels.product,
    title: view.labels.title,
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' }, size: 21 } } } },
    comments: { children: comments },
    sections: [{
      children: [
        ...summaryParagraphs(view, ranges, marked),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(view.labels.resume)] }),
        ...resumeParagraphs(view, ranges, marked),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
