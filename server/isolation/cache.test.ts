import { describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../lib/document/schema.ts';
import { IngestError } from '../../lib/ingest/errors.ts';
import { OutcomeCache, reviewKey } from './cache.ts';
import type { ParseInput } from './protocol.ts';

function documentOf(text: string): ResumeDocument {
  return {
    version: 1, source: { type: 'text', bytes: text.length }, text, language: 'en', pages: [], lines: [],
    contact: { emails: [], phones: [], urls: [] }, sections: [], diagnostics: [],
  };
}

type Cache = OutcomeCache<ResumeDocument>;
const TRANSIENT = new Set(['timeout'] as const);
const newCache = (size: number): Cache => new OutcomeCache<ResumeDocument>(size, TRANSIENT);
const fetchVia = (cache: Cache, input: ParseInput, parse: (input: ParseInput) => Promise<ResumeDocument>) => cache.get(reviewKey(input, undefined), () => parse(input));

function countingParser(result: (input: ParseInput) => Promise<ResumeDocument>) {
  const calls: ParseInput[] = [];
  return { calls, parse: (input: ParseInput) => (calls.push(input), result(input)) };
}

describe('OutcomeCache', () => {
  it('keys reviews by content, name and role, never by identity', () => {
    expect(reviewKey({ bytes: new Uint8Array([1, 2]), fileName: 'a.pdf' }, undefined)).toBe(reviewKey({ bytes: new Uint8Array([1, 2]), fileName: 'a.pdf' }, undefined));
    expect(reviewKey({ bytes: new Uint8Array([1, 2]), fileName: 'a.pdf' }, undefined)).not.toBe(reviewKey({ bytes: new Uint8Array([1, 2]), fileName: 'b.pdf' }, undefined));
    expect(reviewKey({ bytes: new TextEncoder().encode('x') }, undefined)).not.toBe(reviewKey({ text: 'x' }, undefined));
    expect(reviewKey({ text: 'x' }, 'community-ops')).not.toBe(reviewKey({ text: 'x' }, undefined));
  });

  it('parses once and hands every caller the same document, which none can change', async () => {
    const cache = newCache(4);
    const parser = countingParser(async (input) => documentOf('text' in input ? input.text : ''));
    const first = await fetchVia(cache, { text: 'resume' }, parser.parse);
    expect(() => {
      first.text = 'changed by a caller';
    }).toThrow(TypeError);
    expect(() => first.lines.push({ span: { start: 0, end: 1 }, page: 1, language: 'en' })).toThrow(TypeError);
    const second = await fetchVia(cache, { text: 'resume' }, parser.parse);
    expect(second).toBe(first);
    expect(second.text).toBe('resume');
    expect(parser.calls).toHaveLength(1);
  });

  it('lets identical requests in flight share one parse', async () => {
    const cache = newCache(4);
    const parser = countingParser(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return documentOf('same');
    });
    const documents = await Promise.all(Array.from({ length: 10 }, () => fetchVia(cache, { text: 'same' }, parser.parse)));
    expect(parser.calls).toHaveLength(1);
    expect(new Set(documents).size).toBe(1);
  });

  it('remembers a file that cannot be read, but not a timeout', async () => {
    const cache = newCache(4);
    const encrypted = countingParser(async () => {
      throw new IngestError('encrypted', { zh: '加密', en: 'encrypted' });
    });
    for (let index = 0; index < 3; index++) await expect(fetchVia(cache, { text: 'locked' }, encrypted.parse)).rejects.toMatchObject({ code: 'encrypted', localized: { en: 'encrypted' } });
    expect(encrypted.calls).toHaveLength(1);
    const slow = countingParser(async () => {
      throw new IngestError('timeout', { zh: '超时', en: 'timeout' });
    });
    for (let index = 0; index < 2; index++) await expect(fetchVia(cache, { text: 'slow' }, slow.parse)).rejects.toMatchObject({ code: 'timeout' });
    expect(slow.calls).toHaveLength(2);
  });

  it('forgets the least recently used entry past its size', async () => {
    const cache = newCache(2);
    const parser = countingParser(async (input) => documentOf('text' in input ? input.text : ''));
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) await fetchVia(cache, { text }, parser.parse);
    expect(parser.calls.map((input) => ('text' in input ? input.text : ''))).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });
});
