import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, type Report } from '../../lib/report/schema.ts';
import { openPglite } from '../store/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'liangdian-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = '张三\n负责社群运营';
const report: Report = {
  schemaVersion: REPORT_SCHEMA_VERSION,
  role: { target: null, inferred: null, given: false },
  document: {
    version: 1, source: { type: 'text', bytes: Buffer.byteLength(text) }, text, language: 'zh', pages: [], lines: [],
    contact: { emails: [], phones: [], urls: [] }, sections: [], diagnostics: [],
  },
  findings: [],
  score: { overall: 50, band: 'fair', algorithmVersion: 'test', dimensions: { highlights: 50, ownership: 50, resources: 50, roleFit: 50, clarity: 50 }, topFixes: [] },
};

describe('embedded database durability', () => {
  it('keeps every acknowledged comment when the server process is killed mid-write', async () => {
    const dataDir = path.join(dir, 'db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/mentor/crash-writer.fixture.ts', dataDir, JSON.stringify(report)], {
      cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: Array<{ reviewId: string; commentId: string }> = [];
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for await (const line of createInterface({ input: child.stdout! })) {
      acknowledged.push(JSON.parse(line));
      // Kill without warning while the next write is in flight.
      if (acknowledged.length === 25) child.kill('SIGKILL');
    }
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const db = await openPglite(dataDir);
    try {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM review_comments WHERE review_id = $1', [acknowledged[0]!.reviewId]);
      const stored = new Set(rows.map((r) => r.id));
      expect(acknowledged.filter((a) => !stored.has(a.commentId))).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
