import { DecisionBody } from '@/lib/mentor/api.ts';
import { mentorPost } from '@/server/mentor/http.ts';
import { addDecision } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST: the mentor agrees with, dismisses (with a reason) or re-grades a finding. */
export const POST = mentorPost(DecisionBody, addDecision);
