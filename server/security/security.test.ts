import { describe, expect, it } from 'vitest';
import { secretsEqual } from './compare.ts';
import { attachmentHeaders, contentSecurityPolicy, newNonce } from './headers.ts';
import { limitedAction } from './limits.ts';
import { changesState, isCrossSite } from './origin.ts';
import { PEER_HEADER, clientKey, trustedProxyHops } from './client.ts';
import { RateLimiter, rateLimitFromEnv } from './rate-limit.ts';
import { redact, redactConsole } from './redact.ts';

describe('secretsEqual', () => {
  it('is true only for identical strings, whatever the lengths', () => {
    expect(secretsEqual('abcDEF123_-xyz', 'abcDEF123_-xyz')).toBe(true);
    expect(secretsEqual('abcDEF123_-xyz', 'abcDEF123_-xyZ')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual('', 'a')).toBe(false);
    expect(secretsEqual('令牌', '令牌')).toBe(true);
  });
});

describe('redact', () => {
  const id = 'Qm9vbGVhbkZsYWdzQUJDRA';
  it('removes review ids and tokens from paths, queries and fields', () => {
    expect(redact(`GET /r/${id} 200`)).toBe('GET /r/[redacted] 200');
    expect(redact(`POST /api/reviews/${id}/comments`)).toBe('POST /api/reviews/[redacted]/comments');
    expect(redact(`/m/${id}?token=${id}&lang=en`)).toBe('/m/[redacted]?token=[redacted]&lang=en');
    expect(redact(`{"reviewId":"${id}","mentorToken":"${id}x"}`)).toBe('{"reviewId":"[redacted]","mentorToken":"[redacted]"}');
    expect(redact(`authorization: Bearer ${id}`)).toBe('authorization: Bearer [redacted]');
    expect(redact('POST /api/reviews 201 in 120ms')).toBe('POST /api/reviews 201 in 120ms');
  });
  it('redacts whatever a console prints, errors and their stacks included', () => {
    const printed: string[] = [];
    const target = { log: (line: string) => printed.push(line), info: () => undefined, warn: () => undefined, error: (line: string) => printed.push(line), debug: () => undefined } as unknown as Console;
    redactConsole(target);
    redactConsole(target);
    target.error('review failed', new Error(`GET /api/reviews/${id} failed`));
    target.log('opened %s', `/m/${id}`);
    expect(printed).toHaveLength(2);
    expect(printed.join('\n')).not.toContain(id);
    expect(printed[0]).toMatch(/^review failed Error: GET \/api\/reviews\/\[redacted\] failed\n\s+at /);
    expect(printed[1]).toBe('opened /m/[redacted]');
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then refuses with a retry time, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 10_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
  it('keeps its table bounded under a flood of distinct clients', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1 });
    for (let index = 0; index < 60_000; index++) limiter.take(`client-${index}`);
    expect(limiter.size).toBe(50_000);
  });
  it('reads overrides from the environment and ignores nonsense', () => {
    expect(rateLimitFromEnv('100/600', { burst: 1, perMinute: 1 })).toEqual({ burst: 100, perMinute: 600 });
    expect(rateLimitFromEnv('0/5', { burst: 1, perMinute: 1 })).toEqual({ burst: 1, perMinute: 1 });
    expect(rateLimitFromEnv('lots', { burst: 1, perMinute: 1 })).toEqual({ burst: 1, perMinute: 1 });
  });
  it('keys clients by the socket address, believing X-Forwarded-For only through trusted proxy hops', () => {
    const spoofed = new Headers({ 'x-forwarded-for': '6.6.6.6', [PEER_HEADER]: '203.0.113.9' });
    expect(clientKey(spoofed, 0)).toBe('203.0.113.9');
    expect(clientKey(new Headers(), 0)).toBe('unknown');
    // client -> proxy A -> proxy B -> server: B appended A's address, A the client's; what the client wrote is left of it.
    const twoHops = new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.2', [PEER_HEADER]: '10.0.0.3' });
    expect(clientKey(twoHops, 2)).toBe('198.51.100.4');
    expect(clientKey(twoHops, 1)).toBe('10.0.0.2');
    expect(clientKey(new Headers({ [PEER_HEADER]: '10.0.0.3' }), 1)).toBe('10.0.0.3');
  });
  it('trusts no proxy unless told how many there are', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
    expect(trustedProxyHops('-1')).toBe(0);
    expect(trustedProxyHops('lots')).toBe(0);
  });
  it('limits uploads and other writes, never reads', () => {
    expect(limitedAction('POST', '/api/reviews')).toBe('upload');
    expect(limitedAction('POST', '/api/reviews/abc/comments')).toBe('write');
    expect(limitedAction('GET', '/api/reviews/abc')).toBeNull();
    expect(limitedAction('POST', '/r/abc')).toBeNull();
  });
});

describe('headers', () => {
  it('allows scripts only through the nonce, and never eval in production', () => {
    const policy = contentSecurityPolicy({ nonce: 'N0nce', development: false });
    expect(policy).toContain("script-src 'self' 'nonce-N0nce' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
  it('makes fresh 128-bit nonces', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16);
  });
  it('sends uploaded files back as inert downloads whatever their name', () => {
    const headers = attachmentHeaders('<svg onload=alert(1)>"简历".pdf');
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(headers['Content-Disposition']).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
    expect(headers['Content-Disposition']).not.toContain('"简历"');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('isCrossSite', () => {
  const hosts = ['liangdian.example:3000'];
  it('refuses what a browser says came from another site, by Sec-Fetch-Site or else Origin', () => {
    expect(isCrossSite(new Headers({ 'sec-fetch-site': 'cross-site', origin: 'https://liangdian.example:3000' }), hosts)).toBe(true);
    expect(isCrossSite(new Headers({ 'sec-fetch-site': 'same-site' }), hosts)).toBe(true);
    expect(isCrossSite(new Headers({ origin: 'https://evil.example' }), hosts)).toBe(true);
    expect(isCrossSite(new Headers({ origin: 'null' }), hosts)).toBe(true);
  });
  it('lets our own pages and non-browser clients through', () => {
    expect(isCrossSite(new Headers({ 'sec-fetch-site': 'same-origin', origin: 'http://liangdian.example:3000' }), hosts)).toBe(false);
    expect(isCrossSite(new Headers({ origin: 'http://liangdian.example:3000' }), hosts)).toBe(false);
    expect(isCrossSite(new Headers(), hosts)).toBe(false);
  });
  it('checks only requests that change something', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].every(changesState)).toBe(true);
    expect(['GET', 'HEAD', 'OPTIONS'].some(changesState)).toBe(false);
  });
});
