import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/** The issuer Bot Framework channel tokens carry. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * A local identity provider on 127.0.0.1, as botbuilder-js's own auth tests stub one: an
 * OpenID configuration pointing at a JWKS with one RSA key, and a signer for that key.
 */
export class OpenIdStandIn {
  readonly kid = 'stand-in-key';
  private server: Server | undefined;
  private keys: Awaited<ReturnType<typeof generateKeyPair>> | undefined;
  /** Requests served, to show that a check reached (or never reached) the key source. */
  hits = 0;

  get metadataUrl(): string {
    return `${this.origin}/openid-configuration`;
  }

  private get origin(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(this.keys.publicKey)), kid: this.kid, use: 'sig', alg: 'RS256' };
    this.server = createServer((req, res) => {
      this.hits += 1;
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/openid-configuration')
        res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.origin}/keys` }));
      else if (req.url === '/keys') res.end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** A channel token signed with the stand-in's key; `claims` and `expiresIn` override the valid defaults. */
  async sign(claims: JWTPayload, options: { expiresIn?: string; kid?: string } = {}): Promise<string> {
    return new SignJWT({ iss: CHANNEL_ISSUER, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.kid })
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign((this.keys as Awaited<ReturnType<typeof generateKeyPair>>).privateKey);
  }
}
