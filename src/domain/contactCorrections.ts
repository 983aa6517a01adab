import { findPhoneNumbersInText } from 'libphonenumber-js';
import { type Parsed, parseEmail, parsePhone } from './contactFields.js';
import { normalizeText } from './normalize.js';

/** The details a person may correct later in the form ("wait, my number is…"). */
export type CorrectableField = 'name' | 'phone' | 'email';

/** How people mark a correction, as `knowledge/contact.json` lists the words. */
export interface CorrectionWords {
  /** "wait", "actually", "sorry", "perdón": words that say an earlier answer was wrong. */
  readonly cues: readonly string[];
  /** "my", "mi": "my number is…" corrects without a cue. */
  readonly possessives: readonly string[];
  /** Words that name each detail ("number", "phone", "correo"). */
  readonly fields: Readonly<Record<CorrectableField, readonly string[]>>;
  /** Words after which a new name begins ("is", "it's", "should be", "es"). */
  readonly valueLeadIns: readonly string[];
}

export interface Correction {
  readonly field: CorrectableField;
  readonly value: string;
}

const EMAIL_IN_TEXT = /[^\s<>()[\],;:"']+@[^\s<>()[\],;:"']+\.[^\s<>()[\],;:"'.!?]+/u;

/**
 * Finds a correction of an earlier detail in a message typed later in the form: "wait my
 * number is actually 281-555-0199", "sorry, I spelled my name wrong, it's Tom Nguyen-Tran".
 * The message must name the detail, with a cue ("wait", "sorry") or as "my …"; the new value
 * must pass the same check as an answer would. A name needs a lead-in before it ("it's",
 * "is"), so "I spelled my name wrong" alone changes nothing. Framework-free: the dialog
 * decides whether the detail may be changed at this point of the form.
 */
export function correctionFinder(
  words: CorrectionWords,
  parseName: (s: string) => Parsed<string>,
): (text: string) => Correction | undefined {
  const phrases = (list: readonly string[]) => list.map((w) => ` ${normalizeText(w)} `);
  const cues = phrases(words.cues);
  const fieldWords = {
    phone: phrases(words.fields.phone),
    email: phrases(words.fields.email),
    name: phrases(words.fields.name),
  };
  const owned = (field: CorrectableField) =>
    words.possessives.flatMap((p) => words.fields[field].map((w) => ` ${normalizeText(`${p} ${w}`)} `));
  const ownedWords = { phone: owned('phone'), email: owned('email'), name: owned('name') };
  const nameStarts = [...words.fields.name]
    .sort((a, b) => b.length - a.length)
    .map((w) => new RegExp(`(?<![\\p{L}])${escape(w)}(?![\\p{L}])`, 'iu'));
  const leadIns = [...words.valueLeadIns]
    .sort((a, b) => b.length - a.length)
    .map((w) => new RegExp(`(?<![\\p{L}])${escape(w).replace(/'/g, "['’]?")}(?![\\p{L}])`, 'giu'));

  const values: Record<CorrectableField, (text: string) => string | undefined> = {
    phone: (text) => {
      const found = findPhoneNumbersInText(text, 'US')[0];
      if (found === undefined) return undefined;
      const parsed = parsePhone(text.slice(found.startsAt, found.endsAt));
      return parsed.ok ? parsed.value : undefined;
    },
    email: (text) => {
      const found = EMAIL_IN_TEXT.exec(text)?.[0];
      const parsed = found === undefined ? undefined : parseEmail(found);
      return parsed?.ok ? parsed.value : undefined;
    },
    name: (text) => {
      // The name is what follows the last lead-in after the word "name": "…name wrong, it's Tom Lee".
      const at = nameStarts.map((r) => r.exec(text)).find((m) => m !== null);
      if (!at) return undefined;
      const rest = text.slice(at.index + at[0].length);
      let start = -1;
      for (const r of leadIns) for (const m of rest.matchAll(r)) start = Math.max(start, m.index + m[0].length);
      if (start < 0) return undefined;
      const parsed = parseName(rest.slice(start).replace(/^[\s,:;.!-]+|[\s.!]+$/gu, ''));
      return parsed.ok ? parsed.value : undefined;
    },
  };

  return (text) => {
    const norm = ` ${normalizeText(text)} `;
    const cued = cues.some((c) => norm.includes(c));
    for (const field of ['phone', 'email', 'name'] as const) {
      const named = fieldWords[field].some((w) => norm.includes(w));
      if (!(cued && named) && !ownedWords[field].some((w) => norm.includes(w))) continue;
      const value = values[field](text);
      if (value !== undefined) return { field, value };
    }
    return undefined;
  };
}

function escape(word: string): string {
  return word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}
