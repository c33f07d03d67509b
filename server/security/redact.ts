/**
 * Review ids and mentor tokens are the only keys to a report: whoever reads them in a log can open
 * it. Everything the server writes to a log goes through `redact` first.
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

/** An error as one log line with its secrets removed (message, code, and the stack's first frames). */
export function redactError(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  const code = (error as { code?: unknown }).code;
  const stack = error.stack?.split('\n').slice(1, 4).map((line) => line.trim()).join(' | ') ?? '';
  return redact(`${error.name}${code ? ` [${String(code)}]` : ''}: ${error.message}${stack ? ` | ${stack}` : ''}`);
}

/** console.error with secrets removed: what server code uses to log. */
export function logError(context: string, error: unknown): void {
  console.error(`[liangdian] ${redact(context)}: ${redactError(error)}`);
}
