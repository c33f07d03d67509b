import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './server/browser.ts';

/**
 * One build and one server per run: a free port, a fresh embedded database and its own build
 * directory. The runner's environment carries the choices to its workers, so they agree.
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.LIANGDIAN_E2E_PORT ??= freePort();
process.env.LIANGDIAN_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'liangdian-e2e-'));
const port = process.env.LIANGDIAN_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions,
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    // A long keep-alive: Node's 5 s default races the test client reusing an idle socket (ECONNRESET).
    command: 'npx next build && npx next start -H 127.0.0.1 -p $PORT --keepAliveTimeout 120000',
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: port,
      LIANGDIAN_DATA_DIR: process.env.LIANGDIAN_E2E_DATA_DIR,
      NEXT_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      // The tests upload more often than one person would.
      LIANGDIAN_UPLOAD_RATE: '1000/1000',
      // The tests play a proxy in front of the server (it appends each client's address), so that
      // each test can be a client of its own; the security spec checks what a client forges is ignored.
      LIANGDIAN_TRUSTED_PROXY_HOPS: '1',
    },
  },
});
