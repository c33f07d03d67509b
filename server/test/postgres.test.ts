import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresUnavailable, startPostgres } from './postgres.ts';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`skipping real-PostgreSQL tests: ${unavailable}`);

describe.skipIf(unavailable)('startPostgres', () => {
  it('starts a real server on a loopback port and stops it', async () => {
    const server = await startPostgres();
    try {
      expect(server.port).toBeGreaterThanOrEqual(5433);
      expect(server.port).toBeLessThanOrEqual(5439);
      const client = new pg.Client(server.url);
      await client.connect();
      const { rows } = await client.query<{ server_version: string }>('show server_version');
      await client.end();
      expect(rows[0]?.server_version).toMatch(/^15\./);
    } finally {
      await server.stop();
    }
    const client = new pg.Client(server.url);
    await expect(client.connect()).rejects.toThrow();
  });
});
