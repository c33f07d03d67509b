/** @type {import('next').NextConfig} */
const nextConfig = {
  // These packages load files (cMaps, WASM, workers) at run time: keep them out of the bundle.
  serverExternalPackages: [
    'pdf-parse', 'pdfjs-dist', '@napi-rs/canvas', '@electric-sql/pglite', 'pg', 'mammoth', 'natural',
    'docx', 'pdf-lib', 'jszip', 'playwright-core', '@playwright/test',
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Lets several builds (e.g. one per test run) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The proxy (proxy.ts) sees request bodies; by default Next keeps only their first 10 MB, which
  // would cut a 10 MB upload plus its multipart framing. The upload route enforces the real limit.
  experimental: { proxyClientMaxBodySize: '11mb' },
};
export default nextConfig;
