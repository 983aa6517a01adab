import { AuthenticationConstants, EmulatorValidation } from 'botframework-connector';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';

/** What the gate decided: go on, or the status and a short reason code for the log. */
export type GateResult =
  { readonly ok: true } | { readonly ok: false; readonly status: 401 | 503; readonly reason: string };

export interface TokenGateOptions {
  readonly appId: string;
  /** OpenID configuration for channel tokens (Azure's unless BOT_OPENID_METADATA_URL is set). */
  readonly channelMetadataUrl?: string;
  readonly emulatorMetadataUrl?: string;
  /** How long key look-ups may take before the request gets 503. */
  readonly timeoutMs?: number;
}

const ALGORITHMS = [...AuthenticationConstants.AllowedSigningAlgorithms];
const EMULATOR_ISSUERS = new Set(EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer as string[]);
/** Bot Framework accepts five minutes of clock skew; so do we. */
const CLOCK_TOLERANCE_S = 300;
const metadataSchema = z.object({ jwks_uri: z.string().url() });

/** Thrown when the identity provider cannot be reached or answers nonsense: 503, not 401. */
class KeySourceError extends Error {}

/**
 * Checks a Bot Framework bearer token before botbuilder sees the request, with jose:
 * RS256/384/512 only (no `none`, no HS256), signed by a key from the OpenID
 * configuration, not expired, for this bot's app id. botbuilder checks again and remains
 * the authority; this gate makes every rejection a quiet 401 (botbuilder's own path
 * answers 500 with the library's message and prints a stack trace per request), and an
 * unreachable identity endpoint a 503 without internals.
 */
export class TokenGate {
  private readonly keySets = new Map<string, Promise<ReturnType<typeof createRemoteJWKSet>>>();
  private readonly timeoutMs: number;

  constructor(private readonly options: TokenGateOptions) {
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  async check(authorization: string | undefined): Promise<GateResult> {
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(authorization ?? '');
    if (!match?.[1]) return { ok: false, status: 401, reason: authorization ? 'malformed' : 'missing' };
    const token = match[1];
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
    } catch {
      return { ok: false, status: 401, reason: 'malformed' };
    }
    const channelIssuer = AuthenticationConstants.ToBotFromChannelTokenIssuer;
    const fromEmulator = typeof claims.iss === 'string' && EMULATOR_ISSUERS.has(claims.iss);
    if (claims.iss !== channelIssuer && !fromEmulator) return { ok: false, status: 401, reason: 'issuer' };
    const metadataUrl = fromEmulator
      ? (this.options.emulatorMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl)
      : (this.options.channelMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);
    try {
      const keys = await this.keySet(metadataUrl);
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ALGORITHMS,
        issuer: fromEmulator ? [...EMULATOR_ISSUERS] : channelIssuer,
        clockTolerance: CLOCK_TOLERANCE_S,
        // Channel tokens are issued for the bot; Emulator tokens name it as appid/azp.
        ...(fromEmulator ? {} : { audience: this.options.appId }),
      });
      if (fromEmulator && (payload.appid ?? payload.azp) !== this.options.appId)
        return { ok: false, status: 401, reason: 'audience' };
      return { ok: true };
    } catch (error) {
      return classify(error);
    }
  }

  /** The key set behind an OpenID configuration; a failed look-up is forgotten so the next request retries. */
  private keySet(metadataUrl: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
    let entry = this.keySets.get(metadataUrl);
    if (!entry) {
      entry = this.loadKeySet(metadataUrl);
      this.keySets.set(metadataUrl, entry);
      entry.catch(() => this.keySets.delete(metadataUrl));
    }
    return entry;
  }

  private async loadKeySet(metadataUrl: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
    let response: Response;
    try {
      response = await fetch(metadataUrl, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'error' });
    } catch {
      throw new KeySourceError('unreachable');
    }
    const parsed = metadataSchema.safeParse(response.ok ? await response.json().catch(() => undefined) : undefined);
    if (!parsed.success) throw new KeySourceError('metadata');
    return createRemoteJWKSet(new URL(parsed.data.jwks_uri), { timeoutDuration: this.timeoutMs });
  }
}

/** Token problems are 401; trouble reaching or reading the key source is 503. */
function classify(error: unknown): GateResult {
  if (error instanceof KeySourceError) return { ok: false, status: 503, reason: 'keys-unavailable' };
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return { ok: false, status: 503, reason: 'keys-unavailable' };
  if (error instanceof errors.JWTExpired) return { ok: false, status: 401, reason: 'expired' };
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return { ok: false, status: 401, reason: 'algorithm' };
  if (error instanceof errors.JWTClaimValidationFailed) return { ok: false, status: 401, reason: 'claims' };
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed)
    return { ok: false, status: 401, reason: 'signature' };
  // jose's generic error is the key set's HTTP failure; anything not from jose is the network.
  if (error instanceof errors.JOSEError && error.code !== 'ERR_JOSE_GENERIC')
    return { ok: false, status: 401, reason: 'invalid' };
  return { ok: false, status: 503, reason: 'keys-unavailable' };
}
