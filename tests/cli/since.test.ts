import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/cli/since.js';

describe('parseSince', () => {
  it('reads a bare date as local midnight', () => {
    expect(parseSince('2025-03-01')).toEqual(new Date(2025, 2, 1));
  });

  it('reads ISO date-times with and without an offset', () => {
    expect(parseSince('2025-03-01T14:30:00Z')).toEqual(new Date(Date.UTC(2025, 2, 1, 14, 30)));
    expect(parseSince('2025-03-01T14:30+02:00')).toEqual(new Date(Date.UTC(2025, 2, 1, 12, 30)));
    expect(parseSince('2025-03-01T14:30')).toEqual(new Date(2025, 2, 1, 14, 30));
  });

  it.each(['2025-02-30', '2025-02-29T10:00Z', '2025-13-01', '2025-3-1', '01/03/2025', '2025-03-01T24:00', 'today', ''])(
    'rejects %j instead of rolling it over or guessing',
    (text) => {
      expect(parseSince(text)).toBeUndefined();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseSince('2024-02-29')).toEqual(new Date(2024, 1, 29));
  });
});
