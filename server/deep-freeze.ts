/**
 * Freezes a value and everything it holds, so one copy can be shared by every reader of a cache:
 * a reader that tried to change it would throw (modules are strict) instead of changing the others' view.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
