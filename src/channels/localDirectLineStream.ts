import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { type WebSocket, WebSocketServer } from 'ws';
import { type LocalDirectLine, LocalDirectLineError } from './localDirectLine.js';
import { LOCAL_DIRECT_LINE_PATH } from './localDirectLinePath.js';

const STREAM_PATH = new RegExp(`^${LOCAL_DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);
/** Direct Line sends an empty message now and then so proxies keep the connection open. */
const HEARTBEAT_MS = 25_000;
/** Streams one conversation may hold open (tabs, reconnects); the oldest is closed first. */
export const MAX_STREAMS_PER_CONVERSATION = 4;

/** The address of a conversation's stream, as Direct Line 3.0 returns it in `streamUrl`. */
export function streamUrlFor(host: string, conversationId: string, token: string, watermark?: number): string {
  const url = new URL(
    `ws://${host}${LOCAL_DIRECT_LINE_PATH}/conversations/${encodeURIComponent(conversationId)}/stream`,
  );
  url.searchParams.set('t', token);
  if (watermark !== undefined) url.searchParams.set('watermark', String(watermark));
  return url.toString();
}

/**
 * The local Direct Line's WebSocket stream (the `ws` library): replies reach the browser as
 * soon as the bot sends them, instead of at the next poll. Polling (`GET …/activities`)
 * still works for clients without WebSockets. Returns `close()`, which ends every stream
 * so the HTTP server can close.
 */
export function attachLocalDirectLineStream(
  httpServer: HttpServer,
  channel: LocalDirectLine,
  logger: Logger,
): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const open = new Map<string, WebSocket[]>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      refuse(socket, 404);
      return;
    }
    let conversationId: string;
    let subscribe: (send: (text: string) => void) => () => void;
    try {
      const token = channel.authenticate(`Bearer ${url.searchParams.get('t') ?? ''}`);
      const watermark = Number(url.searchParams.get('watermark') ?? '0');
      if (!Number.isSafeInteger(watermark) || watermark < 0)
        throw new LocalDirectLineError(400, 'The watermark must be a non-negative integer.');
      const id = decodeURIComponent(match[1] ?? '');
      conversationId = id;
      // Checked now, so a wrong token gets an HTTP error instead of an opened socket.
      channel.activities(token, id, watermark);
      subscribe = (send) => channel.stream(token, id, watermark, (page) => send(JSON.stringify(page)));
    } catch (err) {
      const status = err instanceof LocalDirectLineError ? err.status : 500;
      logger.info({ event: 'directline.local.streamRejected', status }, 'local stream refused');
      refuse(socket, status);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const streams = open.get(conversationId) ?? [];
      while (streams.length >= MAX_STREAMS_PER_CONVERSATION) streams.shift()?.terminate();
      streams.push(ws);
      open.set(conversationId, streams);
      const stop = subscribe((text) => ws.send(text));
      const heartbeat = setInterval(() => ws.send(''), HEARTBEAT_MS);
      heartbeat.unref();
      // The client sends empty keep-alive messages; anything it sends is ignored.
      ws.on('close', () => {
        clearInterval(heartbeat);
        stop();
        const left = (open.get(conversationId) ?? []).filter((s) => s !== ws);
        if (left.length === 0) open.delete(conversationId);
        else open.set(conversationId, left);
      });
      ws.on('error', () => ws.terminate());
    });
  };

  httpServer.on('upgrade', onUpgrade);
  return {
    close() {
      httpServer.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

/** An HTTP error instead of the WebSocket handshake; no body, nothing echoed. */
function refuse(socket: Duplex, status: number): void {
  const reason: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
  };
  socket.end(
    `HTTP/1.1 ${status} ${reason[status] ?? 'Internal Server Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}
