// A pool child: the real parser, out of the server's process.
import { parseResume } from '../../lib/ingest/index.ts';
import { ocrPages } from '../ocr/index.ts';
import { serveJobs } from './serve.ts';

// Loading pdf.js takes a while; pay for it before the child says it is ready, not on a user's upload.
const WARM_UP_PDF = '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n'
  + '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>> endobj\n'
  + '4 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n'
  + '5 0 obj <</Length 36>> stream\nBT /F1 12 Tf 20 100 Td (Warm up) Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
await parseResume({ bytes: new TextEncoder().encode(WARM_UP_PDF), fileName: 'warm-up.pdf' }).catch(() => undefined);

// Photos and scans are read by OCR here, inside the child's time and memory limits.
serveJobs((input) => parseResume(input, { ocr: ocrPages }));
