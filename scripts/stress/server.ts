import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A production Liangdian server (`next build` + `next start`) on loopback for the stress, load and
 * crash scripts. Its output is kept, so a script can check what it logged.
 */
export interface RunningServer {
  baseUrl: string;
  pid: number;
  process: ChildProcess;
  output(): string;
  /** Stops it gently (SIGTERM), then for sure. */
  stop(): Promise<void>;
}

export const ROOT = join(import.meta.dirname, '../..');
const NEXT = join(ROOT, 'node_modules/next/dist/bin/next');

/** Builds once into `distDir`, so the scripts never disturb the developers' `.next`. */
export function buildServer(distDir: string): void {
  const started = Date.now();
  const build = spawnSync(process.execPath, [NEXT, 'build'], { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  console.error(`built ${distDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Node's flags for the server, as `npm run serve` gives them (a larger young generation: fewer pauses under load). */
function serveFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return scripts.serve!.split(/\s+/).filter((word) => word.startsWith('--'));
}

export async function startServer(options: { port: number; distDir: string; env?: Record<string, string> }): Promise<RunningServer> {
  const child = spawn(process.execPath, [...serveFlags(), NEXT, 'start', '-H', '127.0.0.1', '-p', String(options.port)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server did not answer on ${baseUrl}:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
