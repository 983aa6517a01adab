import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: any;
}

/**
 * A stand-in for Azure's Direct Line token service on 127.0.0.1: answers with a token when
 * the Bearer secret matches, 403 with a chatty body otherwise, or never when `hang` is set.
 */
export class StandInTokenService {
  readonly requests: RecordedRequest[] = [];
  expectedSecret: string;
  hang = false;
  private server: Server | undefined;

  constructor(expectedSecret: string) {
    this.expectedSecret = expectedSecret;
  }

  get tokenUrl(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v3/directline/tokens/generate`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
        this.requests.push({
          method: req.method ?? '',
          path: req.url ?? '',
          authorization: req.headers.authorization,
          body,
        });
        if (this.hang) return;
        if (req.headers.authorization !== `Bearer ${this.expectedSecret}`) {
          res.writeHead(403, { 'Content-Type': 'application/json' });
          res.end(
            JSON.stringify({
              error: { code: 'BadArgument', message: `upstream-detail: secret ${req.headers.authorization} rejected` },
            }),
          );
          return;
        }
        const user = (body as { user?: { id?: string } }).user?.id;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'upstream-conv-1', token: `token-for-${user}`, expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
