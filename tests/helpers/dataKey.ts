/** A fixed test keyring (never a real key): DATA_KEY's format, id `test1`, 32 bytes. */
export const TEST_DATA_KEY = `test1:${Buffer.alloc(32, 7).toString('base64')}`;
