import { DecisionBody } from '@/lib/mentor/api.ts';
import { asMentor, jsonOk, readJson } from '@/server/mentor/http.ts';
import { addDecision } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST: the mentor agrees with, dismisses (with a reason) or re-grades a finding. */
export async function POST(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  return asMentor(request, token, async (db, mentor) =>
    jsonOk(await addDecision(db, mentor, await readJson(request, DecisionBody)), 201));
}
