// `npm start`: builds the app only when its sources changed since the last build, so a server
// restarted on a current build answers in about a second instead of rebuilding first.
// The build is marked with a hash of the sources it was made from (file contents, not times:
// a fresh checkout or copy changes every file's time and nothing else).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FOLDERS = ['app', 'lib', 'rules', 'server', 'public'];
const FILES = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const distDir = process.env.NEXT_DIST_DIR || '.next';
const marker = join(distDir, 'liangdian-sources.sha256');

function* sourceFiles(folder) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (!/\.(test|spec)\.tsx?$/.test(entry.name)) yield path;
  }
}

const hash = createHash('sha256');
for (const file of [...FOLDERS.flatMap((folder) => [...sourceFiles(folder)]), ...FILES.filter((file) => existsSync(file))]) {
  hash.update(file).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');

const current = existsSync(join(distDir, 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === digest;
if (current) {
  console.log(`liangdian: the build in ${distDir} is current; serving it`);
} else {
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(marker, digest);
}
