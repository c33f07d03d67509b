import { NextResponse, type NextRequest } from 'next/server';
import { format, pickLanguage, LANGUAGE_COOKIE } from './lib/i18n/language.ts';
import {
  API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentSecurityPolicy, newNonce,
} from './server/security/headers.ts';
import { clientKey } from './server/security/client.ts';
import { limitedAction, rateLimitedMessage, takeRate } from './server/security/limits.ts';

/**
 * In front of every request: security headers on everything, a per-request CSP nonce on pages,
 * and per-client rate limits on writes (429 with the API's error envelope).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/_next/static/') || pathname.startsWith('/_next/image')) return withHeaders(NextResponse.next());
  if (pathname.startsWith('/api/')) return api(request, pathname);
  return page(request, pathname);
}

async function api(request: NextRequest, pathname: string): Promise<NextResponse> {
  const action = limitedAction(request.method, pathname);
  if (action) {
    const decision = await takeRate(action, clientKey(request.headers));
    if (!decision.allowed) {
      const language = pickLanguage({
        cookie: request.cookies.get(LANGUAGE_COOKIE)?.value,
        acceptLanguage: request.headers.get('accept-language'),
      });
      const message = format(rateLimitedMessage[language], { seconds: decision.retryAfterSeconds });
      const response = NextResponse.json({ error: { code: 'rate-limited', message } }, { status: 429 });
      response.headers.set('Retry-After', String(decision.retryAfterSeconds));
      return withHeaders(response, API_CONTENT_SECURITY_POLICY);
    }
  }
  return withHeaders(NextResponse.next(), API_CONTENT_SECURITY_POLICY);
}

function page(request: NextRequest, pathname: string): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development' });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
  // Reports and mentor links are private: keep them out of search engines.
  if (/^\/(r|m)\//.test(pathname)) response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}

function withHeaders(response: NextResponse, policy?: string): NextResponse {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (policy) response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/:path*'],
};
