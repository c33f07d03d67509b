import type { ExportView } from './view.ts';
import { citation, formatTime, lineLabel, quoted, topFixLine, wordsToShow } from './format.ts';

/** Markdown that reads well as plain text too: for a chat message or a ticket. */

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, (_, space, mark, after) => `${space}\\${mark}${after}`);
}

function summary(view: ExportView): string[] {
  const { labels, report } = view;
  const out = [`# ${labels.title} · ${labels.product}`, ''];
  if (report.document.source.fileName) out.push(`- ${labels.file}: ${escape(report.document.source.fileName)}`);
  out.push(`- ${view.roleLine}`, `- ${labels.exportedAt}: ${formatTime(view.exportedAt, view.lang)}`);
  if (!view.personal) out.push(`- ${labels.masked}`);
  out.push('', `## ${labels.score}: ${Math.round(report.score.overall)} / 100 · ${view.bandLabel}`, '');
  out.push(`| ${labels.dimensions} | ${labels.score} |`, '|---|---:|');
  for (const d of view.dimensions) out.push(`| ${d.label} | ${Math.round(d.value)} |`);
  if (view.topFixes.length > 0) {
    out.push('', `### ${labels.topFixes}`, '');
    view.topFixes.forEach((fix, index) => {
      const line = topFixLine(view, fix);
      out.push(`${index + 1}. [${fix.finding.tag}] ${escape(line.message)} — ${escape(line.where)} (${line.gain})`);
    });
  }
  return out;
}

function verdicts(view: ExportView): string[] {
  if (view.verdicts.length === 0) return [];
  const out = ['', `## ${view.labels.verdicts}`];
  for (const v of view.verdicts) {
    out.push('', `> ${escape(v.text).replace(/\n/g, '\n> ')}`, '', `— ${escape(v.author.name)}, ${v.signedOff ? view.labels.signedOff : view.labels.notSignedOff}, ${formatTime(v.at, view.lang)}`);
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
      const message = f.dismissed ? `~~${escape(f.message)}~~` : escape(f.message);
      const words = wordsToShow(f);
      out.push(`- [${f.tag}] ${message} (${lineLabel(view, f.lineNumber)})${words ? ` ${escape(quoted(words, view.lang))}` : ''}`);
      if (f.template) out.push(`  - ${labels.template}: ${escape(f.template)}`);
      for (const decision of f.decisions) out.push(`  - ${labels.mentor}: ${escape(decision)}`);
    }
    out.push('', `${labels.why}: ${escape(citation(view, group.why))}  `);
    for (const fix of group.fixes) out.push(`${labels.fix}: ${escape(fix)}  `);
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
    out.push('', `### ${thread.tag} · ${escape(comment.author.name)} · ${lineLabel(view, thread.lineNumber)}${state ? ` (${state})` : ''}`, '');
    if (comment.anchor) out.push(`> ${escape(comment.anchor.quote)}`, '');
    out.push(escape(comment.body));
    for (const reply of thread.replies) out.push('', `- ${labels.reply} · ${escape(reply.author.name)}: ${escape(reply.body)}`);
  }
  return out;
}

function resume(view: ExportView): string[] {
  const out = ['', `## ${view.labels.resume}`, ''];
  for (const line of view.resume) {
    const text = line.segments
      .map((segment) => {
        const words = escape(segment.text);
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
