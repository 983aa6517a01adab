import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encrypts personal fields at rest with AES-256-GCM (node:crypto). Kept free of any
 * database so every store (SQLite here, PostgreSQL later) seals and opens fields the same way.
 *
 * Keyring format (`DATA_KEY`): comma-separated `id:base64key` entries, each key 32 random
 * bytes (`openssl rand -base64 32`); ids are 1–32 letters, digits, `_` or `-`. The first
 * entry encrypts new rows; the others only decrypt older rows, so a key can be rotated by
 * putting a new one first and keeping the old one until its rows are gone or re-sealed.
 */
export interface FieldCipher {
  /** Id of the key that seals new values; stored with each row. */
  readonly keyId: string;
  seal(plain: string): string;
  /** Opens a value sealed with `keyId`; throws `[FieldCipher]` errors without the value. */
  open(sealed: string, keyId: string): string;
  /**
   * A keyed hash for exact-match look-ups (a phone number) without storing the value;
   * one per key, so rows sealed with an older key can still be found.
   */
  lookupHashes(value: string): { keyId: string; hash: string }[];
  lookupHash(value: string): string;
}

const FORMAT = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Why `DATA_KEY` is unusable, without quoting it; undefined when it is fine. */
export function checkKeyring(keyring: string): string | undefined {
  try {
    parseKeyring(keyring);
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^\[FieldCipher\] /, '');
  }
}

function parseKeyring(keyring: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of keyring
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    if (colon < 1 || !KEY_ID.test(id))
      throw new Error('[FieldCipher] must be id:base64key entries (id of letters, digits, _ or -)');
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32)
      throw new Error('[FieldCipher] each key must be 32 bytes, base64-encoded (openssl rand -base64 32)');
    if (keys.has(id)) throw new Error('[FieldCipher] key ids must be unique');
    keys.set(id, key);
  }
  if (keys.size === 0) throw new Error('[FieldCipher] must hold at least one id:base64key entry');
  return keys;
}

export function createFieldCipher(keyring: string): FieldCipher {
  const keys = parseKeyring(keyring);
  const [keyId, key] = [...keys.entries()][0] as [string, Buffer];
  // Separate sub-keys for encryption and look-up hashes, derived from each key.
  const hashKey = (k: Buffer): Buffer => createHmac('sha256', k).update('lookup-hash').digest();
  const hash = (k: Buffer, value: string): string => createHmac('sha256', hashKey(k)).update(value).digest('base64url');
  return {
    keyId,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        FORMAT,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed, id) {
      const k = keys.get(id);
      if (!k) throw new Error(`[FieldCipher] key "${id}" is not in DATA_KEY; add it back to read these rows`);
      const [format, iv, tag, body] = sealed.split('.');
      if (format !== FORMAT || iv === undefined || tag === undefined || body === undefined)
        throw new Error('[FieldCipher] value is not sealed');
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new Error(`[FieldCipher] value does not open with key "${id}" (wrong key or altered data)`);
      }
    },
    lookupHashes(value) {
      return [...keys.entries()].map(([id, k]) => ({ keyId: id, hash: hash(k, value) }));
    },
    lookupHash(value) {
      return hash(key, value);
    },
  };
}
