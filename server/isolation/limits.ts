/** A positive integer from the environment, else `fallback`. */
export function integerFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Heap and resident-memory caps of isolated work: a pool child of the server, and the CLI's parse
 * (whose whole process is held to the resident cap), so both stop the same file at the same size.
 */
export function memoryLimits(): { heapMb: number; rssLimitMb: number } {
  return { heapMb: integerFromEnv('LIANGDIAN_PARSE_HEAP_MB', 512), rssLimitMb: integerFromEnv('LIANGDIAN_PARSE_RSS_MB', 1024) };
}
