import type { Localized } from '../../lib/report/schema.ts';
import { database } from '../store/db.ts';
import { RateLimiter, SharedRateLimiter, rateLimitFromEnv, type Limiter, type RateDecision } from './rate-limit.ts';

/**
 * Which requests are rate-limited, and how much. Uploads are costly (a parse and a review each);
 * other writes (comments, decisions) are cheap but must not be floodable either.
 */
export type LimitedAction = 'upload' | 'write';

const DEFAULTS: Record<LimitedAction, { burst: number; perMinute: number; env: string }> = {
  upload: { burst: 10, perMinute: 10, env: 'LIANGDIAN_UPLOAD_RATE' },
  write: { burst: 60, perMinute: 120, env: 'LIANGDIAN_WRITE_RATE' },
};

export function limitedAction(method: string, pathname: string): LimitedAction | null {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  if (pathname === '/api/reviews' || pathname === '/api/reviews/') return 'upload';
  if (pathname.startsWith('/api/')) return 'write';
  return null;
}

// One set of limiters per process, however many times the bundler loads this module.
const GLOBAL_KEY = Symbol.for('liangdian.rateLimiters');
type WithLimiters = typeof globalThis & { [GLOBAL_KEY]?: Promise<Record<LimitedAction, Limiter>> };

/**
 * With PostgreSQL (DATABASE_URL), buckets live in its `rate_limits` table, shared by every
 * instance; with the embedded database (one server only) in this process's memory.
 */
async function makeLimiters(): Promise<Record<LimitedAction, Limiter>> {
  const limit = (action: LimitedAction) => rateLimitFromEnv(process.env[DEFAULTS[action].env], DEFAULTS[action]);
  if (process.env.DATABASE_URL) {
    const db = await database();
    return { upload: new SharedRateLimiter(db, 'upload', limit('upload')), write: new SharedRateLimiter(db, 'write', limit('write')) };
  }
  return { upload: new RateLimiter(limit('upload')), write: new RateLimiter(limit('write')) };
}

function limiters(): Promise<Record<LimitedAction, Limiter>> {
  const holder = globalThis as WithLimiters;
  holder[GLOBAL_KEY] ??= makeLimiters().catch((error: unknown) => {
    delete holder[GLOBAL_KEY];
    throw error;
  });
  return holder[GLOBAL_KEY];
}

export async function takeRate(action: LimitedAction, client: string): Promise<RateDecision> {
  return (await limiters())[action].take(client);
}

export const rateLimitedMessage: Localized = {
  zh: '提交过于频繁，请 {seconds} 秒后再试。',
  en: 'Too many requests. Please try again in {seconds} seconds.',
};
