import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 server binaries; overridable for other machines. */
export const POSTGRES_BIN = process.env.LIANGDIAN_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** Ports the mentor tests may use for PostgreSQL (5433–5439). */
const PORTS = [5433, 5434, 5435, 5436, 5437, 5438, 5439];
const OS_USER = 'postgres';

export interface TestPostgres {
  /** A `postgres://` URL to a fresh, empty database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Why a real PostgreSQL cannot run here, or null when it can. Tests skip with this message. */
export function postgresUnavailable(): string | null {
  for (const binary of ['initdb', 'postgres']) {
    if (!existsSync(join(POSTGRES_BIN, binary))) return `PostgreSQL server binaries not found in ${POSTGRES_BIN} (set LIANGDIAN_PG_BIN)`;
  }
  return null;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** initdb refuses to run as root, so as root every server command runs as the `postgres` user. */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  const path = join(POSTGRES_BIN, binary);
  return process.getuid?.() === 0 ? ['runuser', ['-u', OS_USER, '--', path, ...args]] : [path, args];
}

async function waitUntilAccepting(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}:\n${log()}`);
    const [file, args] = asServerUser('pg_isready', ['-h', '127.0.0.1', '-p', String(port), '-U', OS_USER]);
    const ready = await run(file, args).then(() => true, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`postgres did not accept connections on port ${port} within 30 s:\n${log()}`);
}

/**
 * Starts a throwaway PostgreSQL server on loopback in a temporary directory (trust auth, fsync off:
 * the data is discarded). Each call takes the first port of 5433–5439 it can bind.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const unavailable = postgresUnavailable();
  if (unavailable) throw new Error(unavailable);
  const dir = mkdtempSync(join(tmpdir(), 'liangdian-pg-'));
  const dataDir = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', OS_USER]);
    const { stdout: gid } = await run('id', ['-g', OS_USER]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const [initFile, initArgs] = asServerUser('initdb', ['-D', dataDir, '-U', OS_USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  await run(initFile, initArgs);

  // Another test run may take a port between the probe and the bind: then the next port is tried.
  let started: { port: number; child: ChildProcess } | undefined;
  const failures: string[] = [];
  for (const port of PORTS) {
    if (!(await portIsFree(port))) continue;
    const [file, args] = asServerUser('postgres', [
      '-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'max_connections=50',
    ]);
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => { output += d; });
    child.stderr?.on('data', (d) => { output += d; });
    try {
      await waitUntilAccepting(port, child, () => output);
      started = { port, child };
      break;
    } catch (error) {
      if (child.exitCode === null) child.kill('SIGKILL');
      failures.push(String(error));
    }
  }
  if (!started) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a test PostgreSQL on any of ports ${PORTS.join(', ')}:\n${failures.join('\n')}`);
  }
  const { port, child } = started;

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `postgres://${OS_USER}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (child.exitCode === null) {
        // runuser does not forward signals, so ask the server itself for a fast shutdown.
        const [stopFile, stopArgs] = asServerUser('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
        await run(stopFile, stopArgs).catch(() => child.kill('SIGKILL'));
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
