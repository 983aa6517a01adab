import type { Next, Request, Response } from 'restify';

/** Headers for every JSON answer of the chat APIs: tokens must never be cached or sniffed. */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.header('X-Content-Type-Options', 'nosniff');
  res.send(status, body);
}

/**
 * The TCP peer's address, the key of per-client limits. Forwarded-for headers are not
 * trusted: any client can write them. Behind a proxy this is the proxy's address, so
 * the limit then applies to all clients together (docs/security.md).
 */
export function clientAddress(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}

/**
 * `HEAD` on any `GET` route (RFC 9110 asks for it; link checkers and uptime monitors use
 * it): the request is routed as `GET`, and Node's response for a `HEAD` request sends the
 * headers without the body.
 */
export function headAsGet(req: Request, _res: Response, next: Next): void {
  if (req.method === 'HEAD') req.method = 'GET';
  next();
}
