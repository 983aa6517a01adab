import { describe, expect, it } from 'vitest';
import { ContactReader, type FormDetails, type FormStep } from '../src/domain/contactReader.js';
import { knowledge } from './helpers/botHarness.js';

const reader = new ContactReader(knowledge.contact, () => false);
const given: FormDetails = { name: 'Ann Lee', phone: '+17135550123', email: 'ann@example.com' };

describe('contact reader: what a message says beyond the question asked', () => {
  // [asked at, typed, the details afterwards, what is logged]
  it.each<[FormStep, string, FormDetails, string]>([
    // The number replaced is kept while the form is open: "no, keep the first one" puts it back.
    [
      'preferredTime',
      'wait my number is actually 281-555-0199',
      { phone: '+12815550199', replacedPhone: '+17135550123' },
      'contact.corrected',
    ],
    ['message', 'remove my email', { email: null }, 'contact.removed'],
    ['confirm', 'mejor en la tarde', { preferredTime: 'Afternoon' }, 'contact.corrected'],
    [
      'email',
      'wait sorry thats wrong its 713-555-0112',
      { phone: '+17135550112', replacedPhone: '+17135550123' },
      'contact.corrected',
    ],
  ])('at %s, "%s" changes %j', (asking, typed, changed, event) => {
    const d: FormDetails = { ...given, preferredTime: 'Morning' };
    expect(reader.otherDetails(d, typed, asking)?.event).toBe(event);
    expect(d).toEqual({ ...given, preferredTime: 'Morning', ...changed });
  });

  it('at the name question, several details fill every question not answered yet', () => {
    const d: FormDetails = {};
    const taken = reader.otherDetails(d, 'Rosa Martínez, 832-555-0111, rosa.m@gmail.com, mornings', 'name');
    expect(taken?.fields).toEqual(['name', 'phone', 'email', 'preferredTime']);
    expect(d).toEqual({
      name: 'Rosa Martínez',
      phone: '+18325550111',
      email: 'rosa.m@gmail.com',
      preferredTime: 'Morning',
    });
  });

  it.each<[FormStep, string]>([
    ['phone', '713-555-0123'],
    ['name', 'Maria Lopez'],
    ['phone', 'my number is 713-555-0123'],
  ])('at %s, the plain answer "%s" is the question\'s own business', (asking, typed) => {
    const d: FormDetails = { name: 'Ann Lee', phone: '+17135550123' };
    expect(reader.otherDetails(d, typed, asking)).toBeUndefined();
    expect(d).toEqual({ name: 'Ann Lee', phone: '+17135550123' });
  });

  it('the message that asked for the call gives a name after a lead-in and a best-time choice, never "I\'m worried"', () => {
    const d: FormDetails = {};
    reader.takeFromOpening(d, "I'm Carlos Ramirez, my cell is 713-555-0142, afternoons are best");
    expect(d).toEqual({ name: 'Carlos Ramirez', preferredTime: 'Afternoon' });
    const worried: FormDetails = {};
    reader.takeFromOpening(worried, "I'm worried about my mom, call me at 713-555-0142");
    expect(worried.name).toBeUndefined();
  });

  // Blind form review 8: five of six people who gave details in their first message had to type them again.
  it.each<[string, FormDetails]>([
    [
      'Hi this is Harold Baker, my number is (713) 555-0111, please call me in the morning before 11 about my back fracture.',
      { name: 'Harold Baker', preferredTime: 'morning before 11', message: 'my back fracture' },
    ],
    [
      'Call me back please - Susan Patel, 713-555-0112, susan.patel@example.com, afternoons are best',
      { name: 'Susan Patel', preferredTime: 'Afternoon', email: 'susan.patel@example.com' },
    ],
    ['George Thompson 832 555 0113 after 6pm please', { name: 'George Thompson', preferredTime: 'after 6pm' }],
    // Blind form review 25: an email with no phone, a time after "best", a name before "mi cel es", "porfa".
    ['call me back please, email is kevtran@outlook.com if that helps', { email: 'kevtran@outlook.com' }],
    [
      "Hi I need a call back, I'm Linda Okafor, my number is 713 555 0188, best after 5pm",
      { name: 'Linda Okafor', preferredTime: 'after 5pm' },
    ],
    [
      'Hola quiero que me llamen, soy Maria Elena Rodriguez mi cel es 832-555-0123 mejor en las tardes',
      { name: 'Maria Elena Rodriguez', preferredTime: 'Afternoon' },
    ],
    ['me llamo Rosa Gutierrez, mornings porfa', { name: 'Rosa Gutierrez', preferredTime: 'Morning' }],
    [
      'I want a call back. Name Patricia Nguyen, phone 281.555.0114, best time Tuesday or Thursday mornings',
      { name: 'Patricia Nguyen', preferredTime: 'Tuesday or Thursday mornings' },
    ],
    [
      'my name is walter brooks and my phone is 7135550115, call between noon and 3',
      { name: 'Walter Brooks', preferredTime: 'between noon and 3' },
    ],
    ["Can someone call me? I'm Carmen Ruiz, 713-555-0116", { name: 'Carmen Ruiz' }],
    // the topic, but no best time: "tomorrow morning" is when the procedure is
    [
      'I have a question about the procedure tomorrow morning, call me at 713-555-0117',
      { message: 'the procedure tomorrow morning' },
    ],
  ])('the opening "%s" gives %j', (opening, details) => {
    const d: FormDetails = {};
    reader.takeFromOpening(d, opening);
    expect(d).toEqual(details);
  });

  it('a request for the other language, and a question about the form', () => {
    expect(reader.languageAsked({}, '¿Puede hablar en español?')).toBe('es');
    expect(reader.languageAsked({ spanish: true }, 'en español')).toBeUndefined();
    expect(reader.languageAsked({ spanish: true }, 'English please')).toBe('en');
    expect(reader.asksAboutForm('why do you need my email?')).toBe(true);
    expect(reader.asksAboutForm('how long is bed rest?')).toBe(false);
  });
});

describe('contact reader: a call language the form is not in (blind form reviews 17 and 18)', () => {
  it.each([
    ['she only speaks vietnamese', 'vi'],
    ['arabic please, my english not good', 'ar'],
    ['The call should be in Urdu please', 'ur'],
    ["in Tagalog please, he's more comfortable", 'tl'],
    ['necesita intérprete, habla vietnamita', 'vi'],
    ["Gujarati please, he doesn't speak English well", 'gu'],
    ['Korean language please for the call', 'ko'],
    ['my mom is Vietnamese and lives in Houston', undefined],
    ['my wife is Korean, she speaks English fine', undefined],
    ['we speak French at home but English is fine', undefined],
  ])('"%s" asks for the call in %s', (text, code) => {
    expect(reader.otherCallLanguage(text)).toBe(code);
  });

  it.each(['llámenme', 'call me back', 'Sí, envíalo'])('"%s" is no name', (text) => {
    expect(reader.parseName(text).ok).toBe(false);
  });

  it('"about my abuela Carmen Ríos" in the first message names the patient, not a topic', () => {
    const d: FormDetails = {};
    reader.takeFromOpening(d, 'hey can u call about my abuela Carmen Ríos, my number 281 555 0187');
    expect(d).toMatchObject({ patientName: 'Carmen Ríos' });
    expect(d.message).toBeUndefined();
  });
});
