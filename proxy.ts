import { NextResponse, type NextRequest } from 'next/server';
import { format, pickLanguage, LANGUAGE_COOKIE } from './lib/i18n/language.ts';
import {
  API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentSecurityPolicy, newNonce,
} from './server/security/headers.ts';
import { clientKey, trustedProxyHops } from './server/security/client.ts';
import { changesState, crossSiteMessage, isCrossSite } from './server/security/origin.ts';
import { limitedAction, rateLimitedMessage, takeRate } from './server/security/limits.ts';

/**
 * In front of every request: security headers on everything, a per-request CSP nonce on pages,
 * cross-site writes refused (403), and per-client rate limits on writes (429 with the API's error envelope).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/_next/static/') || pathname.startsWith('/_next/image')) return withHeaders(NextResponse.next());
  if (pathname.startsWith('/api/')) return api(request, pathname);
  return page(request, pathname);
}

function languageOf(request: NextRequest) {
  return pickLanguage({ cookie: request.cookies.get(LANGUAGE_COOKIE)?.value, acceptLanguage: request.headers.get('accept-language') });
}

/** The host names this server is reached under: its Host, and what a trusted proxy says it forwarded. */
function ownHosts(request: NextRequest): string[] {
  const forwarded = trustedProxyHops() > 0 ? request.headers.get('x-forwarded-host')?.split(',').map((host) => host.trim()) ?? [] : [];
  return [request.headers.get('host') ?? request.nextUrl.host, ...forwarded];
}

async function api(request: NextRequest, pathname: string): Promise<NextResponse> {
  if (changesState(request.method) && isCrossSite(request.headers, ownHosts(request))) {
    const response = NextResponse.json({ error: { code: 'forbidden', message: crossSiteMessage[languageOf(request)] } }, { status: 403 });
    return withHeaders(response, API_CONTENT_SECURITY_POLICY);
  }
  const action = limitedAction(request.method, pathname);
  if (action) {
    const decision = await takeRate(action, clientKey(request.headers));
    if (!decision.allowed) {
      const message = format(rateLimitedMessage[languageOf(request)], { seconds: decision.retryAfterSeconds });
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
