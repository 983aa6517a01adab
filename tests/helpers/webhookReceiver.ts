import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceiverMode = 'fail' | 'hang' | 'ok';

/** A hospital system stand-in on 127.0.0.1: answers 503, never answers, or takes the delivery. */
export class WebhookReceiver {
  mode: ReceiverMode = 'ok';
  readonly received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (this.mode === 'hang') return; // the deliverer's timeout must give up
        if (this.mode === 'fail') {
          res.statusCode = 503;
          res.end('down for maintenance');
          return;
        }
        this.received.push({ headers: req.headers, body });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/inquiries`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
