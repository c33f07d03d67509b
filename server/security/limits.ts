import type { Localized } from '../../lib/report/schema.ts';
import { RateLimiter, rateLimitFromEnv, type RateDecision } from './rate-limit.ts';

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

// One table per process, however many times the bundler loads this module.
const GLOBAL_KEY = Symbol.for('liangdian.rateLimiters');
type WithLimiters = typeof globalThis & { [GLOBAL_KEY]?: Record<LimitedAction, RateLimiter> };

function limiters(): Record<LimitedAction, RateLimiter> {
  const holder = globalThis as WithLimiters;
  holder[GLOBAL_KEY] ??= {
    upload: new RateLimiter(rateLimitFromEnv(process.env[DEFAULTS.upload.env], DEFAULTS.upload)),
    write: new RateLimiter(rateLimitFromEnv(process.env[DEFAULTS.write.env], DEFAULTS.write)),
  };
  return holder[GLOBAL_KEY];
}

export function takeRate(action: LimitedAction, client: string): RateDecision {
  return limiters()[action].take(client);
}

export const rateLimitedMessage: Localized = {
  zh: '提交过于频繁，请 {seconds} 秒后再试。',
  en: 'Too many requests. Please try again in {seconds} seconds.',
};
