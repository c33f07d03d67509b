/**
 * Whether a state-changing request was sent by a page of another site (cross-site request forgery):
 * a browser says where a request comes from in Sec-Fetch-Site, or else in Origin. A request with
 * neither is no browser's (curl, the CLI, a script): it carries no cookie or page of ours to abuse.
 * `hosts` are the names this server is reached under (Host, and X-Forwarded-Host behind a trusted proxy).
 */
export function isCrossSite(headers: Headers, hosts: string[]): boolean {
  const site = headers.get('sec-fetch-site');
  // 'none': the user's own action (typed address, bookmark); never a page's.
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (origin === null) return false;
  try {
    return !hosts.includes(new URL(origin).host);
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: not one of our pages.
    return true;
  }
}

/** Methods that change something, and must come from our own pages when they come from a browser. */
export function changesState(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

export const crossSiteMessage = {
  zh: '拒绝来自其他网站的请求。请在亮点的页面上操作。',
  en: 'Requests from other sites are refused. Use Liangdian\'s own pages.',
};
