// `npm run crash [-- --rounds=3 --no-build --backends=pglite,postgres]`
// Kills the server with SIGKILL in the middle of a stream of mentor comments, restarts it on the
// same data, and checks that every comment the server acknowledged (201) is still there — on the
// embedded database and on a real PostgreSQL 15. Writes artifacts/crash/crash.json.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, buildServer, startServer, type RunningServer } from './stress/server.ts';

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const rounds = Math.min(20, Number(option('rounds', '3')));
const backends = option('backends', 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const APP_PORT = Number(option('port', '3330'));
const WRITERS = 8;
const PG_BIN = process.env.LIANGDIAN_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PG_PORTS = [5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5449];

interface Database {
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The embedded database: a directory that outlives each server process. */
function pglite(dir: string): Database {
  return { env: { LIANGDIAN_DATA_DIR: join(dir, 'data') }, stop: async () => undefined };
}

/** As root, PostgreSQL's own commands run as the `postgres` user. */
function asPostgres(binary: string, binaryArgs: string[]): [string, string[]] {
  const path = join(PG_BIN, binary);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', path, ...binaryArgs]] : [path, binaryArgs];
}

/** A real PostgreSQL 15 with default durability (fsync on), on loopback, in a temporary directory. */
async function postgres(dir: string): Promise<Database> {
  const dataDir = join(dir, 'pg');
  if (process.getuid?.() === 0) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout);
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout);
    chownSync(dir, uid, gid);
  }
  await run(...asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']));
  let server: ChildProcess | null = null;
  let port = 0;
  let log = '';
  for (const candidate of PG_PORTS) {
    const [file, fileArgs] = asPostgres('postgres', ['-D', dataDir, '-p', String(candidate), '-c', 'listen_addresses=127.0.0.1', '-k', dir]);
    const child = spawn(file, fileArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const ready = await waitForPostgres(candidate, child);
    if (ready) {
      server = child;
      port = candidate;
      break;
    }
    child.kill('SIGKILL');
  }
  if (!server) throw new Error(`PostgreSQL could not start on any of ports ${PG_PORTS.join(', ')}:\n${log.slice(-2000)}`);
  await run(...asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'liangdian']));
  return {
    env: { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/liangdian`, LIANGDIAN_DATA_DIR: join(dir, 'data') },
    async stop() {
      const exited = new Promise((resolve) => (server!.exitCode !== null ? resolve(null) : server!.once('exit', resolve)));
      // The child is `runuser`, which does not pass a signal on to PostgreSQL: ask PostgreSQL itself.
      await run(...asPostgres('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w'])).catch(() => server!.kill('SIGKILL'));
      await exited;
    },
  };
}

async function waitForPostgres(port: number, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    if (await run(...asPostgres('pg_isready', ['-h', '127.0.0.1', '-p', String(port)])).then(() => true, () => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** A review with a mentor link: where the comments go. */
async function prepare(baseUrl: string): Promise<{ id: string; token: string }> {
  const { id } = await json<{ id: string }>(await fetch(`${baseUrl}/api/reviews`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Jordan Lee\nEXPERIENCE\nUser Operations Lead, Maple Learning, 2021 - present\n- Grew monthly active users from 120k to 310k\n' }),
  }));
  const { url } = await json<{ url: string }>(await fetch(`${baseUrl}/api/reviews/${id}/mentors`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Crash mentor' }),
  }));
  return { id, token: url.split('/').at(-1)! };
}

/**
 * Writers post comments as fast as the server answers until it dies; returns the bodies it
 * acknowledged with 201 and how many requests were cut off.
 */
async function commentUntilDeath(baseUrl: string, token: string, round: number, server: RunningServer, killAfterMs: number) {
  const acknowledged: string[] = [];
  let cutOff = 0;
  let sent = 0;
  let alive = true;
  const killer = setTimeout(() => {
    alive = false;
    server.process.kill('SIGKILL');
  }, killAfterMs);
  await Promise.all(Array.from({ length: WRITERS }, async (_, writer) => {
    for (let n = 0; alive; n++) {
      const body = `crash round ${round} writer ${writer} comment ${n} ${Math.random().toString(36).slice(2)}`;
      sent++;
      try {
        const response = await fetch(`${baseUrl}/api/m/${token}/comments`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ body, anchor: { version: 1, span: { start: 0, end: 6 }, quote: 'Jordan' } }),
        });
        await response.arrayBuffer();
        if (response.status === 201) acknowledged.push(body);
        else throw new Error(`comment answered ${response.status}`);
      } catch (error) {
        if (alive) throw error;
        cutOff++;
        return;
      }
    }
  }));
  clearTimeout(killer);
  await new Promise((resolve) => (server.process.exitCode !== null || server.process.signalCode ? resolve(null) : server.process.once('exit', resolve)));
  return { acknowledged, cutOff, sent };
}

interface RoundResult {
  backend: string;
  round: number;
  killAfterMs: number;
  sent: number;
  acknowledged: number;
  cutOff: number;
  present: number;
  missing: string[];
}

async function crashBackend(backend: 'pglite' | 'postgres', distDir: string): Promise<RoundResult[]> {
  const dir = mkdtempSync(join(tmpdir(), `liangdian-crash-${backend}-`));
  const database = backend === 'pglite' ? pglite(dir) : await postgres(dir);
  const env = { ...database.env, LIANGDIAN_WRITE_RATE: '100000/100000', LIANGDIAN_UPLOAD_RATE: '100000/100000' };
  const results: RoundResult[] = [];
  try {
    let server = await startServer({ port: APP_PORT, distDir, env });
    const { id, token } = await prepare(server.baseUrl);
    for (let round = 1; round <= rounds; round++) {
      const killAfterMs = 2_000 + Math.floor(Math.random() * 3_000);
      const { acknowledged, cutOff, sent } = await commentUntilDeath(server.baseUrl, token, round, server, killAfterMs);
      server = await startServer({ port: APP_PORT, distDir, env });
      const stored = await (await fetch(`${server.baseUrl}/api/reviews/${id}/mentors`)).text();
      const missing = acknowledged.filter((body) => !stored.includes(body));
      results.push({ backend, round, killAfterMs, sent, acknowledged: acknowledged.length, cutOff, present: acknowledged.length - missing.length, missing });
      console.log(`${backend} round ${round}: killed after ${killAfterMs} ms; ${acknowledged.length} acknowledged, ${acknowledged.length - missing.length} present after restart, ${missing.length} missing, ${cutOff} cut off`);
    }
    await server.stop();
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const distDir = '.next-stress';
if (!args.includes('--no-build')) buildServer(distDir);
const results: RoundResult[] = [];
for (const backend of backends) results.push(...await crashBackend(backend, distDir));
const out = join(ROOT, 'artifacts', 'crash');
mkdirSync(out, { recursive: true });
const lost = results.reduce((sum, result) => sum + result.missing.length, 0);
writeFileSync(join(out, 'crash.json'), `${JSON.stringify({ rounds, writers: WRITERS, results, lost }, null, 2)}\n`);
console.log(`crash: ${results.length} kills, ${results.reduce((sum, result) => sum + result.acknowledged, 0)} comments acknowledged, ${lost} lost; wrote ${join(out, 'crash.json')}`);
// A round counts only if the kill really came mid-stream: comments acknowledged and requests cut off.
const midStream = results.every((result) => result.acknowledged > 0 && result.cutOff > 0);
process.exitCode = lost === 0 && midStream && results.length === rounds * backends.length ? 0 : 1;
