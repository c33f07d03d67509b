// `liangdian eval sections|bullets|review`: accuracy against labelled data in ../shared/eval/FORMAT.md.
const kinds: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  sections: () => import('./eval-sections.ts'),
  bullets: () => import('./eval-bullets.ts'),
  review: () => import('./eval-review.ts'),
};

export async function run(args: string[]): Promise<number> {
  const [kind, ...rest] = args;
  const load = kind ? kinds[kind] : undefined;
  if (!load) {
    process.stderr.write('usage: liangdian eval sections <truth-dir> --corpus <dir> [--json]\n       liangdian eval bullets <file.jsonl> [--json]\n       liangdian eval review <truth-dir> [--json]\n');
    return 2;
  }
  return (await load()).run(rest);
}
