/** @type {import('next').NextConfig} */
const nextConfig = {
  // These packages load files (cMaps, WASM, workers) at run time: keep them out of the bundle.
  serverExternalPackages: ['pdf-parse', 'pdfjs-dist', '@napi-rs/canvas', '@electric-sql/pglite', 'pg', 'mammoth', 'natural', 'docx', 'pdf-lib', 'playwright-core', '@playwright/test'],
  poweredByHeader: false,
};
export default nextConfig;
