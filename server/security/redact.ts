import { format } from 'node:util';

/**
 * Review ids and mentor tokens are the only keys to a report: whoever reads them in a log can open
 * it. Everything the server prints goes through `redact` first (see `redactConsole`).
 */
const REDACTED = '[redacted]';

// A path segment after a route that carries a secret: /r/<id>, /api/reviews/<id>, /m/<token>, ...
const SECRET_PATH = /(\/(?:r|m|mentor|api\/reviews|api\/mentor|api\/comments)\/)([A-Za-z0-9_-]{8,})/g;
// A query or form parameter that carries a secret.
const SECRET_PARAMETER = /([?&;](?:token|t|key|id|mentor|secret|access_token)=)([^&#\s"']+)/gi;
// A credential in a header line or JSON field.
const SECRET_FIELD = /((?:"?(?:authorization|token|mentorToken|reviewId|id|cookie)"?\s*[:=]\s*"?)(?:Bearer\s+)?)([A-Za-z0-9_\-.~+/=]{16,})/gi;

export function redact(text: string): string {
  return text
    .replace(SECRET_PATH, `$1${REDACTED}`)
    .replace(SECRET_PARAMETER, `$1${REDACTED}`)
    .replace(SECRET_FIELD, `$1${REDACTED}`);
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];
const INSTALLED = Symbol.for('liangdian.redactedConsole');

/**
 * Routes everything the server process prints through `redact`: our own logs, other modules'
 * and Next's (an error's message or stack can carry a URL with an id). Installed once per process.
 */
export function redactConsole(target: Console = console): void {
  const holder = target as Console & { [INSTALLED]?: true };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  for (const method of METHODS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(redact(format(...args)));
  }
}
