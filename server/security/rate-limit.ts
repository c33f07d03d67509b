import type { Queryable } from '../store/db.ts';

/**
 * Token buckets keyed by client: each client may spend `burst` requests at once and regains
 * `perMinute` a minute. The table is bounded so a flood of distinct keys cannot grow memory.
 */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What both limiters do: spend one token of `key`'s bucket, or say when one will be back. */
export interface Limiter {
  take(key: string): RateDecision | Promise<RateDecision>;
}

function refused(tokens: number, limit: RateLimit): RateDecision {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * 60) / limit.perMinute)) };
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MAX_CLIENTS = 50_000;

/** Buckets in this process's memory: right for one server (the embedded database allows no other). */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {}

  take(key: string): RateDecision {
    const now = this.now();
    const refillPerMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, updatedAt: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = now;
    // Re-inserting keeps the map in least-recently-used order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return refused(bucket.tokens, this.limit);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Shared buckets older than this are full again whatever the limit, and are deleted. */
const SHARED_BUCKET_TTL = '1 hour';
/** One take in this many also deletes old buckets, so the table stays as small as the set of recent clients. */
const PRUNE_EVERY = 1000;

/**
 * Buckets in a PostgreSQL table shared by every server using it, so N instances allow the rate of
 * one. Each take is one statement: it refills by the time since the last one (the database's clock),
 * spends a token when there is one, and says whether it did, atomically under concurrent takes.
 */
export class SharedRateLimiter implements Limiter {
  private takes = 0;

  constructor(private readonly db: Queryable, private readonly name: string, private readonly limit: RateLimit) {}

  async take(key: string): Promise<RateDecision> {
    if (++this.takes % PRUNE_EVERY === 0) {
      await this.db.query(`DELETE FROM rate_limits WHERE updated_at < now() - interval '${SHARED_BUCKET_TTL}'`);
    }
    const refilled = 'LEAST($2::double precision, b.tokens + EXTRACT(EPOCH FROM now() - b.updated_at)::double precision * $3::double precision)';
    const { rows } = await this.db.query<{ allowed: boolean; tokens: number }>(
      `INSERT INTO rate_limits AS b (bucket, tokens, allowed, updated_at) VALUES ($1, $2::double precision - 1, true, now())
       ON CONFLICT (bucket) DO UPDATE SET
         allowed = ${refilled} >= 1,
         tokens = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
         updated_at = now()
       RETURNING allowed, tokens`,
      [`${this.name}:${key}`, this.limit.burst, this.limit.perMinute / 60],
    );
    const row = rows[0]!;
    return row.allowed ? { allowed: true } : refused(Number(row.tokens), this.limit);
  }
}

/** `LIANGDIAN_UPLOAD_RATE=burst/perMinute` (e.g. `10/6`) overrides a default limit. */
export function rateLimitFromEnv(value: string | undefined, fallback: RateLimit): RateLimit {
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value?.trim() ?? '');
  if (!match) return fallback;
  const burst = Number(match[1]);
  const perMinute = Number(match[2]);
  return burst > 0 && perMinute > 0 ? { burst, perMinute } : fallback;
}

