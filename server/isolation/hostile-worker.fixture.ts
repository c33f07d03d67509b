// A pool child for the pool's own tests: each text is a command that misbehaves the way a
// hostile file can make the real parser misbehave (hang, crash, eat memory, throw).
import { IngestError } from '../../lib/ingest/errors.ts';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { serveJobs } from './serve.ts';

const held: Buffer[] = [];

serveJobs(async (task, progress) => {
  if (task.kind !== 'review') throw new TypeError(`no ${task.kind} here`);
  const { input } = task;
  const command = 'text' in input ? input.text : `bytes:${input.bytes.length}`;
  progress('reviewing');
  if (command === 'hang') for (;;);
  if (command === 'crash') process.exit(3);
  if (command === 'eat-memory') for (;;) held.push(Buffer.alloc(64 * 2 ** 20, 1));
  if (command === 'encrypted') throw new IngestError('encrypted', { zh: '文件已加密', en: 'The file is encrypted' });
  if (command === 'bug') throw new TypeError('x is undefined');
  const document: ResumeDocument = {
    version: 1,
    source: { type: 'text', bytes: command.length },
    text: `${command} pid:${process.pid}`,
    language: 'en',
    pages: [],
    lines: [],
    contact: { emails: [], phones: [], urls: [] },
    sections: [],
    diagnostics: [],
  };
  return document;
});
