import { VerdictBody } from '@/lib/mentor/api.ts';
import { mentorPost } from '@/server/mentor/http.ts';
import { addVerdict } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST { body, signedOff }: the mentor's overall verdict; the latest one counts. */
export const POST = mentorPost(VerdictBody, addVerdict);
