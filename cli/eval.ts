// `liangdian eval sections|bullets|ocr`: accuracy against labelled data in ../shared/eval/FORMAT.md.
const kinds: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  sections: () => import('./eval-sections.ts'),
  bullets: () => import('./eval-bullets.ts'),
  ocr: () => import('./eval-ocr.ts'),
};

export async function run(args: string[]): Promise<number> {
  const [kind, ...rest] = args;
  const load = kind ? kinds[kind] : undefined;
  if (!load) {
    process.stderr.write('usage: liangdian eval sections <truth-dir> --corpus <dir> [--json]\n       liangdian eval bullets <file.jsonl> [--json]\n       liangdian eval ocr --corpus <dir> [--truth <sections-dir>] [--json] [--files N]\n');
    return 2;
  }
  return (await load()).run(rest);
}
