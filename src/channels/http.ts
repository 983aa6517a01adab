import type { Response } from 'restify';

/** Headers for every JSON answer of the chat APIs: tokens must never be cached or sniffed. */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.header('X-Content-Type-Options', 'nosniff');
  res.send(status, body);
}
