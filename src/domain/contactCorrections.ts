import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js';
import { type Parsed, parseEmail, parsePhone } from './contactFields.js';
import { normalizeText } from './normalize.js';

/** How far after the second number a fallback ("if I don't pick up") is still about it, in characters. */
const FALLBACK_AFTER_REACH = 12;

/** The details a person may correct later in the form ("wait, my number is…"). */
export type CorrectableField = 'name' | 'phone' | 'email' | 'preferredTime';

/** How people mark a correction, as `knowledge/contact.json` lists the words. */
export interface CorrectionWords {
  /** "wait", "actually", "sorry", "perdón": words that say an earlier answer was wrong. */
  readonly cues: readonly string[];
  /** "not", "instead of", "en vez de": words before a number that is not to be called. */
  readonly refusals: readonly string[];
  /** "no" of "no el de mi mamá …": a refusal only when a determiner follows it. */
  readonly refusalsBeforeDeterminer: readonly string[];
  /** "her", "the", "su": words that may stand between a refusal and that number. */
  readonly determiners: readonly string[];
  /** "room", "cuarto": words before a number that names a place ("room 412"), never digits of a phone number. */
  readonly placeWords: readonly string[];
  /** Words that say which of two numbers to call ("please use", "is better", "the second one"). */
  readonly phoneChoice: PhoneChoiceWords;
  /** "my", "mi": "my number is…" corrects without a cue. */
  readonly possessives: readonly string[];
  /** Words that name each detail ("number", "phone", "correo"). */
  readonly fields: Readonly<Record<CorrectableField, readonly string[]>>;
  /** Words after which a new name begins ("is", "it's", "should be", "es"). */
  readonly valueLeadIns: readonly string[];
  /** Words that join details in one message ("and", "y"), left out around them. */
  readonly joiners: readonly string[];
  /** "my name is spelled Kathryn" says how part of a name is written, not the whole new name. */
  readonly spellingNotes: readonly string[];
  /** "remove my email", "sin correo": words that take the optional email out again. */
  readonly removals: readonly string[];
  /** "no, the email is right": nothing is taken out. */
  readonly keeps: readonly string[];
  /** "sorry I mean", "perdón": right before a full name with capitals, it corrects the name. */
  readonly nameCues: readonly string[];
  /** "so only Tuesday or Thursday mornings": the window narrowed to what follows. */
  readonly onlyWords: readonly string[];
  /** "because", "porque": where a reason begins after a corrected time. */
  readonly reasonWords: readonly string[];
  /** "please", "por favor": left off the end of a time. */
  readonly politeEndings: readonly string[];
}

/** Which of two numbers in one message is the one to call. */
export interface PhoneChoiceWords {
  /** "please use", "better", "mejor": before a number, or right after it, they choose it. */
  readonly prefer: readonly string[];
  /** "is", "es": may stand between a number and the choice after it ("832… is better"). */
  readonly linkWords: readonly string[];
  /** "for me", "please": may end the choice after a number; other words after it ("better to use mine") say more. */
  readonly endings: readonly string[];
  /** "or", "but": the choice before them is not of the number after them ("713… is best or 832…"). */
  readonly apart: readonly string[];
  /** "the first one", "el primero": after both numbers. */
  readonly first: readonly string[];
  /** "the second one", "el segundo": after both numbers. */
  readonly second: readonly string[];
  /** "second", "segundo": a choice only in a short answer to "which one?". */
  readonly firstAlone: readonly string[];
  readonly secondAlone: readonly string[];
  readonly either: readonly string[];
  readonly fallback: readonly string[];
  /** "my cell is", "mi número es": right before a number, the writer's own. */
  readonly own: readonly string[];
  /** "mom's number is", "el de mi papá es": right before a number, someone else's. */
  readonly others: readonly string[];
  readonly copulas: readonly string[];
  /** "not", "don't": a number turned down somewhere, so no choice is read. */
  readonly negations: readonly string[];
  /** Kinds of number and their words ("cell": "cell", "celular"), said before a number and in a choice. */
  readonly kinds: Readonly<Record<string, readonly string[]>>;
}

/** A new value for a detail; no value (the email only) takes it out. */
export interface Correction {
  readonly field: CorrectableField;
  readonly value: string | undefined;
}

const EMAILS_IN_TEXT = /[^\s<>()[\],;:"']+@[^\s<>()[\],;:"']+\.[^\s<>()[\],;:"'.!?]+/gu;

/**
 * Finds a correction of an earlier detail in a message typed later in the form: "wait my
 * number is actually 281-555-0199", "sorry, I spelled my name wrong, it's Tom Nguyen-Tran".
 * The message must name the detail, with a cue ("wait", "sorry") or as "my …" (a phone number or an
 * email names itself: "wait, it's 713-555-0112" after a cue is the phone); the new value
 * must pass the same check as an answer would. A name needs a lead-in before it ("it's",
 * "is"), so "I spelled my name wrong" alone changes nothing. A best time is what follows the
 * word for it ("change the time to evenings"); "remove my email" takes the email out.
 * Framework-free: the dialog decides whether the detail may be changed at this point of the form.
 */
export function correctionFinder(
  words: CorrectionWords,
  parseName: (s: string) => Parsed<string>,
  parseTime: (s: string) => Parsed<string>,
  timeChoices: readonly string[] = [],
): (text: string, namingIsEnough?: boolean) => Correction | undefined {
  const phrases = (list: readonly string[]) => list.map((w) => ` ${normalizeText(w)} `);
  const cues = phrases(words.cues);
  const fields = ['phone', 'email', 'name', 'preferredTime'] as const;
  const fieldWords = Object.fromEntries(fields.map((f) => [f, phrases(words.fields[f])])) as Record<
    CorrectableField,
    string[]
  >;
  const ownedWords = Object.fromEntries(
    fields.map((f) => [
      f,
      words.possessives.flatMap((p) => words.fields[f].map((w) => ` ${normalizeText(`${p} ${w}`)} `)),
    ]),
  ) as Record<CorrectableField, string[]>;
  const spellingNotes = phrases(words.spellingNotes);
  // "sorry I mean Barbara Wilson", "perdón, Ana María Pérez": after cues, two to four words, each with a capital.
  const nameCue = new RegExp(
    `^\\W*(?:(?:${[...words.nameCues]
      .sort((a, b) => b.length - a.length)
      .map((w) => escape(w).replace(/'/g, "['’]?"))
      .join('|')})[\\s,:;.!-]+)+(.+)$`,
    'iu',
  );
  const capitalisedName = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)[\s.!]*$/u;
  const removals = phrases(words.removals);
  const keeps = phrases(words.keeps);
  // "so only Tuesday or Thursday mornings", "solo los martes": the window narrowed to what follows.
  const onlyTime = new RegExp(
    `(?:^|\\b)(?:so )?(?:${alternation(words.onlyWords)})\\s+((?:on |los |las |in the |en la )?\\p{L}.*)$`,
    'iu',
  );
  const politeEnd = new RegExp(`\\s+(?:${alternation(words.politeEndings)})[.!]*$`, 'iu');
  // Up to the first word that starts a reason or another thought ("because", "i have", "porque").
  const reason = new RegExp(`\\b(?:${alternation(words.reasonWords)})\\b`, 'u');
  const firstClause = (said: string): string => said.split(reason)[0]!.trim();
  const starts = (field: CorrectableField) =>
    [...words.fields[field]]
      .sort((a, b) => b.length - a.length)
      .map((w) => new RegExp(`(?<![\\p{L}])${escape(w)}(?![\\p{L}])`, 'iu'));
  const nameStarts = starts('name');
  const timeStarts = starts('preferredTime');
  const leadIns = [...words.valueLeadIns]
    .sort((a, b) => b.length - a.length)
    .map((w) => new RegExp(`(?<![\\p{L}])${escape(w).replace(/'/g, "['’]?")}(?![\\p{L}])`, 'giu'));

  /**
   * What follows the first word naming the detail, in its sentence, from the last lead-in on ("…time wrong, it's
   * evenings"); without a lead-in, the words right after it ("make the time evening instead"). A later sentence is
   * another thought: "…evening instead. It's about pain after the procedure" made the time the topic (form review 47).
   */
  const afterLeadIn = (
    text: string,
    fieldStarts: readonly RegExp[],
  ): { readonly said: string; readonly ledIn: boolean; readonly asked: boolean } | undefined => {
    const at = fieldStarts.map((r) => r.exec(text)).find((m) => m !== null);
    if (!at) return undefined;
    const sentence = text.slice(at.index + at[0].length).split(/(?<=[.!?])\s+/u)[0]!;
    const rest = sentence.replace(/[.!?]+$/u, '');
    let start = -1;
    for (const r of leadIns) for (const m of rest.matchAll(r)) start = Math.max(start, m.index + m[0].length);
    const said = rest.slice(Math.max(start, 0)).replace(/^[\s,:;.!-]+|[\s.!]+$/gu, '');
    return { said, ledIn: start >= 0, asked: sentence.trim().endsWith('?') };
  };
  const possessives = new Set(words.possessives.map(normalizeText));
  const leadingCues = new RegExp(`^(?:(?:${alternation(words.cues)})(?![\\p{L}])[\\s,.;:!-]*)+`, 'iu');
  /** What follows each lead-in up to the end of its clause, last first, leaving out any with a possessive. */
  const namesAfterLeadIns = (rest: string): string[] => {
    const starts: number[] = [];
    for (const r of leadIns) for (const m of rest.matchAll(r)) starts.push(m.index + m[0].length);
    return [...new Set(starts)]
      .sort((a, b) => b - a)
      .map((start) =>
        rest
          .slice(start)
          .split(/[,;.!?]/u)[0]!
          .trim(),
      )
      .filter(
        (c) =>
          c !== '' &&
          !normalizeText(c)
            .split(' ')
            .some((w) => possessives.has(w)),
      );
  };
  const values: Record<CorrectableField, (text: string) => string | undefined> = {
    phone: (text) => phoneIn(text)?.value,
    email: (text) => emailIn(text)?.value,
    preferredTime: (text) => {
      // "the time is wrong, evenings": the words that say it is wrong are no part of the new time (form review 28).
      const after = afterLeadIn(text, timeStarts);
      const parsed = after === undefined ? undefined : parseTime(after.said.replace(leadingCues, ''));
      if (!parsed?.ok) return undefined;
      // Without a lead-in only a choice said outright: "what time in the morning do you call?" asks, it changes nothing.
      return after!.ledIn || (!after!.asked && timeChoices.includes(parsed.value)) ? parsed.value : undefined;
    },
    name: (text) => {
      const at = nameStarts.map((r) => r.exec(text)).find((m) => m !== null);
      if (!at) return undefined;
      const rest = text.slice(at.index + at[0].length);
      // "my name is spelled Kathryn" (not "I spelled my name wrong, it's…") is no whole new name; "my name is John
      // Smyth, with a y" is, told before its note (form review 37).
      const noted = (s: string) => spellingNotes.some((w) => ` ${normalizeText(s)} `.includes(w));
      const head = rest.split(/[,;.]/u)[0]!;
      if (noted(head)) return undefined;
      const whole = (name: string) => !noted(rest) || name.trim().includes(' ');
      // "mi nombre es Elena Flores, la llamada es para mi mama": the clause after a lead-in that names no one's
      // relative ("mi mama" is no name), from the last lead-in back.
      // "…it's John Smith. And the topic is recovery": the sentence that names the name first (form review 39 made
      // the name "Recovery").
      const said = noted(rest) ? head : rest;
      const sentence = said.split(/(?<=[a-z\p{Ll}]{2})[.!?]\s+/u)[0]!;
      for (const scope of sentence === said ? [said] : [sentence, said])
        for (const name of namesAfterLeadIns(scope)) {
          const parsed = parseName(name);
          if (parsed.ok && whole(parsed.value)) return parsed.value;
        }
      return undefined;
    },
  };

  // `namingIsEnough`: at the summary, "the name should be Thomas Reilly" needs no cue (form review 26 refused it).
  return (text, namingIsEnough = false) => {
    const norm = ` ${normalizeText(text)} `;
    const cued = namingIsEnough || cues.some((c) => norm.includes(c));
    for (const field of fields) {
      // A phone number or an email says which detail it is: "wait sorry that's wrong, it's 713-555-0112".
      const named = fieldWords[field].some((w) => norm.includes(w)) || field === 'phone' || field === 'email';
      // "y el correo es ines.saldana@…": an address said to be the email needs no cue (form review 53 made it the topic).
      const emailSaid = field === 'email' && fieldWords.email.some((w) => norm.includes(w));
      if (!(cued && named) && !emailSaid && !ownedWords[field].some((w) => norm.includes(w))) continue;
      const value = values[field](text);
      if (value !== undefined) return { field, value };
    }
    // "actually afternoons are better for me": after a cue, a best-time choice alone names the detail.
    if (cued) {
      const at = Math.max(...cues.map((c) => norm.lastIndexOf(c) + (norm.includes(c) ? c.length : 0)));
      // "actually afternoons are better, I have therapy in the mornings": the choice is in the first clause.
      const cuedPiece = text.split(/[,;.!?]+/).find((p) => cues.some((c) => ` ${normalizeText(p)} `.includes(c)));
      const inPiece = cuedPiece === undefined ? '' : ` ${normalizeText(cuedPiece)} `;
      const pieceAt = Math.max(...cues.map((c) => inPiece.lastIndexOf(c) + (inPiece.includes(c) ? c.length : 0)));
      // The first cued piece names the right time; a later "not mornings" names the wrong one.
      for (const said of [inPiece.slice(pieceAt), firstClause(norm.slice(at)), norm.slice(at)]) {
        const time = parseTime(said);
        if (time.ok && timeChoices.includes(time.value)) return { field: 'preferredTime', value: time.value };
      }
    }
    // "sorry Carter, Evelyn Carter": the full name after the cue may follow the word it corrects.
    const afterCue = nameCue.exec(text.trim())?.[1] ?? '';
    const name = [afterCue, afterCue.split(/,\s*/u).at(-1) ?? '']
      .map((piece) => capitalisedName.exec(piece)?.[1])
      .find((n) => n !== undefined);
    const parsedName = name === undefined ? undefined : parseName(name);
    if (parsedName?.ok) return { field: 'name', value: parsedName.value };
    // "oh wait, I have dialysis Monday mornings, so only Tuesday or Thursday mornings": the window after "only".
    const onlyFound = onlyTime.exec(text);
    const only = onlyFound?.[1]?.replace(politeEnd, '');
    if (only !== undefined && (cued || onlyFound?.index === 0)) {
      const time = parseTime(only);
      if (time.ok) return { field: 'preferredTime', value: time.value };
    }
    // Only the optional email can be taken out; a message with a new address changed it above.
    const namesEmail = fieldWords.email.some((w) => norm.includes(w));
    const kept = keeps.some((w) => norm.includes(w));
    // "el correo es .net no .com" says how the address ends: no removal (form review 54 took the email out).
    const endingSaid = EMAIL_ENDING_SAID.test(text);
    if (namesEmail && !kept && !endingSaid && removals.some((w) => norm.includes(w)))
      return { field: 'email', value: undefined };
    return undefined;
  };
}

/** An email's ending said alone (".net", ".com"), not part of an address: its letters are group 1. */
export const EMAIL_ENDING = /(?<![\w@.-])\.([a-z]{2,6})(?![\w.-])/gu;
const EMAIL_ENDING_SAID = new RegExp(EMAIL_ENDING.source, 'iu');

/** A valid phone number written somewhere in `text`, as `parsePhone` stores it, and where it is. */
export function phoneIn(text: string): Found | undefined {
  // Most messages hold no phone number: fewer than seven digits cannot be one (and the search costs).
  if ((text.match(/\d/g)?.length ?? 0) < 7) return undefined;
  for (const found of findPhoneNumbersInText(text, 'US')) {
    const whole = text.slice(found.startsAt, found.endsAt);
    // "713-555-0121, 832-555-0166": the library reads ", 832" as an extension; digits after a comma are the next
    // number, and an extension is said with a word ("ext 204").
    const read = /^[^,;]*\d(?=\s*[,;]\s*\d)/u.exec(whole)?.[0] ?? whole;
    const parsed = parsePhone(read);
    if (parsed.ok) return { value: parsed.value, start: found.startsAt, end: found.startsAt + read.length };
  }
  // "…should be 57 not 75, 713-921-4457": the library reads "75, 713-921-4457" as one candidate and gives up; a
  // US number written whole is still the number (form review 28 kept the wrong one).
  for (const found of text.matchAll(US_NUMBER)) {
    const parsed = parsePhone(found[0]);
    if (parsed.ok) return { value: parsed.value, start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

/** How a US number is grouped when typed: 713 555 0123, (713) 555-0123, 7135550123, 1 713 555 0123. */
const US_GROUPINGS: ReadonlySet<string> = new Set(['3-3-4', '10', '1-3-3-4', '11']);

/**
 * A number in `text` as dialled in `region`, the country the same answer names ("es de México, 33 5555 0142"),
 * unless the US reading holds: a valid US number grouped as US numbers are ("soy de México, 713 555 0123" is a
 * Houston number). "81 5555 1234 (Monterrey)" is grouped as Mexico writes it, and read there.
 */
export function phoneInRegion(text: string, region: CountryCode): string | undefined {
  for (const found of findPhoneNumbersInText(text, region)) {
    const { number } = found;
    if (number.country !== region) continue;
    const written = text.slice(found.startsAt, found.endsAt);
    const runs = (written.match(/\d+/gu) ?? []).map((r) => r.length).join('-');
    if (parsePhone(written).ok && US_GROUPINGS.has(runs)) continue;
    return number.ext ? `${number.number};ext=${number.ext}` : number.number;
  }
  return undefined;
}

/**
 * The one number in `text` other than `known` ("it's not 713-555-0128, it's 713-555-0182" corrects 0128):
 * none when there are several others or none.
 */
export function otherPhoneIn(text: string, known: string): string | undefined {
  const others = new Set<string>();
  let rest = text;
  for (let found = phoneIn(rest); found !== undefined; found = phoneIn(rest)) {
    if (found.value !== known) others.add(found.value);
    rest = rest.slice(found.end);
  }
  return others.size === 1 ? [...others][0] : undefined;
}

/** A US number written whole: area code, exchange and line, with the usual separators. */
const US_NUMBER = /(?<![\d+])(?:\+?1[\s.-]*)?\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}(?!\d)/gu;

/**
 * What a phone number may be followed by in its own message, as `phoneSaidIn` reads it: a correction
 * ("no wait 0192", `cues`) or a number refused ("not her number 281-555-0100", `refusals`). Built once
 * per word list; accents do not matter ("perdón" is "perdon").
 */
export interface PhoneWords {
  readonly cue: RegExp;
  readonly refused: RegExp;
  /** `refused`, for every refusal in a message (`refusesFirst`). */
  readonly refusedAll: RegExp;
  /** A place's number ("room 412", "cuarto 412"): no digits of a phone number. */
  readonly place: RegExp;
  /** A choice of the number that follows ("but please use my cell"). */
  readonly preferBefore: RegExp;
  /** A choice of the number just given ("is better"). */
  readonly preferAfter: RegExp;
  /** "the first one", "the second one", after both numbers. */
  readonly first: RegExp;
  readonly second: RegExp;
  /** A short answer that is an ordinal alone ("second", "el segundo"). */
  readonly firstAlone: RegExp;
  readonly secondAlone: RegExp;
  readonly negation: RegExp;
  /** "either one is fine", anywhere in the message. */
  readonly either: RegExp;
  /** "if I don't answer try…", between the two numbers: the first is the one to call. */
  readonly fallback: RegExp;
  /** The writer's own number named at the end of the words before it, and someone else's. */
  readonly ownBefore: RegExp;
  readonly othersBefore: RegExp;
  /** Per kind of number: its words, anywhere; and a choice of it after both numbers ("cell is best", "use the cell"). */
  readonly kinds: readonly { readonly name: RegExp; readonly chosen: RegExp; readonly refused: RegExp }[];
}

/** Built once per word lists: the responder, the form reader and the corrections each ask for the same ones. */
const phoneWordsBuilt = new WeakMap<object, PhoneWords>();

export function phoneWords(
  words: Pick<
    CorrectionWords,
    'cues' | 'refusals' | 'refusalsBeforeDeterminer' | 'determiners' | 'placeWords' | 'phoneChoice'
  >,
): PhoneWords {
  const built = phoneWordsBuilt.get(words);
  if (built !== undefined) return built;
  const reading = buildPhoneWords(words);
  phoneWordsBuilt.set(words, reading);
  return reading;
}

function buildPhoneWords(words: Parameters<typeof phoneWords>[0]): PhoneWords {
  const any = (list: readonly string[]) => alternation(list.map(normalizeText));
  const choice = words.phoneChoice;
  // "the second one please": the whole short answer, an ending allowed.
  const alone = (list: readonly string[]) =>
    new RegExp(`^\\W*(?:${any(list)})(?:\\s+(?:${any(choice.endings)}))?\\W*$`, 'u');
  const word = "[\\p{L}']+\\s+";
  // "not her number 281…", "en vez del 713…", "no el de mi mamá 832…": a few words, then the digits.
  const refusal = `(?<![\\p{L}])(?:(?:${any(words.refusals)})\\s+(?:${word}){0,4}|(?:${any(words.refusalsBeforeDeterminer)})\\s+(?:${any(words.determiners)})\\s+(?:${word}){0,3})[(+]?\\d`;
  return {
    cue: new RegExp(`(?<![\\p{L}])(?:${any(words.cues)})(?![\\p{L}])`, 'u'),
    refused: new RegExp(refusal, 'u'),
    refusedAll: new RegExp(refusal, 'gu'),
    place: new RegExp(`(?<![\\p{L}])(?:${any(words.placeWords)})\\s*#?\\s*\\d+`, 'gu'),
    // "but please use my cell 832…": a choice, then at most four words before the number.
    preferBefore: new RegExp(
      `(?<![\\p{L}])(?:${any(choice.prefer)})(?:\\s+(?!(?:${any(choice.apart)})(?![\\p{L}]))[\\p{L}']+){0,4}[\\s:,]*$`,
      'u',
    ),
    // "832-555-0166 is better", "… (preferably)": a choice right after the number, or after a link word.
    preferAfter: new RegExp(
      `^[\\s(,-]*(?:(?:${alternation(choice.linkWords.map(foldText))})\\s+)?(?:${any(choice.prefer)})(?:\\s+(?:${any(choice.endings)}))?\\s*(?:[,.;:)!?]|$)`,
      'u',
    ),
    first: new RegExp(`(?<![\\p{L}])(?:${any(choice.first)})(?![\\p{L}])`, 'u'),
    second: new RegExp(`(?<![\\p{L}])(?:${any(choice.second)})(?![\\p{L}])`, 'u'),
    kinds: Object.values(choice.kinds).map((list) => {
      const kind = `(?<![\\p{L}])(?:${any(list)})(?![\\p{L}])`;
      const link = `(?:\\s+(?:${alternation(choice.linkWords.map(foldText))}))?`;
      return {
        name: new RegExp(kind, 'gu'),
        chosen: new RegExp(
          `${kind}${link}\\s+(?:${any(choice.prefer)})(?![\\p{L}])|(?<![\\p{L}])(?:${any(choice.prefer)})(?:\\s+[\\p{L}']+){0,3}?\\s+${kind}`,
          'u',
        ),
        // "…, not the house", "no al de la casa": this kind is the one not to call.
        refused: new RegExp(
          `(?<![\\p{L}])(?:${alternation(choice.negations.map(foldText))})(?:\\s+[\\p{L}']+){0,3}?\\s+${kind}`,
          'u',
        ),
      };
    }),
    firstAlone: alone([...choice.first, ...choice.firstAlone]),
    secondAlone: alone([...choice.second, ...choice.secondAlone]),
    negation: new RegExp(`(?<![\\p{L}])(?:${alternation(choice.negations.map(foldText))})(?![\\p{L}])`, 'u'),
    either: new RegExp(`(?<![\\p{L}])(?:${any(choice.either)})(?![\\p{L}])`, 'u'),
    fallback: new RegExp(`(?<![\\p{L}])(?:${alternation(choice.fallback.map(foldText))})(?![\\p{L}])`, 'u'),
    ownBefore: new RegExp(`(?<![\\p{L}])(?:${any(choice.own)})(?:\\s+(?:${any(choice.copulas)}))?[\\s:,]*$`, 'u'),
    othersBefore: new RegExp(`(?<![\\p{L}])(?:${any(choice.others)})(?:\\s+(?:${any(choice.copulas)}))?[\\s:,]*$`, 'u'),
  };
}

/**
 * The phone number in `text`, with what follows it in the same message: "713 555 0129 no wait 0192" is
 * 713-555-0192 and "…0129, sorry, 713 555 0192" the second number; "281-555-0187, not her number
 * 281-555-0100" and "713 555 0192 not 0129" keep the first. Other digits after it that cannot be read
 * so ("713 555 0129, call 0192 instead") give no number, and the question is asked: storing a number
 * the person took back would have the team call a stranger.
 */
export function phoneSaidIn(text: string, words: PhoneWords, first = phoneIn(text)): Found | undefined {
  if (first === undefined) return undefined;
  // A place's number after it ("he's in room 412") is no part of the phone number (form review 52 refused the number).
  const tail = foldText(text.slice(first.end)).replace(words.place, ' ');
  // One or two digits ("after 5", "at 10") are a time or a count, never part of a number.
  const moreDigits = /\d(?:[\s.-]*\d){2}/u.test(tail);
  if (!moreDigits) return first;
  if (words.refused.test(tail) && !refusesFirst(tail, words, first)) return first;
  // "…, if no answer 832-555-0102": the "no" of a fallback corrects nothing.
  if (words.fallback.test(tail)) return first;
  const said = words.cue.exec(tail);
  if (said === null) return first;
  const after = tail.slice(said.index + said[0].length);
  const whole = phoneIn(after);
  if (whole !== undefined && /^\D{0,24}$/u.test(after.slice(0, whole.start)))
    return { value: whole.value, start: first.start, end: first.end };
  const digits = /^\D{0,16}?(\d[\d\s.-]*\d|\d)(?!\d)/u.exec(after)?.[1]?.replace(/\D/g, '');
  // The last four digits, or the number without its area code; anything else cannot be placed.
  if (digits === undefined || (digits.length !== 4 && digits.length !== 7)) return undefined;
  const [number = '', ext] = first.value.split(';ext=');
  const changed = parsePhone(`${number.slice(0, number.length - digits.length)}${digits}`);
  // A correction that gives no valid number: no number at all, so the question is asked.
  if (!changed.ok) return undefined;
  return {
    value: ext === undefined ? changed.value : `${changed.value};ext=${ext}`,
    start: first.start,
    end: first.end,
  };
}

/**
 * "713-555-0128, sorry, it's 713-555-0182 not 0128": the digits refused are the end of the number given first, so it
 * is that number that is taken back (form review 38 kept it); "713 555 0192 not 0129" refuses another.
 */
function refusesFirst(tail: string, words: PhoneWords, first: Found): boolean {
  const number = first.value.split(';ext=')[0]!;
  return [...tail.matchAll(words.refusedAll)].some((refusal) => {
    const run = /^[(+]?\d[\d\s().-]*/u.exec(tail.slice(refusal.index + refusal[0].length - 1))?.[0] ?? '';
    const digits = run.replace(/\D/gu, '');
    return digits.length >= 4 && number.endsWith(digits);
  });
}

/**
 * The one phone number `text` gives: as corrected (`phoneSaidIn`), the one chosen of two ("home is 713…
 * but please use my cell 832…", "713… or 281…, the second one is better": form review 53 asked again), and
 * none when it gives two different numbers without saying which ("Dad's is 832 555 0400, I'm at
 * 832-555-0112"): which one to call is asked, never guessed.
 */
export function onePhoneIn(text: string, words: PhoneWords): Found | undefined {
  const n = numbersIn(text, words);
  if (n === undefined) return undefined;
  const { first, said, two } = n;
  if (two === undefined) return said;
  const { tail, other, second } = two;
  // A third number leaves the choice to the question.
  if (phoneIn(tail.slice(other.end)) !== undefined) return undefined;
  // "…, el segundo es mejor": a cue word ("mejor") with no digits after it corrects nothing; the choice is read.
  const around = { before: foldText(text.slice(0, first.start)), between: tail.slice(0, other.start) };
  return chosenOfTwo({ ...around, after: tail.slice(other.end) }, words, first, second);
}

/**
 * The first number `text` gives, as said (`phoneSaidIn`), and a second, different one after it that no refusal turns
 * down (`two`: none when the first was corrected).
 */
function numbersIn(
  text: string,
  words: PhoneWords,
): { first: Found; said: Found | undefined; two?: { tail: string; other: Found; second: Found } } | undefined {
  const first = phoneIn(text);
  if (first === undefined) return undefined;
  const said = phoneSaidIn(text, words, first);
  if (said !== undefined && said.value !== first.value) return { first, said };
  const tail = foldText(text.slice(first.end));
  const other = phoneIn(tail);
  if (other === undefined || other.value === first.value || words.refused.test(tail)) return { first, said };
  return {
    first,
    said,
    two: { tail, other, second: { value: other.value, start: first.end + other.start, end: first.end + other.end } },
  };
}

/**
 * The number of two that the words around them choose, when they choose exactly one: a preference right before
 * or after a number, an ordinal after both, or a kind of number ("cell is best") that names only one of them.
 */
function chosenOfTwo(
  said: { readonly before: string; readonly between: string; readonly after: string },
  words: PhoneWords,
  first: Found,
  second: Found,
): Found | undefined {
  const { before, between, after } = said;
  const labels = labelsOfTwo(before, between, words);
  // "my cell is 832… but if I don't answer try my home 713…": the second is only the fallback.
  if (words.fallback.test(between) && !words.negation.test(after)) return first;
  // "my cell is 281…, mom's number is 281…": the writer's own number, not the other person's (form review 66).
  const namedAs = (r: RegExp, t: string) => r.test(normalizeText(t));
  if (namedAs(words.ownBefore, before) && namedAs(words.othersBefore, between)) return first;
  if (namedAs(words.othersBefore, before) && namedAs(words.ownBefore, between)) return second;
  // "cell 832… or home 713… if I don't pick up": a fallback said right after the second number leaves the first.
  const fallbackAfter = words.fallback.exec(after);
  if (fallbackAfter !== null && fallbackAfter.index <= FALLBACK_AFTER_REACH && !words.negation.test(between))
    return first;
  if (words.negation.test(between) || words.negation.test(after)) {
    // "use the cell, not the house": a negation that turns down a kind of number leaves the other one.
    const refused = words.kinds.filter((k) => k.refused.test(after));
    if (refused.length !== 1 || labels[0] === labels[1]) return undefined;
    if (labels[0] === refused[0]) return second;
    return labels[1] === refused[0] ? first : undefined;
  }
  const kind = words.kinds.find((k) => k.chosen.test(after));
  const named = kind === undefined ? [] : labels.map((k) => k === kind);
  const forFirst = words.preferAfter.test(between) || words.first.test(after) || (named[0] === true && !named[1]);
  const forSecond =
    words.preferBefore.test(between) ||
    words.preferAfter.test(after) ||
    words.second.test(after) ||
    (named[1] === true && !named[0]);
  return forFirst === forSecond ? undefined : forFirst ? first : second;
}

/**
 * "home 281-555-0123 but call my daughter first, her cell is 832-555-0168": the number chosen of exactly two, and the
 * other, to keep for the call (form review 61 wanted the home line kept). Not when one was a correction or refused.
 */
export function choiceOfTwo(text: string, words: PhoneWords): { chosen: string; other: string } | undefined {
  const two = numbersIn(text, words)?.two;
  const first = phoneIn(text);
  if (two === undefined || first === undefined) return undefined;
  const chosen = onePhoneIn(text, words)?.value;
  if (chosen !== first.value && chosen !== two.second.value) return undefined;
  return { chosen, other: chosen === first.value ? two.second.value : first.value };
}

/** A short answer to "which one?" this long at most ("the cell one please"). */
const MAX_CHOICE_WORDS = 5;

/**
 * After "I see two phone numbers", the one a short answer names ("the cell", "the second one", "el celular") of
 * the two in `earlier`, the message that gave them; undefined when it names neither or both.
 */
export function numberChosenLater(earlier: string, reply: string, words: PhoneWords): string | undefined {
  const said = foldText(reply).trim();
  const first = phoneIn(earlier);
  const second = first === undefined ? undefined : phoneIn(earlier.slice(first.end));
  if (first === undefined || second === undefined || /\d/u.test(said) || words.negation.test(said)) return undefined;
  if (said.split(/\s+/u).length > MAX_CHOICE_WORDS) return undefined;
  if (words.firstAlone.test(said)) return first.value;
  if (words.secondAlone.test(said)) return second.value;
  const named = words.kinds.filter((k) => new RegExp(k.name.source, 'u').test(said));
  if (named.length !== 1) return undefined;
  const labels = labelsOfTwo(
    foldText(earlier.slice(0, first.start)),
    foldText(earlier.slice(first.end, first.end + second.start)),
    words,
  );
  const [a, b] = labels.map((k) => k === named[0]);
  return a === b ? undefined : a ? first.value : second.value;
}

/**
 * "home is 832-555-0110 or my cell 832-555-0187, either one is fine": exactly two numbers, either to call, and no
 * correction or refusal between them: the first, and the other to keep for the call.
 */
export function eitherOfTwo(text: string, words: PhoneWords): { first: string; other: string } | undefined {
  const said = foldText(text);
  if (!words.either.test(normalizeText(text)) || words.negation.test(said) || words.cue.test(said)) return undefined;
  const first = phoneIn(text);
  const rest = first === undefined ? '' : text.slice(first.end);
  const second = phoneIn(rest);
  if (first === undefined || second === undefined || phoneIn(rest.slice(second.end)) !== undefined) return undefined;
  return first.value === second.value ? undefined : { first: first.value, other: second.value };
}

/** The kind each of two numbers was named as: the last kind said before the first, and between the two. */
function labelsOfTwo(
  before: string,
  between: string,
  words: PhoneWords,
): Array<PhoneWords['kinds'][number] | undefined> {
  return [lastKind(before, words), lastKind(between, words)];
}

/** The kind of number last named in `text` ("home is", "mi celular"), if any. */
function lastKind(text: string, words: PhoneWords): PhoneWords['kinds'][number] | undefined {
  let last: { kind: PhoneWords['kinds'][number]; at: number } | undefined;
  for (const kind of words.kinds)
    for (const m of text.matchAll(kind.name)) if (last === undefined || m.index > last.at) last = { kind, at: m.index };
  return last?.kind;
}

/** Lower case without accents, the same length as `text` for the letters it keeps. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A valid email address written somewhere in `text`, and where it is. With `cue`, an address after a correction
 * word that follows another is the one meant ("jdoe@example.com no wait jane.doe@example.com": form review 38
 * stored the first).
 */
export function emailIn(text: string, cue?: RegExp): Found | undefined {
  const all = [...text.matchAll(EMAILS_IN_TEXT)].flatMap((found) => {
    const parsed = parseEmail(found[0]);
    return parsed.ok ? [{ value: parsed.value, start: found.index, end: found.index + found[0].length }] : [];
  });
  const [first, last] = [all[0], all.at(-1)];
  if (cue !== undefined && first !== undefined && last !== undefined && last !== first)
    if (cue.test(foldText(text.slice(first.end, last.start)))) return last;
  return first;
}

interface Found {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The phone and email written in `text`, and the text with each replaced by a comma. With `words`,
 * a correction of the phone in the same message is applied, and two numbers give none (`onePhoneIn`).
 */
export function withoutPhoneAndEmail(text: string, words?: PhoneWords): { phone?: Found; email?: Found; rest: string } {
  const phone = words === undefined ? phoneIn(text) : onePhoneIn(text, words);
  const email = emailIn(text, words?.cue);
  let rest = text;
  for (const f of [phone, email].filter((f): f is Found => f !== undefined).sort((a, b) => b.start - a.start))
    rest = `${rest.slice(0, f.start)},${rest.slice(f.end)}`;
  return { ...(phone && { phone }), ...(email && { email }), rest };
}

/**
 * Several details in one message ("Rosa Martínez, 832-555-0111, rosa.m@gmail.com, mornings"):
 * the phone and email wherever they are, and the other pieces of what is left (split at
 * commas, a signature's bars and spaced dashes, and at `joiners` such as "and"), in order, for the caller to read as a name or a
 * time. A piece that names a phone or email ("my number is") or corrects something ("no wait
 * 0112") is left out. Compiled once per word list, like `correctionFinder`.
 */
export function detailsFinder(
  words: CorrectionWords,
  bestWords: readonly string[] = [],
): (text: string) => { phone?: string; email?: string; pieces: string[] } {
  // "713 555 0101, mejor en la tarde": "mejor" before a detail says which is best, not that one is corrected.
  const leadingBest =
    bestWords.length === 0 ? undefined : new RegExp(`^(?:${alternation(bestWords)})(?![\\p{L}])\\s*`, 'iu');
  const joiners = new RegExp(`(?<![\\p{L}])(?:${words.joiners.map(escape).join('|')})(?![\\p{L}])`, 'giu');
  const notPieces = [...words.fields.phone, ...words.fields.email, ...words.cues].map((w) => ` ${normalizeText(w)} `);
  // "this is Dorothy Jenkins my number is 713…": "my number" parts the name from the number's lead-in.
  const ownField = new RegExp(
    `(?<![\\p{L}])(?:${alternation(words.possessives)})\\s+(?:${alternation([...words.fields.phone, ...words.fields.email])})(?![\\p{L}])`,
    'giu',
  );
  const fieldSentence = new RegExp(
    `\\.\\s+(?=(?:(?:${alternation(words.possessives)})\\s+)?(?:${alternation([...words.fields.phone, ...words.fields.email])})(?![\\p{L}]))`,
    'giu',
  );
  const phoneReading = phoneWords(words);
  return (text) => {
    const { phone, email, rest } = withoutPhoneAndEmail(text, phoneReading);
    const pieces = rest
      .replace(ownField, ',')
      .replace(joiners, ',')
      // A sentence that goes on to name the number ends a piece ("…done by 2pm on Mon Wed Fri. number is …").
      .replace(fieldSentence, ',')
      // A pasted signature parts its lines with bars, bullets or spaced dashes ("Robert Chen | Retired | Cell: …").
      .split(/[,;\n|•·]+|\s[-–—/]\s/u)
      .map((p) => (leadingBest === undefined ? p.trim() : p.trim().replace(leadingBest, '')))
      .filter((p) => /\p{L}/u.test(p) && !notPieces.some((w) => ` ${normalizeText(p)} `.includes(w)));
    return { ...(phone && { phone: phone.value }), ...(email && { email: email.value }), pieces };
  };
}

/** A regex alternation of phrases, longest first, any spaces inside them matching any run of spaces. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** A phrase as a regular expression: its own characters, any run of spaces between its words. */
export function escape(word: string): string {
  return word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}
