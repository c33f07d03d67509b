/** Runs once when the server starts: nothing it prints may carry a review id or a mentor token. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { redactConsole } = await import('./server/security/redact.ts');
  redactConsole();
}
