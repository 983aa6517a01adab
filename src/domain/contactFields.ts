import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { normalizeText } from './normalize.js';

/**
 * Validation of what a patient types into the contact form. Framework-free so the rules
 * are tested directly; the dialog only decides what to say when a rule fails.
 */

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const nameSchema = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .regex(/\p{L}/u)
  .refine((s) => !/\d{3,}/.test(s), 'a name has no long numbers')
  .refine((s) => !/[<>{}\\@]/.test(s), 'a name has no markup or email');

const emailSchema = z.string().trim().max(254).pipe(z.email());

export const MAX_MESSAGE_LENGTH = 500;

export function parseName(input: string): Parsed<string> {
  const r = nameSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data.replace(/\s+/g, ' ') } : { ok: false };
}

/** A phone number in E.164 (`+17135550123`); US unless the number says otherwise. */
export function parsePhone(input: string): Parsed<string> {
  const trimmed = input.trim();
  if (trimmed.length > 40 || !/\d/.test(trimmed)) return { ok: false };
  const phone = parsePhoneNumberFromString(trimmed, 'US');
  return phone?.isValid() ? { ok: true, value: phone.number } : { ok: false };
}

/** The number as a person reads it back: (713) 555-0123 in the US, international otherwise. */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.country === 'US' ? phone.formatNational() : phone.formatInternational();
}

export function parseEmail(input: string): Parsed<string> {
  const r = emailSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data.toLowerCase() } : { ok: false };
}

export function parseMessage(input: string): Parsed<string> {
  const text = input.trim().replace(/\s+/g, ' ');
  return text.length >= 1 && text.length <= MAX_MESSAGE_LENGTH ? { ok: true, value: text } : { ok: false };
}

export function isSkip(input: string, skipWords: readonly string[]): boolean {
  const text = normalizeText(input);
  return skipWords.some((w) => normalizeText(w) === text);
}

/** An optional answer: a skip word gives `null`, anything else must pass `parse`. */
export function optionalField(parse: (s: string) => Parsed<string>, skipWords: readonly string[]): (s: string) => Parsed<string | null> {
  return (s) => (isSkip(s, skipWords) ? { ok: true, value: null } : parse(s));
}
