import { Server } from 'node:http';

/**
 * Who a request comes from, for rate limits. A client can write any X-Forwarded-For it likes, so the
 * header is believed only as far as proxies we run wrote it: `LIANGDIAN_TRUSTED_PROXY_HOPS` of them
 * (0 by default, when the server faces clients directly and the socket's address is the client).
 */

/** The socket's peer address, written on every request by the server itself (see `stampPeerAddress`). */
export const PEER_HEADER = 'x-liangdian-peer';

const STAMPED = Symbol.for('liangdian.peerStamped');

/**
 * Writes the socket's address onto every request the process's HTTP servers receive, over any value
 * a client sent under that name: Next's proxy layer sees headers, never the socket. Installed once.
 */
export function stampPeerAddress(): void {
  const prototype = Server.prototype as Server & { [STAMPED]?: true };
  if (prototype[STAMPED]) return;
  prototype[STAMPED] = true;
  const emit = prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function stamped(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}

/** How many proxies in front of the server append to X-Forwarded-For (0 to 10; 0 unless configured). */
export function trustedProxyHops(value = process.env.LIANGDIAN_TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client a request comes from. With no trusted proxy: the socket's peer address, whatever
 * X-Forwarded-For says. Behind `hops` proxies: the address the outermost of them saw, which is the
 * `hops`-th entry from the right (each proxy appends the address it was reached from); what the
 * client itself wrote further left is ignored.
 */
export function clientKey(headers: Headers, hops = trustedProxyHops()): string {
  const peer = headers.get(PEER_HEADER) || 'unknown';
  if (hops === 0) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded.at(-hops) ?? forwarded[0] ?? peer;
}
