// `liangdian schema`: the review report's JSON Schema (what `liangdian review --format json` prints).
import { z } from 'zod';
import { Report } from '../lib/report/schema.ts';

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write('usage: liangdian schema\n');
    return 2;
  }
  const schema = z.toJSONSchema(Report, { io: 'output', unrepresentable: 'any' });
  process.stdout.write(JSON.stringify({ title: 'Liangdian review report', ...schema }, null, 2) + '\n');
  return 0;
}
