/**
 * Finding ids: the same rule, message and words give the same id on every review of the same text,
 * so a mentor's decision stays attached after a re-upload. The occurrence index tells apart two
 * findings on identical words ("负责" opening two bullets).
 */
function fnv1a32(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function findingId(ruleId: string, messageId: string, spanText: string, occurrence: number): string {
  const key = `${ruleId}\u0000${messageId}\u0000${spanText}\u0000${occurrence}`;
  const hex = fnv1a32(key, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a32(key, 0x01000193).toString(16).padStart(8, '0');
  return `${ruleId}-${hex}`;
}
