// The CLI (or another script) as one precompiled ES module graph, so a run does not pay tsx's on-the-fly
// compile of every source file (about 0.7 s and 300 MB per process). Plain JavaScript: it runs before
// any TypeScript loader exists.
//
// The bundle is a cache, never a release artefact: it lives under node_modules/.cache, is keyed by a
// hash of the content of every file it was built from, and is rebuilt (or bypassed) the moment any of
// them changes, so a stale bundle never runs. Packages in node_modules stay external and load as usual.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository this file belongs to. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_ENTRY = 'cli/main.ts';
/**
 * Modules an entry starts as worker threads, bundled beside its main.js in the same build (so under
 * the same content key: a stale worker never runs with a fresh main). Keyed by output name.
 */
const WORKERS = { [CLI_ENTRY]: { 'parse-worker': 'cli/parse-worker.ts' } };
/** Files that shape the build without being bundled: this build step and the compiler settings. */
const BUILD_INPUTS = [fileURLToPath(import.meta.url), 'package.json', 'tsconfig.json'];
/**
 * Packages compiled into the bundle: small pure-JavaScript ones every review loads, whose dozens of
 * module files cost more to resolve and load one by one (zod: 40 ms) than to read as one. The rest
 * (pdf.js with its worker and data files, native code, what only an export needs) load from node_modules.
 */
const BUNDLED_PACKAGES = /^(?:zod|natural)(?:\/|$)/;
/** A superseded build is removed after this long: a run that started on it may still load its lazy chunks. */
const KEEP_OLD_MS = 10 * 60_000;

/** One cache folder per entry module: "cli/main.ts" -> node_modules/.cache/liangdian-bundle/cli-main. */
const cacheDir = (root, entry) => join(root, 'node_modules', '.cache', 'liangdian-bundle', entry.replace(/\.[^./]+$/, '').replace(/[/\\]/g, '-'));

/** Hash of files' paths and contents, given as [path relative to the root, bytes] in path order. */
function contentHash(entries) {
  const hash = createHash('sha256');
  for (const [file, content] of entries) hash.update(file).update('\0').update(String(content.byteLength)).update('\0').update(content);
  return hash.digest('hex').slice(0, 32);
}

/** The files' current contents, or null when one is missing (the module graph changed). */
function readAll(root, files) {
  try {
    return files.map((file) => [file, readFileSync(resolve(root, file))]);
  } catch {
    return null;
  }
}

function currentKey(cache) {
  try {
    return readFileSync(join(cache, 'current'), 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The URL of the bundle of `entry` (a module path relative to `root`), or null when there is none or
 * any file it was built from has changed since (content, not times, is compared).
 */
export function freshBundle(root = REPO_ROOT, entry = CLI_ENTRY) {
  const cache = cacheDir(root, entry);
  const key = currentKey(cache);
  if (!key) return null;
  const dir = join(cache, key);
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8'));
  } catch {
    return null;
  }
  const entries = readAll(root, inputs);
  return entries && contentHash(entries) === key ? pathToFileURL(join(dir, 'main.js')).href : null;
}

/** Bundles `entry` (relative to `root`) with esbuild into the cache and makes it current; returns its URL. */
export async function buildBundle(root = REPO_ROOT, entry = CLI_ENTRY) {
  const { build } = await import('esbuild');
  const cache = cacheDir(root, entry);
  // The key is the hash of exactly the bytes compiled: esbuild gets each source from here rather than
  // reading it again, so a file edited during the build cannot end up under a key it does not match.
  const read = new Map(BUILD_INPUTS.map((file) => relative(root, resolve(root, file))).filter((file) => existsSync(resolve(root, file))).map((file) => [file, readFileSync(resolve(root, file))]));
  const recordSources = {
    name: 'record-sources',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) => (BUNDLED_PACKAGES.test(path) ? undefined : { external: true }));
      build.onLoad({ filter: /\.(ts|tsx|js|mjs|json)$/ }, ({ path }) => {
        const contents = readFileSync(path);
        read.set(relative(root, path), contents);
        const loader = path.endsWith('.json') ? 'json' : path.endsWith('.tsx') ? 'tsx' : path.endsWith('.ts') ? 'ts' : 'js';
        return { contents, loader };
      });
    },
  };
  const staging = join(cache, `.staging-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    await build({
      absWorkingDir: root,
      // A project without one of the workers (a test fixture) bundles without it.
      entryPoints: { main: entry, ...Object.fromEntries(Object.entries(WORKERS[entry] ?? {}).filter(([, file]) => existsSync(resolve(root, file)))) },
      outdir: staging,
      bundle: true,
      // Each command stays its own chunk, loaded only when it runs (pdf.js only for a PDF, and so on).
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [recordSources],
    });
    const inputs = [...read.keys()].sort();
    const key = contentHash(inputs.map((file) => [file, read.get(file)]));
    writeFileSync(join(staging, 'inputs.json'), JSON.stringify(inputs));
    const dir = join(cache, key);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run built the same sources first; its output is the same.
      if (!existsSync(join(dir, 'main.js'))) throw error;
    }
    const previous = currentKey(cache);
    const pointer = join(cache, `.current-${process.pid}`);
    writeFileSync(pointer, key);
    renameSync(pointer, join(cache, 'current'));
    if (previous && previous !== key) {
      const now = new Date();
      try {
        utimesSync(join(cache, previous), now, now);
      } catch {
        // Already removed.
      }
    }
    pruneOldBuilds(cache, key);
    return pathToFileURL(join(dir, 'main.js')).href;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The fresh bundle of `entry`, built first when there is none. */
export async function bundled(root = REPO_ROOT, entry = CLI_ENTRY) {
  return freshBundle(root, entry) ?? buildBundle(root, entry);
}

/** Removes builds superseded (or staging folders left) more than KEEP_OLD_MS ago. */
function pruneOldBuilds(cache, keep) {
  const now = Date.now();
  for (const entry of readdirSync(cache)) {
    if (entry === keep || entry === 'current') continue;
    const path = join(cache, entry);
    try {
      if (now - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by a concurrent run.
    }
  }
}
