import type { ExportView } from './view.ts';
import { citation, formatTime, lineLabel, quoted, topFixLine, wordsToShow } from './format.ts';

/** Markdown that reads well as plain text too: for a chat message or a ticket. */

/**
 * Escapes only what would change how the text renders (emphasis, code, HTML, links, headings,
 * list markers), so the Markdown still reads cleanly where a chat shows it as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*<>~]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (match) => match.replace('_', '\\_'))
    .replace(/\]\(/g, ']\\(')
    .replace(/^(\s*)(#|[-+]\s|\d+\.\s)/, (_, space: string, mark: string) => `${space}\\${mark}`);
}

function summary(view: ExportView): string[] {
  const { labels, report } = view;
  const out = [`# ${labels.title} · ${labels.product}`, ''];
  if (report.document.source.fileName) out.push(`- ${labels.file}: ${escapeMarkdown(report.document.source.fileName)}`);
  out.push(`- ${view.roleLine}`, `- ${labels.exportedAt}: ${formatTime(view.exportedAt, view)}`);
  if (!view.personal) out.push(`- ${labels.masked}`);
  out.push('', `## ${view.scoreLine}`, '');
  out.push(`| ${labels.dimensions} | ${labels.score} |`, '|---|---:|');
  for (const d of view.dimensions) out.push(`| ${d.label} | ${Math.round(d.value)} |`);
  if (view.topFixes.length > 0) {
    out.push('', `### ${labels.topFixes}`, '');
    view.topFixes.forEach((fix, index) => {
      const line = topFixLine(view, fix);
      out.push(`${index + 1}. [${fix.finding.tag}] ${escapeMarkdown(line.message)} — ${escapeMarkdown(line.where)} (${line.gain})`);
    });
  }
  return out;
}

function verdicts(view: ExportView): string[] {
  if (view.verdicts.length === 0) return [];
  const out = ['', `## ${view.labels.verdicts}`];
  for (const v of view.verdicts) {
    out.push('', `> ${escapeMarkdown(v.text).replace(/\n/g, '\n> ')}`, '', `— ${escapeMarkdown(v.author.name)}, ${v.signedOff ? view.labels.signedOff : view.labels.notSignedOff}, ${formatTime(v.at, view)}`);
  }
  return out;
}

function findings(view: ExportView): string[] {
  const { labels } = view;
  const out = ['', `## ${labels.findings}`];
  if (view.findings.length === 0) out.push('', labels.noFindings);
  for (const group of view.groups) {
    out.push('', `### ${group.severityLabel} · ${group.dimensionLabel}`, '');
    for (const f of group.items) {
      const message = f.dismissed ? `~~${escapeMarkdown(f.message)}~~` : escapeMarkdown(f.message);
      const words = wordsToShow(f);
      out.push(`- [${f.tag}] ${message} (${lineLabel(view, f.lineNumber)})${words ? ` ${escapeMarkdown(quoted(words, view.lang))}` : ''}`);
      if (f.template) out.push(`  - ${labels.template}: ${escapeMarkdown(f.template)}`);
      for (const decision of f.decisions) out.push(`  - ${labels.mentor}: ${escapeMarkdown(decision)}`);
    }
    out.push('', `${labels.why}: ${escapeMarkdown(citation(view, group.why))}  `);
    for (const fix of group.fixes) out.push(`${labels.fix}: ${escapeMarkdown(fix)}  `);
  }
  return out;
}

function comments(view: ExportView): string[] {
  if (view.comments.length === 0) return [];
  const { labels } = view;
  const out = ['', `## ${labels.comments}`];
  for (const thread of view.comments) {
    const { comment } = thread;
    const state = [comment.outdated || (comment.anchor && !thread.anchored) ? labels.outdated : '', comment.resolved ? labels.resolved : '']
      .filter(Boolean).join(', ');
    out.push('', `### ${thread.tag} · ${escapeMarkdown(comment.author.name)} · ${lineLabel(view, thread.lineNumber)}${state ? ` (${state})` : ''}`, '');
    if (comment.anchor) out.push(`> ${escapeMarkdown(comment.anchor.quote)}`, '');
    out.push(escapeMarkdown(comment.body));
    for (const reply of thread.replies) out.push('', `- ${labels.reply} · ${escapeMarkdown(reply.author.name)}: ${escapeMarkdown(reply.body)}`);
  }
  return out;
}

function resume(view: ExportView): string[] {
  const out = ['', `## ${view.labels.resume}`, ''];
  for (const line of view.resume) {
    const text = line.segments
      .map((segment) => {
        const words = escapeMarkdown(segment.text);
        if (segment.marks.length === 0 || words.trim() === '') return words;
        return `**${words}**[${segment.marks.map((m) => m.tag).join(',')}]`;
      })
      .join('');
    if (text.trim() === '') continue;
    out.push(line.heading ? `\n#### ${text}\n` : `${text}  `);
  }
  return out;
}

export function toMarkdown(view: ExportView): string {
  return [...summary(view), ...verdicts(view), ...findings(view), ...comments(view), ...resume(view), ''].join('\n');
}
