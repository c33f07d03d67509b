/**
 * Runs once when the server starts: nothing it prints may carry a review id or a mentor token, and
 * every request carries the address it came from (for rate limits that a forged header cannot dodge).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ redactConsole }, { stampPeerAddress }] = await Promise.all([import('./server/security/redact.ts'), import('./server/security/client.ts')]);
  redactConsole();
  stampPeerAddress();
}
