import { VerdictBody } from '@/lib/mentor/api.ts';
import { asMentor, jsonOk, readJson } from '@/server/mentor/http.ts';
import { addVerdict } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST { body, signedOff }: the mentor's overall verdict; the latest one counts. */
export async function POST(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  return asMentor(request, token, async (db, mentor) =>
    jsonOk(await addVerdict(db, mentor, await readJson(request, VerdictBody)), 201));
}
