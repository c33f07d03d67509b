import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret a client sent (a review id, a mentor token) with the stored one in time that
 * does not depend on where they differ, nor on their lengths: both are hashed to 32 bytes first.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
