export {};
// `liangdian <command>`: each command lives in its own module and returns an exit code.
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  parse: () => import('./parse.ts'),
  review: () => import('./review.ts'),
  schema: () => import('./schema.ts'),
  eval: () => import('./eval.ts'),
};

const usage = `liangdian — resume review (亮点)

Usage:
  liangdian parse <file> [--json]
  liangdian review <file> [--format text|json|md|pdf|docx|annotated-pdf] [--role <role>] [--lang zh|en] [-o <out>] [--personal]
  liangdian schema
  liangdian eval sections <truth-dir> --corpus <dir> [--json]
  liangdian eval bullets <file.jsonl> [--json]
  liangdian eval ocr --corpus <dir> [--truth <sections-dir>] [--json] [--files N]
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`liangdian: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
}

// Anything a command did not turn into its own message is still one clear line, never a stack trace
// (LIANGDIAN_DEBUG=1 shows it).
// A reader that stops early (`liangdian review cv.pdf | head`) closes the pipe: that is the end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`liangdian: 出现意外错误 / unexpected error: ${detail}\n`);
  if (process.env.LIANGDIAN_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 1;
}
