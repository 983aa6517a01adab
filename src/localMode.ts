import { connect } from 'node:net';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { type Config, isLoopbackHost } from './config.js';

/* Guards that apply in local mode, where nobody authenticates: see docs/security.md. */

/**
 * DNS rebinding guard for local mode: a web page can point its own host name at
 * 127.0.0.1, but its requests still carry that name in `Host`. Only loopback names and
 * ALLOWED_HOSTS are served.
 */
export function hostGuard(config: Config, logger: Logger) {
  return (req: Request, res: Response, next: (err?: false) => void): void => {
    const host = hostName(req.headers.host ?? '');
    if (host !== undefined && (isLoopbackHost(host) || config.allowedHosts.includes(host))) return next();
    logger.warn({ event: 'http.hostRejected' }, 'request for an unknown host name');
    res.send(421, { error: 'This server does not answer to that host name.' });
    next(false);
  };
}

/** The host name of a Host header (`name[:port]` or `[v6]:port`), lower-cased. */
function hostName(header: string): string | undefined {
  try {
    return new URL(`http://${header}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Local mode's serviceUrl: http(s) on a loopback address without credentials. When the
 * bot will POST replies to it (no expectReplies), only the Emulator's shape: no path or query.
 */
export function isLocalServiceUrl(url: string, expectReplies: boolean): boolean {
  try {
    const u = new URL(url);
    const bare = (u.pathname === '/' || u.pathname === '') && u.search === '';
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      isLoopbackHost(u.hostname) &&
      u.username === '' &&
      u.password === '' &&
      (expectReplies || bare)
    );
  } catch {
    return false;
  }
}

/** Local mode: how long the serviceUrl may take to accept a connection before the request is refused. */
const SERVICE_URL_CONNECT_MS = 1000;

/** Whether something listens at the serviceUrl's host and port (local mode: a loopback address). */
export function isListening(url: string): Promise<boolean> {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname.replace(/^\[|\]$/g, ''), port, timeout: SERVICE_URL_CONNECT_MS });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}
