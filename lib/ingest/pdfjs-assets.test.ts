import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CachedCMapReaderFactory, CachedStandardFontDataFactory, pdfjsAssetOptions, pdfjsRoot } from './pdfjs-assets.ts';

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

describe('the cached data-file readers', () => {
  const { cMapUrl, standardFontDataUrl } = pdfjsAssetOptions();

  it('give every document its own copy of a packed cMap, as pdf.js’s own reader does', async () => {
    const reader = new CachedCMapReaderFactory({ baseUrl: cMapUrl, isCompressed: true });
    const first = await reader.fetch({ name: 'UniGB-UCS2-H' });
    const second = await new CachedCMapReaderFactory({ baseUrl: cMapUrl, isCompressed: true }).fetch({ name: 'UniGB-UCS2-H' });
    expect(first.isCompressed).toBe(true);
    expect(first.cMapData).toEqual(new Uint8Array(readFileSync(join(cMapUrl, 'UniGB-UCS2-H.bcmap'))));
    expect(second.cMapData).toEqual(first.cMapData);
    expect(second.cMapData.buffer).not.toBe(first.cMapData.buffer);
  });

  it('read standard font files', async () => {
    const data = await new CachedStandardFontDataFactory({ baseUrl: standardFontDataUrl }).fetch({ filename: 'FoxitFixed.pfb' });
    expect(data).toEqual(new Uint8Array(readFileSync(join(standardFontDataUrl, 'FoxitFixed.pfb'))));
  });

  it('refuse a name that is not a plain file name, and a file that is not there', async () => {
    const reader = new CachedCMapReaderFactory({ baseUrl: cMapUrl });
    await expect(reader.fetch({ name: '../package.json' })).rejects.toThrow(/no pdf.js data file/);
    await expect(reader.fetch({ name: 'No-Such-CMap' })).rejects.toThrow(/ENOENT/);
    await expect(new CachedStandardFontDataFactory({}).fetch({ filename: 'FoxitFixed.pfb' })).rejects.toThrow(/no pdf.js data file/);
  });
});
