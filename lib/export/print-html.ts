import type { Severity } from '../report/schema.ts';
import type { ExportView, FindingGroup, FindingView, CommentThread, ResumeLine } from './view.ts';
import { citation, formatTime, lineLabel, quoted, topFixLine, wordsToShow } from './format.ts';
import { MASK } from './mask.ts';

/** The print layout of a report: an A4 HTML page Chromium turns into the PDF export. */

const fontStack = `"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

const severityColours: Record<Severity, { ink: string; wash: string }> = {
  error: { ink: '#b91c1c', wash: '#fde2e2' },
  warning: { ink: '#b45309', wash: '#fdecc8' },
  suggestion: { ink: '#1d4ed8', wash: '#dde8fd' },
  praise: { ink: '#15803d', wash: '#d9f5e1' },
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escaped text with masked personal details drawn as solid bars rather than rows of dots. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(new RegExp(`${MASK}+`, 'g'), (run) => `<span class="redacted">${run}</span>`);
}

const paragraphs = (text: string) => textHtml(text).replace(/\n/g, '<br>');

const css = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${fontStack}; font-size: 10pt; line-height: 1.55; color: #1f2933; }
h1, h2, h3 { font-weight: 700; margin: 0; }
h2 { font-size: 13pt; color: #102a43; border-bottom: 2px solid #f0b429; padding-bottom: 3pt; margin: 18pt 0 8pt; break-after: avoid; }
.brand { display: flex; justify-content: space-between; align-items: baseline; color: #627d98; font-size: 9pt; letter-spacing: .04em; }
.brand strong { color: #de911d; font-size: 11pt; letter-spacing: .02em; }
h1 { font-size: 21pt; color: #102a43; margin: 6pt 0 4pt; }
.meta { color: #52606d; font-size: 9pt; display: flex; flex-wrap: wrap; gap: 4pt 16pt; }
.masked { color: #486581; font-size: 8.5pt; margin-top: 3pt; }
.summary { display: flex; gap: 18pt; margin-top: 14pt; padding: 12pt 14pt; background: #f5f7fa; border-radius: 8pt; break-inside: avoid; }
.score { flex: 0 0 108pt; text-align: center; border-right: 1px solid #d9e2ec; padding-right: 14pt; }
.score .value { font-size: 40pt; font-weight: 700; color: #102a43; line-height: 1.1; }
.score .outof { font-size: 10pt; color: #829ab1; }
.score .band { display: inline-block; margin-top: 4pt; padding: 1pt 10pt; border-radius: 10pt; background: #102a43; color: #fff; font-size: 9pt; }
.dims { flex: 1; display: grid; grid-template-columns: 64pt 1fr 26pt; gap: 5pt 8pt; align-items: center; font-size: 9pt; align-content: center; }
.bar { height: 7pt; background: #d9e2ec; border-radius: 4pt; overflow: hidden; }
.bar span { display: block; height: 100%; background: linear-gradient(90deg, #f0b429, #de911d); border-radius: 4pt; }
.dims .num { text-align: right; font-weight: 700; color: #334e68; }
.fixes { margin: 10pt 0 0; padding: 0; list-style: none; break-inside: avoid; }
.fixes li { display: flex; gap: 8pt; align-items: baseline; padding: 3pt 0; border-bottom: 1px dashed #d9e2ec; }
.fixes .what { flex: 1; }
.fixes .where { color: #829ab1; font-size: 8.5pt; margin-left: 6pt; }
.fixes .gain { margin-left: auto; color: #15803d; font-weight: 700; white-space: nowrap; }
.tag { flex: none; display: inline-block; min-width: 15pt; padding: 0 4pt; border-radius: 7pt; font-size: 7.5pt; font-weight: 700; line-height: 12pt; text-align: center; color: #fff; background: #486581; vertical-align: 1pt; }
.verdict { border: 1px solid #c6f7e2; background: #effcf6; border-radius: 6pt; padding: 8pt 12pt; margin-bottom: 6pt; break-inside: avoid; }
.verdict .by { color: #52606d; font-size: 8.5pt; margin-top: 4pt; }
.resume { border: 1px solid #d9e2ec; border-radius: 6pt; padding: 8pt 10pt 8pt 0; font-size: 9.5pt; line-height: 1.75; }
.resume .line { display: flex; }
.resume .no { flex: 0 0 30pt; text-align: right; padding-right: 8pt; color: #9fb3c8; font-size: 7.5pt; user-select: none; }
.resume .text { flex: 1; white-space: pre-wrap; word-break: break-word; }
.resume .heading .text { font-weight: 700; color: #102a43; }
.resume .pagebreak { margin: 4pt 0 4pt 30pt; border-top: 1px dashed #bcccdc; color: #9fb3c8; font-size: 7.5pt; }
.redacted { background: #52606d; color: transparent; border-radius: 2pt; letter-spacing: -.25em; padding-right: .25em; }
mark { border-radius: 2pt; padding: 0 1pt; color: inherit; }
mark.comment { background: #ede4fb; border-bottom: 1.5pt dotted #7c3aed; }
mark.dismissed { background: #eef1f4; text-decoration: line-through; text-decoration-color: #9fb3c8; }
sup { font-size: 6.5pt; font-weight: 700; margin-left: 1pt; }
.group { border-left: 3pt solid; background: #fbfcfd; border-radius: 0 6pt 6pt 0; padding: 7pt 11pt; margin-bottom: 9pt; }
.group .head { break-after: avoid; display: flex; gap: 6pt; align-items: center; font-size: 8.5pt; color: #52606d; }
.group .chip { padding: 0 7pt; border-radius: 8pt; font-weight: 700; line-height: 14pt; }
.group .count { color: #829ab1; }
.items { list-style: none; margin: 4pt 0 5pt; padding: 0; }
.item { break-inside: avoid; display: flex; gap: 7pt; align-items: baseline; padding: 3pt 0; border-bottom: 1px dashed #e4e7eb; }
.item:last-child { border-bottom: 0; }
.item .body { flex: 1; }
.item .message { font-weight: 700; color: #102a43; }
.item .words { color: #52606d; font-size: 9pt; }
.item .template { color: #334e68; font-size: 8.5pt; }
.item .where { color: #829ab1; font-size: 8pt; white-space: nowrap; }
.item.dismissed .message { text-decoration: line-through; color: #829ab1; }
.mentor { color: #6b21a8; font-size: 9pt; }
.group dl { break-inside: avoid; display: grid; grid-template-columns: 46pt 1fr; gap: 2pt 8pt; margin: 0; font-size: 8.5pt; color: #334e68; }
.group dt { color: #829ab1; }
.group dd { margin: 0; }
.template { font-style: italic; }
.thread { border: 1px solid #e4d7f7; border-radius: 6pt; padding: 7pt 11pt; margin-bottom: 8pt; break-inside: avoid; }
.thread .head { font-size: 8.5pt; color: #52606d; display: flex; gap: 6pt; align-items: center; }
.thread .head .where { margin-left: auto; }
.thread blockquote { margin: 4pt 0; padding-left: 8pt; border-left: 2pt solid #c4b5fd; color: #52606d; }
.thread .reply { margin: 5pt 0 0 14pt; padding-top: 4pt; border-top: 1px dashed #e4d7f7; }
.muted { color: #829ab1; }
`;

function tagHtml(tag: string, colour: string): string {
  return `<span class="tag" style="background:${colour}">${escapeHtml(tag)}</span>`;
}

function markColour(severity: Severity | null): string {
  return severity ? severityColours[severity].ink : '#7c3aed';
}

function lineHtml(line: ResumeLine): string {
  // Each mark's tag goes once, right after the last piece of its words on this line.
  const lastSegment = new Map<string, number>();
  line.segments.forEach((segment, index) => segment.marks.forEach((m) => lastSegment.set(m.tag, index)));
  const body = line.segments
    .map((segment, index) => {
      const text = textHtml(segment.text);
      const sups = segment.marks
        .filter((m) => lastSegment.get(m.tag) === index)
        .map((m) => `<sup style="color:${markColour(m.severity)}">${escapeHtml(m.tag)}</sup>`)
        .join('');
      if (segment.marks.length === 0) return text;
      const finding = segment.marks.find((m) => m.kind === 'finding' && !m.dismissed) ?? segment.marks.find((m) => m.kind === 'finding');
      const cls = finding ? (finding.dismissed ? 'dismissed' : '') : 'comment';
      const style = finding && !finding.dismissed ? ` style="background:${severityColours[finding.severity!].wash}"` : '';
      return `<mark class="${cls}"${style}>${text}</mark>${sups}`;
    })
    .join('');
  return `<div class="line${line.heading ? ' heading' : ''}"><span class="no">${line.number}</span><span class="text">${body}</span></div>`;
}

function resumeHtml(view: ExportView): string {
  let page = view.resume[0]?.page ?? 1;
  const rows = view.resume.map((line) => {
    const divider = line.page !== page ? `<div class="pagebreak">${escapeHtml(view.labels.page)} ${line.page}</div>` : '';
    page = line.page;
    return divider + lineHtml(line);
  });
  return `<h2>${escapeHtml(view.labels.resume)}</h2><div class="resume">${rows.join('')}</div>`;
}

function itemHtml(view: ExportView, f: FindingView): string {
  const words = wordsToShow(f);
  const decisions = f.decisions.map((d) => `<div class="mentor">${escapeHtml(view.labels.mentor)}: ${escapeHtml(d)}</div>`).join('');
  return `<li class="item${f.dismissed ? ' dismissed' : ''}">${tagHtml(f.tag, severityColours[f.severity].ink)}<div class="body">
<div class="message">${paragraphs(f.message)}</div>${words ? `<div class="words">${paragraphs(quoted(words, view.lang))}</div>` : ''}${f.template ? `<div class="template">${escapeHtml(view.labels.template)}: ${paragraphs(f.template)}</div>` : ''}${decisions}</div>
<span class="where">${escapeHtml(lineLabel(view, f.lineNumber))}</span></li>`;
}

function groupHtml(view: ExportView, group: FindingGroup): string {
  const { labels } = view;
  const colour = severityColours[group.severity];
  const rows = [
    [labels.why, escapeHtml(citation(view, group.why))],
    ...(group.fixes.length ? [[labels.fix, group.fixes.map(paragraphs).join('<br>')]] : []),
  ];
  return `<section class="group" style="border-color:${colour.ink}">
<div class="head"><span class="chip" style="background:${colour.wash};color:${colour.ink}">${escapeHtml(group.severityLabel)}</span><span>${escapeHtml(group.dimensionLabel)}</span>${group.items.length > 1 ? `<span class="count">× ${group.items.length}</span>` : ''}</div>
<ul class="items">${group.items.map((f) => itemHtml(view, f)).join('')}</ul>
<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term!)}</dt><dd>${value}</dd>`).join('')}</dl>
</section>`;
}

function threadHtml(view: ExportView, thread: CommentThread): string {
  const { comment } = thread;
  const state = [comment.anchor && !thread.anchored ? view.labels.outdated : '', comment.resolved ? view.labels.resolved : ''].filter(Boolean).join(' · ');
  const replies = thread.replies
    .map((r) => `<div class="reply"><strong>${escapeHtml(r.author.name)}</strong> <span class="muted">${escapeHtml(formatTime(r.at, view))}</span><br>${paragraphs(r.body)}</div>`)
    .join('');
  return `<section class="thread">
<div class="head">${tagHtml(thread.tag, '#7c3aed')}<strong>${escapeHtml(comment.author.name)}</strong><span class="muted">${escapeHtml(formatTime(comment.at, view))}</span>${state ? `<span class="muted">${escapeHtml(state)}</span>` : ''}<span class="where">${escapeHtml(lineLabel(view, thread.lineNumber))}</span></div>
${comment.anchor ? `<blockquote>${textHtml(quoted(comment.anchor.quote, view.lang))}</blockquote>` : ''}
<div>${paragraphs(comment.body)}</div>${replies}
</section>`;
}

function summaryHtml(view: ExportView): string {
  const { labels, report } = view;
  const meta = [
    report.document.source.fileName ? `${labels.file}: ${report.document.source.fileName}` : '',
    view.roleLine,
    `${labels.exportedAt}: ${formatTime(view.exportedAt, view)}`,
  ].filter(Boolean);
  const dims = view.dimensions
    .map((d) => `<span>${escapeHtml(d.label)}</span><div class="bar"><span style="width:${Math.max(0, Math.min(100, d.value))}%"></span></div><span class="num">${Math.round(d.value)}</span>`)
    .join('');
  const fixes = view.topFixes.length === 0 ? '' : `<h2>${escapeHtml(labels.topFixes)}</h2><ol class="fixes">${view.topFixes
    .map((fix) => {
      const line = topFixLine(view, fix);
      return `<li>${tagHtml(fix.finding.tag, severityColours[fix.finding.severity].ink)}<span class="what">${escapeHtml(line.message)}<span class="where">${textHtml(line.where)}</span></span><span class="gain">${escapeHtml(line.gain)}</span></li>`;
    })
    .join('')}</ol>`;
  return `<header>
<div class="brand"><strong>${escapeHtml(labels.product)}</strong><span>${escapeHtml(formatTime(view.exportedAt, view))}</span></div>
<h1>${escapeHtml(labels.title)}</h1>
<div class="meta">${meta.map((m) => `<span>${textHtml(m)}</span>`).join('')}</div>
${view.personal ? '' : `<div class="masked">${escapeHtml(labels.masked)}</div>`}
</header>
<div class="summary">
${report.score.status === 'unread' ? `<div class="score">${escapeHtml(view.scoreLine)}</div>` : `<div class="score"><div class="value">${Math.round(report.score.overall)}</div><div class="outof">/ 100 ${escapeHtml(labels.score)}</div><div class="band">${escapeHtml(view.bandLabel)}</div></div>`}
<div class="dims">${dims}</div>
</div>${fixes}`;
}

function verdictsHtml(view: ExportView): string {
  if (view.verdicts.length === 0) return '';
  return `<h2>${escapeHtml(view.labels.verdicts)}</h2>${view.verdicts
    .map((v) => `<div class="verdict"><div>${paragraphs(v.text)}</div><div class="by">— ${escapeHtml(v.author.name)} · ${escapeHtml(v.signedOff ? view.labels.signedOff : view.labels.notSignedOff)} · ${escapeHtml(formatTime(v.at, view))}</div></div>`)
    .join('')}`;
}

/** The footer Chromium repeats on every page (its own template language: pageNumber, totalPages). */
export function printFooter(view: ExportView): string {
  return `<div style="width:100%;font-family:${escapeHtml(fontStack)};font-size:7.5pt;color:#829ab1;padding:0 15mm;display:flex;justify-content:space-between">
<span>${escapeHtml(view.labels.product)} · ${escapeHtml(view.labels.title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

export function toPrintHtml(view: ExportView): string {
  const findings = view.findings.length === 0 ? `<p class="muted">${escapeHtml(view.labels.noFindings)}</p>` : view.groups.map((g) => groupHtml(view, g)).join('\n');
  const comments = view.comments.length === 0 ? '' : `<h2>${escapeHtml(view.labels.comments)}</h2>${view.comments.map((t) => threadHtml(view, t)).join('\n')}`;
  return `<!doctype html>
<html lang="${view.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(view.labels.title)}</title><style>${css}</style></head>
<body>
${summaryHtml(view)}
${verdictsHtml(view)}
<h2>${escapeHtml(view.labels.findings)}</h2>
${findings}
${comments}
${resumeHtml(view)}
</body></html>`;
}
