#!/usr/bin/env node
// The CLI is TypeScript. A run loads a precompiled bundle of it when one matches the sources exactly
// (cli/bundle.js), building it first when the sources changed; where no bundle can be built, or with
// LIANGDIAN_TSX=1, tsx compiles the sources on the fly as they load (about a second slower).
// LIANGDIAN_DEBUG=1 says why a bundle could not be built.
const bundle = process.env.LIANGDIAN_TSX === '1' ? null : await import('../cli/bundle.js');
let entry = bundle?.freshBundle() ?? null;
if (bundle && !entry) {
  try {
    entry = await bundle.buildBundle();
  } catch (error) {
    if (process.env.LIANGDIAN_DEBUG) process.stderr.write(`liangdian: CLI bundle not built, running through tsx: ${error.stack}\n`);
  }
}
if (entry) await import(entry);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
