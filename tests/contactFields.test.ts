import { describe, expect, it } from 'vitest';
import { formatPhone, parseEmail, parseName, parsePhone } from '../src/domain/contactFields.js';

describe('contact fields', () => {
  it.each([
    ['713-555-0123', '+17135550123'],
    ['(713) 555-0123', '+17135550123'],
    ['713.555.0123', '+17135550123'],
    ['1 713 555 0123', '+17135550123'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('normalizes phone %s to %s', (input, e164) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: e164 });
  });

  it.each(['123', '555-0123', 'call me', '', '713-555-012345678901', 'x'.repeat(100)])('rejects phone %j', (input) => {
    expect(parsePhone(input).ok).toBe(false);
  });

  it('reads a US number back the way people write it', () => {
    expect(formatPhone('+17135550123')).toBe('(713) 555-0123');
  });

  it.each([['Maria Lopez', true], ['José Álvarez-Núñez', true], ["Mary O'Brien", true], ['12345', false], ['a', false], ['<script>', false]])('name %j valid: %s', (input, ok) => {
    expect(parseName(input).ok).toBe(ok);
  });

  it('lower-cases a valid email and rejects a broken one', () => {
    expect(parseEmail(' Maria@Example.COM ')).toEqual({ ok: true, value: 'maria@example.com' });
    expect(parseEmail('maria at example').ok).toBe(false);
  });
});
