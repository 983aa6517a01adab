import { describe, expect, it } from 'vitest';
import { checkKeyring, createFieldCipher } from '../../src/storage/fieldCipher.js';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

describe('field cipher (AES-256-GCM, key id per value)', () => {
  it('seals to text that hides the value, differs each time, and opens with the key id', () => {
    const cipher = createFieldCipher(`a1:${key(1)}`);
    const one = cipher.seal('+17135550123');
    const two = cipher.seal('+17135550123');
    expect(one).not.toContain('555');
    expect(one).not.toBe(two);
    expect(cipher.keyId).toBe('a1');
    expect(cipher.open(one, 'a1')).toBe('+17135550123');
  });

  it('rotates: the first key seals, older keys still open, a missing key is named', () => {
    const old = createFieldCipher(`a1:${key(1)}`);
    const sealed = old.seal('Ada');
    const rotated = createFieldCipher(`b2:${key(2)},a1:${key(1)}`);
    expect(rotated.keyId).toBe('b2');
    expect(rotated.open(sealed, 'a1')).toBe('Ada');
    expect(() => createFieldCipher(`b2:${key(2)}`).open(sealed, 'a1')).toThrow(/key "a1" is not in DATA_KEY/);
    expect(rotated.lookupHashes('x').map((h) => h.keyId)).toEqual(['b2', 'a1']);
  });

  it('refuses altered data and the wrong key without quoting the value', () => {
    const cipher = createFieldCipher(`a1:${key(1)}`);
    const sealed = cipher.seal('Ada Lovelace');
    const parts = sealed.split('.');
    const altered = [...parts.slice(0, 3), Buffer.from('Eve', 'utf8').toString('base64url')].join('.');
    expect(() => cipher.open(altered, 'a1')).toThrow(/does not open/);
    expect(() => createFieldCipher(`a1:${key(3)}`).open(sealed, 'a1')).toThrow(/wrong key or altered data/);
  });

  it('explains a bad keyring without echoing it', () => {
    for (const bad of ['', 'nokey', `:${key(1)}`, 'a1:dG9vLXNob3J0', `a1:${key(1)},a1:${key(2)}`, `bad id:${key(1)}`]) {
      const problem = checkKeyring(bad);
      expect(problem).toBeDefined();
      if (bad.length > 4) expect(problem).not.toContain(bad);
    }
    expect(checkKeyring(`a1:${key(1)}`)).toBeUndefined();
  });
});
