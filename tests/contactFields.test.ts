import { describe, expect, it } from 'vitest';
import {
  emailSuggestion,
  formatPhone,
  isSkip,
  leadInStripper,
  parseEmail,
  parseName,
  properCase,
  parsePhone,
  timeParser,
} from '../src/domain/contactFields.js';
import { shippedKnowledge } from './helpers/knowledgeCopy.js';

describe('contact fields', () => {
  it.each([
    ['713-555-0123', '+17135550123'],
    ['(713) 555-0123', '+17135550123'],
    ['713.555.0123', '+17135550123'],
    ['1 713 555 0123', '+17135550123'],
    ['+44 20 7946 0958', '+442079460958'],
    // Puerto Rico and Canada are dialled from Houston as ten digits.
    ['787 555 1234', '+17875551234'],
    ['416 555 0199', '+14165550199'],
    // Mexico's 52 typed without "+"; another NANP country typed with it.
    ['52 868 145 2290', '+528681452290'],
    ['+52 868 145 2290', '+528681452290'],
    ['+1 809 555 1234', '+18095551234'],
  ])('normalizes phone %s to %s', (input, e164) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: e164 });
  });

  it.each(['123', '555-0123', 'call me', '', '713-555-012345678901', 'x'.repeat(100)])('rejects phone %j', (input) => {
    expect(parsePhone(input).ok).toBe(false);
  });

  // A Matamoros number typed as ten digits read as Trinidad's +1 868 and was stored: staff would call a stranger.
  it.each(['868 145 2290', '809 555 1234', '8992154478', '520 555 01234'])(
    'asks again for %j: ten digits that dial another country, or digits that are no number',
    (input) => {
      expect(parsePhone(input).ok).toBe(false);
    },
  );

  it('reads a Mexican number back with its country code', () => {
    expect(formatPhone('+528681452290')).toBe('+52 868 145 2290');
  });

  it('reads a US number back the way people write it', () => {
    expect(formatPhone('+17135550123')).toBe('(713) 555-0123');
  });

  it.each([
    ['Maria Lopez', true],
    ['José Álvarez-Núñez', true],
    ["Mary O'Brien", true],
    ['12345', false],
    ['a', false],
    ['<script>', false],
  ])('name %j valid: %s', (input, ok) => {
    expect(parseName(input).ok).toBe(ok);
  });

  it('lower-cases a valid email and rejects a broken one', () => {
    expect(parseEmail(' Maria@Example.COM ')).toEqual({ ok: true, value: 'maria@example.com' });
    expect(parseEmail('maria at example').ok).toBe(false);
  });
});

describe('skipping an optional detail', () => {
  const skipWords = ['no', 'nah', 'no email', 'sin correo', 'no tengo'];
  it.each(['no', 'no, sin correo', 'nah no email', 'No. No tengo'])('"%s" skips it', (text) => {
    expect(isSkip(text, skipWords)).toBe(true);
  });
  it.each(['no name at gmail', 'sin correo pero llamen', 'nope', 'no no no email x'])('"%s" does not', (text) => {
    expect(isSkip(text, skipWords)).toBe(false);
  });
});

describe('best time as people write it', () => {
  const k = shippedKnowledge;
  const parse = timeParser(k.contact.timeAnswers);
  it.each([
    ['MORNINGS!', 'Morning'],
    ['in the afternoon please', 'Afternoon'],
    ['any time is fine', 'Any time'],
    ['nights', 'Evening'],
    ['weekdays 9-11', 'weekdays 9-11'],
    ['  Saturday   mornings ', 'Saturday mornings'],
    // A time zone said with a choice is kept as written, so staff see it (form review 51 stored "Morning").
    ['en las mañanas, hora de México', 'en las mañanas, hora de México'],
    ['mornings central time', 'mornings central time'],
  ])('"%s" is read as "%s"', (typed, value) => {
    expect(parse(typed)).toEqual({ ok: true, value });
  });
  it.each(['purple', 'I am not sure', '', `mornings ${'x'.repeat(100)}`])('"%s" is not a time', (typed) => {
    expect(parse(typed).ok).toBe(false);
  });
});

describe('lead-ins before an answer', () => {
  const k = shippedKnowledge;
  it.each([
    ['name', 'My name is Ann Lee', 'Ann Lee'],
    ['name', 'Imogen Lee', 'Imogen Lee'],
    ['name', 'its', 'its'],
    // Form review 25: a lead-in with a letter missing was read as part of the name, then refused.
    ['name', 'my nme is bobby tucker', 'bobby tucker'],
    ['name', 'mi nombe es Ana Ruiz', 'Ana Ruiz'],
    ['name', 'Roy Smith', 'Roy Smith'],
    ['phone', 'You can reach me at 713 555 0123', '713 555 0123'],
    ['email', 'hello, my email is ann@example.com', 'ann@example.com'],
  ] as const)('%s: "%s" becomes "%s"', (field, typed, answer) => {
    expect(leadInStripper(k.contact.leadIns, field)(typed)).toBe(answer);
  });
});

describe('names typed in one case (form review 38)', () => {
  const particles = new Set(['de', 'la', 'del', 'van']);
  it.each([
    ['james whitaker', 'James Whitaker'],
    ['MARIA DE LA CRUZ', 'Maria de la Cruz'],
    ["mary o'brien-smith", "Mary O'Brien-Smith"],
    // a name with capitals of its own is kept as typed
    ['Jon McDonald', 'Jon McDonald'],
    ['DeShawn van Dyke', 'DeShawn van Dyke'],
  ])('"%s" is stored as "%s"', (typed, stored) => {
    expect(properCase(typed, particles)).toBe(stored);
  });
});

describe('emailSuggestion: a mistyped domain, never a real one (form review 52)', () => {
  const endings = shippedKnowledge.contact.emailTopLevelDomains;
  it.each([
    ['hjenkins52@gmail.con', 'hjenkins52@gmail.com'],
    ['ernesto.salinas@hotmail.con', 'ernesto.salinas@hotmail.com'],
    ['rosa@gmial.com', 'rosa@gmail.com'],
    ['ana@yahoo.cmo', 'ana@yahoo.com'],
  ])('%s -> %s', (typed, fixed) => {
    expect(emailSuggestion(typed, endings)).toBe(fixed);
  });

  it.each([
    'a@att.net',
    'a@yahoo.com.mx',
    'a@prodigy.net.mx',
    'a@hotmail.es',
    'a@une.net.co',
    'a@uth.tmc.edu',
    'a@example.com',
  ])('%s is left alone', (typed) => {
    expect(emailSuggestion(typed, endings)).toBeUndefined();
  });
});
