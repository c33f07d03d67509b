/** The repository the CLI belongs to. */
export declare const REPO_ROOT: string;
/** The URL of the bundle of `entry` (default cli/main.ts, relative to `root`), or null when none matches the sources' current content. */
export declare function freshBundle(root?: string, entry?: string): string | null;
/** Bundles `entry` (default cli/main.ts) into the cache and makes it current; returns its URL. */
export declare function buildBundle(root?: string, entry?: string): Promise<string>;
/** The fresh bundle of `entry`, built first when there is none. */
export declare function bundled(root?: string, entry?: string): Promise<string>;
