import { CommentBody } from '@/lib/mentor/api.ts';
import { mentorPost } from '@/server/mentor/http.ts';
import { addComment } from '@/server/mentor/index.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST: the mentor comments on words of the resume or replies in a thread. */
export const POST = mentorPost(CommentBody, addComment);
