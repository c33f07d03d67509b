import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../server/browser.ts';
import { pdfFromHtml } from '../server/pdf-from-html.ts';

/** A PDF from raw objects (1-based numbering in order), with a correct cross-reference table. */
function rawPdf(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A one-page PDF whose standard security handler wants a password nobody knows. */
export function encryptedPdf(): Buffer {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex');
  const content = 'BT /F1 12 Tf 72 720 Td (Operations manager) Tj ET';
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${hex(32)}> /U <${hex(32)}> /P -3904 >>`,
  ], `/Encrypt 6 0 R /ID [<${hex(16)}> <${hex(16)}>]`);
}

/** A PDF that starts like one and then is noise. */
export function corruptPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(4096)]);
}

/** A "scan": a resume page as a picture, printed to PDF with no text layer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  let png: Buffer;
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent('<body style="font:20px sans-serif;padding:40px"><h1>张三</h1><p>用户运营 | 负责社群拉新，月活提升 30%</p><p>Operations lead, grew DAU by 40%</p></body>');
    png = await page.screenshot();
  } finally {
    await browser.close();
  }
  return pdfFromHtml(`<body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}"></body>`);
}
