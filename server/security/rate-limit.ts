/**
 * Token buckets keyed by client: each client may spend `burst` requests at once and regains
 * `perMinute` a minute. The table is bounded so a flood of distinct keys cannot grow memory.
 */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MAX_CLIENTS = 50_000;

export class RateLimiter {
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
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
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

/**
 * The client a request comes from: the address the nearest proxy saw (the last
 * X-Forwarded-For entry; Next fills the header from the socket when no proxy set it).
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get('x-real-ip') ?? 'unknown';
}
