import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfjsAssetOptions, pdfjsRoot } from './pdfjs-assets.ts';

describe('pdfjsAssetOptions', () => {
  it('points at the packed CJK cMaps and the standard fonts, as directories', () => {
    const options = pdfjsAssetOptions();
    expect(options.cMapPacked).toBe(true);
    expect(options.cMapUrl.endsWith('/')).toBe(true);
    expect(existsSync(join(options.cMapUrl, 'UniGB-UCS2-H.bcmap'))).toBe(true);
    expect(existsSync(join(options.standardFontDataUrl, 'FoxitFixed.pfb'))).toBe(true);
  });

  it('finds pdf.js from this module when the working directory has no such package', () => {
    expect(pdfjsRoot([join(tmpdir(), 'package.json'), import.meta.url])).toBe(pdfjsRoot([join(process.cwd(), 'package.json')]));
  });

  it('says where it looked when pdf.js is nowhere to be found', () => {
    expect(() => pdfjsRoot([join(tmpdir(), 'package.json')])).toThrow(/pdfjs-dist is not installed.*tmp/);
  });
});
