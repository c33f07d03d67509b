import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { messagesFor } from '@/lib/i18n/messages.ts';
import { currentLanguage } from '../../language.ts';

export async function generateMetadata(): Promise<Metadata> {
  const messages = messagesFor(await currentLanguage());
  return { title: `${messages.explain.heading} · ${messages.appName}` };
}

/** `code` and **bold** inside a line of the scoring notes. */
function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part, index) => {
    if (part.startsWith('`')) return <code key={index}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**')) return <strong key={index}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

/** docs/scoring.md, the one description of the score, shown as a page the report's score panel links to. */
export default async function ScoringPage() {
  const source = await readFile(path.join(process.cwd(), 'docs', 'scoring.md'), 'utf8');
  const blocks = source.split(/\n{2,}/);
  return (
    <article className="doc-page">
      {blocks.map((block, index) => {
        if (block.startsWith('# ')) return <h1 key={index}>{inline(block.slice(2))}</h1>;
        if (block.startsWith('## ')) return <h2 key={index}>{inline(block.slice(3))}</h2>;
        if (block.startsWith('|')) {
          const rows = block.split('\n').filter((row) => !/^\|[-| ]+\|$/.test(row)).map((row) => row.slice(1, -1).split('|').map((cell) => cell.trim()));
          const [head, ...body] = rows;
          return (
            <table key={index}>
              <thead><tr>{head!.map((cell, i) => <th key={i}>{inline(cell)}</th>)}</tr></thead>
              <tbody>{body.map((row, r) => <tr key={r}>{row.map((cell, i) => <td key={i}>{inline(cell)}</td>)}</tr>)}</tbody>
            </table>
          );
        }
        return <p key={index}>{inline(block.replace(/\n/g, ' '))}</p>;
      })}
    </article>
  );
}
