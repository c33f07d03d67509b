/** The repository the CLI belongs to. */
export declare const REPO_ROOT: string;
/** The entry URL of the bundle of `root`'s cli/main.ts, or null when none matches the sources' current content. */
export declare function freshBundle(root?: string): string | null;
/** Bundles `root`'s cli/main.ts into the cache and makes it current; returns its entry URL. */
export declare function buildBundle(root?: string): Promise<string>;
