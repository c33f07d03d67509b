import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openPostgres, type Database } from '../store/db.ts';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../test/postgres.ts';
import { PEER_HEADER, clientKey, stampPeerAddress } from './client.ts';
import { SharedRateLimiter } from './rate-limit.ts';

describe('stampPeerAddress', () => {
  it('writes the socket address over whatever a client sent, so a forged header keys nothing', async () => {
    stampPeerAddress();
    const server = createServer((request, response) => response.end(clientKey(new Headers(request.headers as Record<string, string>), 0)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const keyFor = (headers: Record<string, string>) => new Promise<string>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, headers }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(body));
      }).on('error', reject).end();
    });
    try {
      expect(await keyFor({ 'x-forwarded-for': '6.6.6.6' })).toBe('127.0.0.1');
      expect(await keyFor({ [PEER_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' })).toBe('127.0.0.1');
    } finally {
      server.close();
    }
  });
});

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`skipping real-PostgreSQL tests: ${unavailable}`);

describe.skipIf(unavailable)('SharedRateLimiter on one PostgreSQL', () => {
  let server: TestPostgres;
  const instances: Database[] = [];

  beforeAll(async () => {
    server = await startPostgres();
    // Two servers' own connection pools to one database, as two instances of the app have.
    for (let index = 0; index < 2; index++) instances.push(await openPostgres(server.url));
    await migrate(instances[0]!);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((db) => db.close()));
    await server?.stop();
  });

  it('lets two instances together spend one burst, also when they race', async () => {
    const limit = { burst: 10, perMinute: 1 };
    const [a, b] = instances.map((db) => new SharedRateLimiter(db, 'upload', limit));
    const decisions = await Promise.all(Array.from({ length: 24 }, (_, index) => (index % 2 ? a! : b!).take('198.51.100.7')));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
    const refused = decisions.find((decision) => !decision.allowed);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
    expect(await a!.take('198.51.100.8')).toEqual({ allowed: true });
  });

  it('refills with time and keeps actions apart', async () => {
    const quick = { burst: 1, perMinute: 600 };
    const [a, b] = instances.map((db) => new SharedRateLimiter(db, 'write', quick));
    expect(await a!.take('c')).toEqual({ allowed: true });
    expect((await b!.take('c')).allowed).toBe(false);
    expect(await new SharedRateLimiter(instances[1]!, 'upload', quick).take('c')).toEqual({ allowed: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await b!.take('c')).toEqual({ allowed: true });
  });
});
