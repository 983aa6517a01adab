import { run as suggestEmailFix } from '@zootools/email-spell-checker';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { editDistance, normalizeText, typoAllowance } from './normalize.js';

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
  // "Rosa Martínez.": the sentence's full stop is no part of the name.
  return r.success ? { ok: true, value: r.data.replace(/\s+/g, ' ').replace(/\s*[.,;!]+$/, '') } : { ok: false };
}

/**
 * "james whitaker", "MARIA DE LA CRUZ": a name typed all in one case, as staff would write it ("James Whitaker",
 * "Maria de la Cruz"; form review 38 stored names as typed). A name with capitals of its own ("Jon McDonald") is
 * kept as written, since only its writer knows them. `particles` stay lower case after the first word.
 */
export function properCase(name: string, particles: ReadonlySet<string>): string {
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && particles.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
}

/**
 * A phone number in E.164 (`+17135550123`); US unless the number says otherwise. An
 * extension ("ext 4", "x4") is kept as `+17135550123;ext=4`, as RFC 3966 writes it.
 */
export function parsePhone(input: string): Parsed<string> {
  const trimmed = input.trim().replace(/[.!]+$/, '');
  if (trimmed.length > 50 || !/\d/.test(trimmed)) return { ok: false };
  const international = trimmed.startsWith('+');
  const phone = parsePhoneNumberFromString(trimmed, 'US') ?? undefined;
  const read = phone?.isValid() ? phone : international ? undefined : withoutPlus(trimmed);
  if (read === undefined) return { ok: false };
  // "868 145 2290" from Matamoros is Trinidad's +1 868 when read as a US number: ten digits that dial
  // another country are asked again, to be typed with "+" and the country code.
  if (!international && read.countryCallingCode === '1' && !HOME_REGIONS.has(read.country ?? '')) return { ok: false };
  return { ok: true, value: read.ext ? `${read.number};ext=${read.ext}` : read.number };
}

/** Where a ten-digit number typed without "+1" is dialled as it is from the US. */
const HOME_REGIONS: ReadonlySet<string> = new Set(['US', 'CA', 'PR', 'VI', 'GU', 'AS', 'MP']);
/** Mexico's country code and ten digits typed without "+" ("52 868 145 2290"), as many Houston families write it. */
const WITHOUT_PLUS = /^52\d{10}$/;

function withoutPlus(input: string): ReturnType<typeof parsePhoneNumberFromString> {
  const digits = input.replace(/[\s().-]/g, '');
  if (!WITHOUT_PLUS.test(digits)) return undefined;
  const phone = parsePhoneNumberFromString(`+${digits}`);
  return phone?.isValid() ? phone : undefined;
}

/** The number as a person reads it back: (713) 555-0123 in the US, international otherwise. */
export function formatPhone(stored: string): string {
  const phone = parseStoredPhone(stored);
  if (!phone) return stored;
  return phone.country === 'US' ? phone.formatNational() : phone.formatInternational();
}

/** Reads a number as `parsePhone` stores it, extension included. */
export function parseStoredPhone(stored: string): ReturnType<typeof parsePhoneNumberFromString> {
  const [number = '', ext] = stored.split(';ext=');
  const phone = parsePhoneNumberFromString(number);
  if (phone && ext) phone.ext = ext;
  return phone;
}

export function parseEmail(input: string): Parsed<string> {
  const r = emailSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data.toLowerCase() } : { ok: false };
}

/**
 * A likely fix of a mistyped email domain ("gmail.con", "gmial.com"), or undefined: the library compares the domain
 * with popular mail providers and with `topLevelDomains` (the knowledge's, so "hotmail.con" becomes ".com", not ".co").
 */
export function emailSuggestion(email: string, topLevelDomains: readonly string[]): string | undefined {
  const suggested = suggestEmailFix({ email, topLevelDomains: [...topLevelDomains] })?.full;
  return suggested === undefined || suggested === email ? undefined : suggested.toLowerCase();
}

export function parseMessage(input: string): Parsed<string> {
  const text = input.trim().replace(/\s+/g, ' ');
  return text.length >= 1 && text.length <= MAX_MESSAGE_LENGTH ? { ok: true, value: text } : { ok: false };
}

/** Skip phrases and the words of skip tails as `normalizeText` reads them, once per list (read on every answer). */
const skipPhrases = new WeakMap<readonly string[], ReadonlySet<string>>();
const tailWords = new WeakMap<readonly string[], ReadonlySet<string>>();
function readOnce(cache: typeof skipPhrases, list: readonly string[], read: (w: string) => string[]) {
  const known = cache.get(list) ?? new Set(list.flatMap(read));
  cache.set(list, known);
  return known;
}

/** A skip word, or two of them in a row ("no, sin correo", "nah no email"). */
export function isSkip(input: string, skipWords: readonly string[], tails: readonly string[] = []): boolean {
  const text = normalizeText(input);
  const skips = readOnce(skipPhrases, skipWords, (w) => [normalizeText(w)]);
  if (skips.has(text)) return true;
  const words = text.split(' ');
  // "I'd rather not say", "I don't have one of those": a skip finished by words that add nothing (`tails`).
  const tail = readOnce(tailWords, tails, tokens);
  return words.some(
    (_, i) =>
      i > 0 &&
      skips.has(words.slice(0, i).join(' ')) &&
      (skips.has(words.slice(i).join(' ')) || words.slice(i).every((w) => tail.has(w))),
  );
}

/** An optional answer: a skip word gives `null`, anything else must pass `parse`. */
export function optionalField(
  parse: (s: string) => Parsed<string>,
  skipWords: readonly string[],
  tails: readonly string[] = [],
): (s: string) => Parsed<string | null> {
  return (s) => (isSkip(s, skipWords, tails) ? { ok: true, value: null } : parse(s));
}

/** Words people put before an answer, as `knowledge/contact.json` lists them. */
export interface LeadIns {
  readonly any: readonly string[];
  readonly name: readonly string[];
  readonly phone: readonly string[];
  readonly email: readonly string[];
}

/**
 * Removes "my name is", "it's", "you can reach me at"… from the start of an answer, so
 * the answer itself is checked ("this is for my mother, Rosa Martínez" is "Rosa Martínez").
 * Returns the input unchanged when nothing would be left.
 */
export function leadInStripper(leadIns: LeadIns, field?: 'name' | 'phone' | 'email'): (input: string) => string {
  const pattern = (phrases: readonly string[]) =>
    new RegExp(
      `^(?:${[...phrases]
        .sort((a, b) => b.length - a.length)
        .map(phraseRegex)
        .join('|')})(?![\\p{L}\\p{N}])[\\s,:;.!-]*`,
      'iu',
    );
  const general = pattern(leadIns.any);
  // Without a field (the topic), only the general ones ("I already said, …").
  const specific = field === undefined ? undefined : pattern(leadIns[field]);
  const withoutMistyped = field === 'name' ? mistypedLeadInStripper(leadIns.name) : undefined;
  return (input) => {
    let text = input.trim();
    // General lead-ins may follow one another too: "oops, I meant" then the email.
    for (let i = 0; i < 3; i++) {
      const next = text.replace(general, '');
      if (next === text) break;
      text = next;
    }
    // Lead-ins may follow one another: "this is" then "for my mother," then the name.
    for (let i = 0; specific !== undefined && i < 3; i++) {
      const next = text.replace(specific, '');
      if (next === text) break;
      text = next;
    }
    if (withoutMistyped !== undefined && text === input.trim()) text = withoutMistyped(text);
    return text === '' ? input.trim() : text;
  };
}

/**
 * "my nme is bobby tucker": a lead-in of two or more words with one of its longer words (four letters or more)
 * mistyped by a letter. Short words must match exactly, so "Roy Smith" never loses "Roy" to "soy".
 */
function mistypedLeadInStripper(phrases: readonly string[]): (text: string) => string {
  const wanted = phrases.map((phrase) => normalizeText(phrase).split(' ')).filter((want) => want.length >= 2);
  const longest = Math.max(0, ...wanted.map((w) => w.length));
  return (text) => {
    const words = text.split(/\s+/);
    const typed = words.slice(0, longest).map(normalizeText);
    for (const want of wanted) {
      if (words.length <= want.length) continue;
      const close = want.every((w, i) => typed[i] === w || (w.length >= 4 && editDistance(typed[i]!, w, 1) <= 1));
      if (close) return words.slice(want.length).join(' ');
    }
    return text;
  };
}

/** "it's" matches "it's", "it’s" and "its"; spaces match any run of spaces. */
function phraseRegex(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?"))
    .join('\\s+');
}

export interface TimeVocabulary {
  /** Each choice's phrases, written as `normalizeText` reads text. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  readonly fillerWords: readonly string[];
  readonly timeWords: readonly string[];
  readonly maxLength: number;
  /** Words that keep a choice named in a sentence from being the answer ("not mornings", "except evenings"). */
  readonly negations?: readonly string[];
  readonly notOneChoice?: readonly string[];
  /** Phrases that name their choice only as the whole answer ("mañana" is also "tomorrow": "¿me pueden marcar mañana?"). */
  readonly choiceOnlyAlone?: readonly string[];
  /** A time zone said with a choice ("en las mañanas, hora de México") keeps the answer as written: staff see the zone. */
  readonly timeZones?: readonly string[];
}

/**
 * "Mornings please" is the Morning choice; "weekday mornings" or "after 5pm" is kept as
 * written, because it says more than any choice; text with no time word in it ("purple")
 * is not an answer.
 */
/**
 * `isWord`: words people really write (a frequency list); such a word is never read as a typo of a time
 * ("whatever" is not "whenever", "banana" not "mañana").
 */
export function timeParser(
  vocabulary: TimeVocabulary,
  isWord: (word: string) => boolean = () => false,
): (input: string) => Parsed<string> {
  const fillers = new Set(vocabulary.fillerWords.flatMap((w) => tokens(w)));
  const byPhrase = new Map<string, string>();
  for (const [choice, phrases] of Object.entries(vocabulary.choices)) {
    for (const phrase of [choice, ...phrases])
      byPhrase.set(
        tokens(phrase)
          .filter((t) => !fillers.has(t))
          .join(' '),
        choice,
      );
  }
  const timeWords = new Set(vocabulary.timeWords.flatMap((w) => tokens(w)));
  const oneWordPhrases = [...byPhrase].filter(([phrase]) => phrase !== '' && !phrase.includes(' '));
  /**
   * "aftrenoon", "evning": one word a typo or two from a one-word phrase is that choice. The first letter
   * must match, as it does in most typos.
   */
  const misspelt = (word: string): string | undefined => {
    if (isWord(word)) return undefined;
    const allowed = typoAllowance(word.length);
    const near = oneWordPhrases.filter(
      ([phrase]) => phrase[0] === word[0] && editDistance(word, phrase, allowed) <= allowed,
    );
    const choices = new Set(near.map(([, c]) => c));
    return choices.size === 1 ? [...choices][0] : undefined;
  };
  const phraseWords = [...new Set([...byPhrase.keys()].flatMap((p) => p.split(' ')).filter((w) => w.length >= 4))];
  /** "cualkier hora", "en la tarda": each misspelt word of a longer phrase read as the one phrase word it is near. */
  const respelt = (words: readonly string[]): string | undefined => {
    const fixed = words.map((word) => {
      if (word.length < 4 || isWord(word) || phraseWords.includes(word)) return word;
      const allowed = typoAllowance(word.length);
      const near = phraseWords.filter((w) => w[0] === word[0] && editDistance(word, w, allowed) <= allowed);
      return near.length === 1 ? near[0]! : word;
    });
    return fixed.some((w, i) => w !== words[i]) ? byPhrase.get(fixed.join(' ')) : undefined;
  };
  const guards = new Set([...(vocabulary.negations ?? []), ...(vocabulary.notOneChoice ?? [])].flatMap(tokens));
  const zones = (vocabulary.timeZones ?? []).map((z) => tokens(z).join(' '));
  const onlyAlone = new Set((vocabulary.choiceOnlyAlone ?? []).map((w) => tokens(w).join(' ')));
  const phrasesByLength = [...byPhrase]
    .filter(([phrase]) => phrase !== '' && !onlyAlone.has(phrase))
    .map(([phrase, choice]) => [phrase.split(' '), choice] as const)
    .sort((a, b) => b[0].length - a[0].length);
  /**
   * "doesn't matter, any time", "my husband works so evenings": one choice named in the answer, with no other time
   * word, no number and nothing that says not or except, is that choice (form review 37 kept the whole sentence).
   */
  const namedInside = (words: readonly string[]): string | undefined => {
    const covered = new Set<number>();
    const named = new Set<string>();
    for (const [phrase, choice] of phrasesByLength)
      for (let i = 0; i + phrase.length <= words.length; i++) {
        if (phrase.some((w, j) => words[i + j] !== w || covered.has(i + j))) continue;
        for (let j = 0; j < phrase.length; j++) covered.add(i + j);
        named.add(choice);
      }
    const rest = words.filter((_, i) => !covered.has(i));
    const clean = rest.every((w) => !timeWords.has(w) && !guards.has(w) && !/\d/u.test(w));
    return named.size === 1 && clean ? [...named][0] : undefined;
  };
  return (input) => {
    const all = tokens(input);
    const kept = all.filter((t) => !fillers.has(t));
    const meaningful = kept.join(' ');
    const written = input.trim().replace(/\s+/g, ' ');
    const inside = written.length <= vocabulary.maxLength ? namedInside : () => undefined;
    const choice =
      byPhrase.get(meaningful) ?? (meaningful.includes(' ') ? (inside(kept) ?? respelt(kept)) : misspelt(meaningful));
    const zoned = choice !== undefined && zones.some((z) => ` ${all.join(' ')} `.includes(` ${z} `));
    if (zoned && written.length <= vocabulary.maxLength) return { ok: true, value: written };
    if (choice !== undefined && meaningful !== '') return { ok: true, value: choice };
    // "5pm", "5:30", "9-11": a digit is as good as a time word.
    const saysATime = all.some((t) => timeWords.has(t) || /\d/.test(t));
    if (!saysATime || written.length > vocabulary.maxLength) return { ok: false };
    return { ok: true, value: written };
  };
}

function tokens(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}
