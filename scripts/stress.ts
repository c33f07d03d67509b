// `npm run stress [-- --quick] [--channels=isolated,cli,api] [--base-url=http://127.0.0.1:3300] [--no-build]`
// Generates a hostile corpus (never committed), runs it through the isolated parser, the CLI and
// the HTTP API, prints a table per channel and writes JSON under artifacts/stress/.
import { join } from 'node:path';
import type { Channel } from './stress/channels.ts';
import { runStress } from './stress/run.ts';
import { ROOT } from './stress/server.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const quick = args.includes('--quick');
const channels = (option('channels')?.split(',') ?? (quick ? ['isolated', 'cli'] : ['isolated', 'cli', 'api'])) as Channel[];

const report = await runStress({
  quick,
  channels,
  workDir: join(ROOT, 'artifacts', 'stress'),
  port: Number(option('port') ?? 3311),
  baseUrl: option('base-url'),
  build: !args.includes('--no-build'),
});
process.exitCode = report.ok ? 0 : 1;
