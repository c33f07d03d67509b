'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { MentorLoopView } from '@/lib/mentor/api.ts';

/** Sends a JSON (or form) request to the mentor API; resolves to the parsed answer or throws with the server's message. */
export async function send<T = unknown>(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<T> {
  const isForm = body instanceof FormData;
  const response = await fetch(url, {
    method,
    headers: body === undefined || isForm ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(answer?.error?.message ?? response.statusText);
  return answer as T;
}

/** The message to show for a refused or failed request: the server's own words when it gave any. */
export function problemMessage(problem: unknown, fallback: string): string {
  return problem instanceof Error && problem.message ? problem.message : fallback;
}

/**
 * This page's own changes to the loop: each is sent, then the loop is re-read at once. A refusal
 * sets `error` (cleared by the next change) and rejects, so a form keeps what was typed.
 */
export function useMentorChange(refresh: () => Promise<void>, fallback: string) {
  const [error, setError] = useState<string | null>(null);
  const change = useCallback(async (url: string, method: 'POST' | 'PATCH', body: unknown) => {
    setError(null);
    try {
      await send(url, method, body);
    } catch (problem) {
      setError(problemMessage(problem, fallback));
      throw problem;
    }
    await refresh();
  }, [refresh, fallback]);
  return { change, error };
}

/** How often an open page asks for feedback written elsewhere (another mentor, another app instance). */
const POLL_MS = 3000;

/**
 * The mentor loop of a review, kept fresh: polled while the page is visible, and re-read at once
 * after each of this page's own changes (`refresh`).
 */
export function useMentorLoop(endpoint: string, initial: MentorLoopView) {
  const [view, setView] = useState(initial);
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const response = await fetch(endpoint, { cache: 'no-store' });
    if (!response.ok) return;
    const parsed = MentorLoopView.safeParse(await response.json());
    // An older poll must not overwrite a newer answer.
    if (parsed.success && ticket === latest.current) setView(parsed.data);
  }, [endpoint]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useEffect(() => setView(initial), [initial]);
  return { view, refresh };
}

/** A date and time in the reader's own time zone; the server's rendering (UTC) is replaced once mounted. */
export function useTimeFormat(language: 'zh' | 'en') {
  const [timeZone, setTimeZone] = useState('UTC');
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return useCallback(
    (iso: string) => new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso)),
    [language, timeZone],
  );
}

const noSubscription = () => () => undefined;

/** False on the server and while hydrating: controls stay disabled until they can act, so no click or keystroke is lost. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * A text box that sends its words: `submit` ignores blank text, marks the form busy while
 * sending, and clears the box once the server has accepted it. On failure the words stay; the
 * page that sent them shows why.
 */
export function useTextSubmit(send: (body: string) => Promise<void>) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    try {
      await send(body);
      setBody('');
    } catch {
      // Kept for another try: `useMentorChange` has already said what went wrong.
    } finally {
      setBusy(false);
    }
  };
  return { body, setBody, busy, submit, ready: !busy && body.trim().length > 0 };
}
