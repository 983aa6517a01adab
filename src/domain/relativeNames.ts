import { alternation, escape, phoneIn } from './contactCorrections.js';
import { leadInStripper, type Parsed } from './contactFields.js';
import type { ContactFile } from './knowledge.js';
import { normalizeText } from './normalize.js';

/** Names in an answer from a relative: the patient's, and the caller's when it was given too. */
export interface NamesGiven {
  readonly patient: string;
  readonly caller?: string;
}

/** How the form reads a name; the relatives' reading uses it for the caller and the patient alike. */
export interface NameReading {
  readonly parseName: (s: string) => Parsed<string>;
  /** In the first message a name needs a clear lead-in or capitals ("I'm worried" is no name). */
  readonly nameInRequest: (s: string) => string | undefined;
  /** "hi this is Harold Baker": the greeting goes first. */
  readonly withoutGreeting: (s: string) => string;
}

/**
 * A caller asking for someone else, read as data (`relatives` in `knowledge/contact.json`): whose
 * name is the patient's ("her name is Margaret Olson", "my neighbour Mr. Walter Greene", "soy la
 * hija de Carmen Ruiz") and whose the caller's ("I'm her daughter Karen", "yo soy su nieto, Daniel
 * Ortiz"). Staff ask for the caller and know who the patient is.
 */
/** Two to four words with capitals at the start of a clause ("Harold Jenkins who is…"). */
const CAPITALISED_START = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/u;

export class RelativeNames {
  /** "her name is", "mi mamá se llama": what follows names the patient, not the caller. */
  private readonly patientLeadIn: (s: string) => string;
  /**
   * "…I'm asking for my mom Sandra Lee", "My neighbour Mr Walter Greene asked me…", "She's Maria Elena Cruz": a
   * patient lead-in, a relation or a pronoun inside a clause (read in lower case), before a name written with capitals.
   */
  private readonly patientNamed: RegExp;
  /** A name written with capitals, lower-case particles allowed inside it ("Ernesto de la Garza", form review 61). */
  private readonly capitalisedName: RegExp;
  /**
   * "soy la hija de Carmen Ruiz", "husband is Walter Collins": a relation "of" someone, or a relation then "is",
   * names the patient, whoever says it.
   */
  private readonly patientOf: RegExp;
  /** "my father Minh Tran" after "the patient is": the relation is no part of the name. */
  private readonly patientRelationStart: RegExp;
  /** "Mr", "Sra": left off a name. */
  private readonly titleStart: RegExp;
  /** "Mr. Walter Greene": a title's full stop ends no sentence. */
  private readonly titleStop: RegExp;
  /** "this is for my mother, Rosa Martínez": the patient's name comes in the next clause. */
  private readonly patientLeadInEnd: RegExp;
  /** "her son", "su nieto", "his son in law": who the caller is, said before or instead of their name. */
  private readonly relationStart: RegExp;
  private readonly relationOnly: RegExp;
  /** "I'm his wife Debra Wilson" in the first message: "I'm Debra Wilson". */
  private readonly selfRelation: RegExp;
  /** "la" left before "hija de Carmen Ruiz" is no name. */
  private readonly possessiveWords: ReadonlySet<string>;
  /** "I'm her son", "soy su hija": who the caller is to the patient. */
  private readonly callerRelations: ReadonlySet<string>;
  /** "Daniel su hijo", "Jessica her granddaughter": the relation said after the caller's name. */
  private readonly relationTail: RegExp;
  /** ", she's my mom", " (mi mamá)": who the patient is to the caller, after the patient's name. */
  private readonly patientRelationTail: RegExp;
  /** "my name is", "soy": the caller's own lead-ins. */
  private readonly selfLeadIn: (s: string) => string;
  private readonly joinerEnd: RegExp;
  /** "that's my daughter's phone", "es el teléfono de mi hijo Pedro": whose phone it is, not who the patient is. */
  private readonly phoneClause: RegExp;
  /** "since my husband Earl passed in 2019": someone who died, not the patient. */
  private readonly deceasedClause: RegExp;
  /** A relation with a possessive anywhere ("about my husband", "para mi mamá"). */
  private readonly relativeMentioned: RegExp;
  /** A clause that starts with a relation ("my wife needs someone to call", "My father has questions"). */
  private readonly relativeFirst: RegExp;
  /** "hi,", "so", "well": words before what a clause is about. */
  private readonly generalLeadIn: (s: string) => string;

  /**
   * @param isCommonWord a common English word ("procedure", "smith") ends no name typed in lower case: "for my dad
   * ernesto delgado" names the patient, "about my husband walters procedure" does not.
   */
  constructor(
    t: ContactFile,
    private readonly isCommonWord: (word: string) => boolean = () => true,
  ) {
    const r = t.relatives;
    // Only the patient's lead-ins: "yeah i guess" starts with a lead-in ("yeah") but names no patient.
    const generalLeadIn = leadInStripper(t.leadIns);
    this.generalLeadIn = generalLeadIn;
    const patientOnly = leadInStripper({ ...t.leadIns, any: [], name: r.patientLeadIns }, 'name');
    this.patientLeadIn = (s) => {
      const bare = generalLeadIn(s);
      const after = patientOnly(bare);
      return after === bare ? s.trim() : after;
    };
    const particle = `(?:${alternation(t.nameParticles.map((w) => w.toLowerCase()))})`;
    this.capitalisedName = new RegExp(
      `^\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:${particle}\\s+){0,2}\\p{Lu}[\\p{L}'’-]*){0,3}`,
      'u',
    );
    const relation = (possessives: readonly string[]) =>
      `(?:${alternation(possessives)})\\s+(?:${alternation(r.relations)})`;
    const patientRelation = relation(r.patientPossessives);
    const callerRelation = relation(r.callerPossessives);
    this.patientNamed = new RegExp(
      `(?:^|\\s)(?:${alternation([...r.patientLeadIns, ...r.pronounLeadIns])}|${patientRelation})[\\s,:]+`,
      'gu',
    );
    this.patientOf = new RegExp(
      `(?:^|\\s)(?:(?:${alternation(r.patientPossessives)})\\s+)?(?:${alternation(r.relations)})\\s+(?:${alternation([...r.ofWords, ...r.namingWords])})\\s+`,
      'gu',
    );
    this.patientRelationStart = new RegExp(`^${patientRelation}[\\s,:]+`, 'iu');
    this.relativeFirst = new RegExp(`^${patientRelation}(?!\\p{L})`, 'iu');
    this.relativeMentioned = new RegExp(
      `(?<!\\p{L})(?:${alternation(r.aboutWords)})\\s+${patientRelation}(?!\\p{L})`,
      'iu',
    );
    this.titleStart = new RegExp(`^(?:${alternation(r.titles)})\\.?\\s+`, 'iu');
    this.titleStop = new RegExp(`\\b(${alternation(r.titles)})\\.\\s`, 'giu');
    this.patientLeadInEnd = new RegExp(`(?:^|\\s)(?:${alternation(r.patientLeadIns)}|${patientRelation})$`, 'iu');
    this.relationStart = new RegExp(`^${callerRelation}(?:\\s+|$)`, 'iu');
    this.relationOnly = new RegExp(`^${callerRelation}$`, 'iu');
    this.selfRelation = new RegExp(`^(\\s*(?:i['’]?m|i am|(?:yo\\s+)?soy)\\s+)${callerRelation}\\s+`, 'iu');
    this.possessiveWords = new Set([...r.patientPossessives, ...r.callerPossessives].map(normalizeText));
    this.selfLeadIn = leadInStripper(t.leadIns, 'name');
    this.callerRelations = new Set(r.callerRelations.map(normalizeText));
    this.relationTail = new RegExp(`[\\s,]+(?:${alternation(r.callerRelations)})[.!]*$`, 'iu');
    this.patientRelationTail = new RegExp(
      `[\\s,(–-]+(?:(?:${alternation(r.earlierNameLeadIns)})\\s+(?:${alternation(r.relations)})|${patientRelation})[).!]*$`,
      'iu',
    );
    this.phoneClause = new RegExp(`(?<!\\p{L})(?:${alternation(r.phoneWords)})(?!\\p{L})`, 'iu');
    this.deceasedClause = new RegExp(`(?<!\\p{L})(?:${alternation(r.deceasedWords)})(?!\\p{L})`, 'iu');
    this.joinerEnd = new RegExp(`[\\s,]+(?:${alternation(t.corrections.joiners)})$`, 'iu');
  }

  /**
   * "can someone call me about my husband?", "es para mi mamá", or a relation a clause is about ("my wife needs
   * someone to call", "My father needs information": form review 46 lost both patients): the call is about a
   * relative. A wrong guess costs one question, answered "me".
   */
  mentionsRelative(typed: string): boolean {
    return this.patientClauses(typed).some(
      (c) => this.relativeMentioned.test(c) || this.relativeFirst.test(this.generalLeadIn(c)),
    );
  }

  /**
   * A topic said to be about a relative ("its about my husband, he fractured…", "es sobre mi mamá"): only with an
   * about word, since "my wife says I should ask…" is the caller's own question and "call my daughter at 832…" is
   * whom to call.
   */
  topicAboutRelative(typed: string): boolean {
    return this.patientClauses(typed).some((c) => this.relativeMentioned.test(c) && !/\d/u.test(c));
  }

  /** The clauses of a message that may say whom the call is about: not whose phone it is, nor someone who died. */
  private patientClauses(typed: string): string[] {
    return typed
      .replace(/-in-law\b/giu, ' in law')
      .split(/[,;.!?]+/u)
      .filter((c) => !this.phoneClause.test(c) && !this.deceasedClause.test(c));
  }

  /** "I'm his son-in-law Dave Ruiz", "soy Pedro Salinas, su hijo": the answer without the caller's relation. */
  withoutCallerRelation(typed: string): string {
    const s = typed.replace(/-in-law\b/giu, ' in law');
    const own = this.selfLeadIn(s);
    // "soy Pedro Ruiz, su hijo": the relation after the name is no part of it either.
    return (own === s.trim() ? s : own.replace(this.relationStart, '')).replace(this.relationTail, '');
  }

  /** "Margaret O'Connell, she's my mom" at the patient question: the name without who she is to the caller. */
  withoutPatientRelation(typed: string): string {
    return typed.replace(this.patientRelationTail, '');
  }

  /** "I'm his wife Debra Wilson" in the first message reads as "I'm Debra Wilson". */
  withoutSelfRelation(typed: string): string {
    return typed.replace(this.selfRelation, '$1');
  }

  /**
   * A relative's answer: "her name is Margaret Olson, I'm her daughter Karen" (both), "his name is Donald
   * Fischer" or "Ana Lopez, I'm her son" (the patient only). Undefined when no clause names a patient, so a
   * caller's own name is read as before. In the message that asked for the call (`opening`), the caller's
   * name needs the clear lead-in or capitals that any name there needs.
   */
  namesIn(typed: string, opening: boolean, read: NameReading): NamesGiven | undefined {
    // "my mother-in-law Kamala Patel" reads as the relation "mother in law" (form review 27 lost the patient).
    const text = typed.replace(/-in-law\b/giu, ' in law');
    let patient: string | undefined;
    let relationSaid = false;
    let patientNext = false;
    const nameIn = (clause: string): string | undefined => {
      if (opening) return read.nameInRequest(clause);
      const parsed = read.parseName(clause);
      return parsed.ok ? parsed.value : undefined;
    };
    let callerNext = false;
    const callers: string[] = [];
    // "I am her son Minh Tran": the caller for sure; a name said bare beside it ("Linh Tran, …") is the patient's.
    let sureCaller: string | undefined;
    const bare: string[] = [];
    // A clause read for the caller's name. In the first message a name needs a clear lead-in or capitals (`strict`);
    // what stands before a patient's name needs "I'm", "soy"… (`before`: "Él se llama Jorge Ramírez" names no caller).
    const readCaller = (clause: string, strict: boolean, before = false) => {
      const whole = clause.trim();
      const own = this.selfLeadIn(whole);
      const written = own
        .replace(this.relationStart, '')
        .replace(this.relationTail, '')
        .replace(this.joinerEnd, '')
        .trim();
      if (written === '' || phoneIn(written) !== undefined || (before && own === whole)) return;
      if (this.possessiveWords.has(normalizeText(written))) return;
      const parsed = read.parseName(written);
      const value = strict
        ? (read.nameInRequest(written) ?? (own === whole ? undefined : read.nameInRequest(whole)))
        : parsed.ok
          ? parsed.value
          : undefined;
      if (value === undefined) return;
      // "Soy su hija, Patricia Morales": a name right after the caller's relation is the caller's (form review 63).
      if (own === whole && !callerNext) bare.push(value);
      else if (!before && (callerNext || this.relationStart.test(own))) sureCaller ??= value;
      if (callerNext) callers.unshift(value);
      else callers.push(value);
    };
    // "Mr. Walter Greene": a title's full stop ends no sentence; "son-in-law" is "son in law".
    const written = text.replace(this.titleStop, '$1 ').replace(/-in-law\b/giu, ' in law');
    for (const part of written.split(/[,;.!?()]+\s*|\s+[-–]\s+/u)) {
      const clause = read.withoutGreeting(part.trim());
      if (clause === '' || this.phoneClause.test(clause) || this.deceasedClause.test(clause)) continue;
      // "Ana Lopez, I'm her son": Ana Lopez is the patient; "Karen Olson, her daughter" says who Karen is.
      const own = this.selfLeadIn(clause);
      if (this.callerRelations.has(normalizeText(clause)) || (own !== clause && this.relationOnly.test(own))) {
        const selfSaid = own !== clause || this.selfLeadIn(normalizeText(clause)) !== normalizeText(clause);
        relationSaid ||= selfSaid;
        callerNext = selfSaid;
        continue;
      }
      if (this.patientLeadInEnd.test(clause)) {
        patientNext = true;
        callerNext = false;
        continue;
      }
      // "can someone call my mom? she only speaks vietnamese": in the first message, a name needs capitals here too.
      const nextOne = patientNext && own === clause ? nameIn(clause) : undefined;
      patientNext = false;
      if (patient === undefined && nextOne !== undefined) {
        patient = nextOne;
        continue;
      }
      const afterLeadIn = this.patientLeadIn(clause);
      const inside = afterLeadIn === clause ? this.nameAfterRelation(clause) : undefined;
      const bareName = afterLeadIn.replace(this.patientRelationStart, '').replace(this.titleStart, '');
      // "on behalf of our resident Harold Jenkins who is scheduled…": the capitalised name after the lead-in.
      const leading = afterLeadIn !== clause ? CAPITALISED_START.exec(bareName)?.[0] : undefined;
      const named =
        afterLeadIn !== clause
          ? ((p) => (p.ok || leading === undefined ? p : read.parseName(leading)))(read.parseName(bareName))
          : inside && read.parseName(inside.name);
      if (patient === undefined && named?.ok) {
        patient = named.value;
        // "I'm Kevin and I'm asking for my mom Sandra Lee": what comes before may name the caller.
        if (inside !== undefined) readCaller(clause.slice(0, inside.at), opening, true);
      } else readCaller(clause, opening);
      callerNext = false;
    }
    // "my husband, he's recovering", "my grandma is hard of hearing" (form review 33 stored "Recovering" and "hard of
    // hearing"): words typed in lower case that end in a common English word name no one.
    if (patient !== undefined && this.lowerCaseWords(text, patient)) patient = undefined;
    if (patient !== undefined) {
      const caller = callers.find((o) => normalizeText(o) !== normalizeText(patient!));
      return caller === undefined ? { patient } : { patient, caller };
    }
    if (sureCaller !== undefined && bare.length === 1 && callers.length === 2)
      return { patient: bare[0]!, caller: sureCaller };
    // "Ana Lopez, I'm her son" names the patient; "My name is Minh Tran, I'm her son" names the caller.
    return relationSaid && callers.length === 1 && bare.length === 1 ? { patient: bare[0]! } : undefined;
  }

  /**
   * "my mom Eleanor Hart is 84 and still has pain", "mi papá Ramón Salinas tiene dolor": a topic that opens with a
   * relation and a name is about that person. Only at the very start: "I had it too, like my husband John" names
   * someone the call may not be about.
   */
  relationNameFirst(text: string): string | undefined {
    const clause = text.trim().split(/[,;.!?]/u)[0] ?? '';
    if (!this.patientRelationStart.test(clause)) return undefined;
    const found = this.nameAfterRelation(clause);
    return found?.at === 0 ? found.name : undefined;
  }

  /** Whether `name` was typed in lower case in `text` and ends in a common English word ("recovering"). */
  private lowerCaseWords(text: string, name: string): boolean {
    const typed = new RegExp(escape(name), 'iu').exec(text)?.[0];
    const last = normalizeText(name.split(/\s+/u).at(-1) ?? '');
    return typed !== undefined && !/\p{Lu}/u.test(typed) && this.isCommonWord(last);
  }

  /** A name written with capitals after a patient lead-in, a relation or a pronoun inside the clause. */
  private nameAfterRelation(clause: string): { name: string; at: number } | undefined {
    // Lead-ins are matched in lower case; the name's capitals are read from the clause as written.
    const lower = [...clause].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
    // "soy la hija de Carmen Ruiz" first: "la hija" there is the caller, "de Carmen Ruiz" the patient.
    for (const m of [...lower.matchAll(this.patientOf), ...lower.matchAll(this.patientNamed)]) {
      // "on behalf of our resident Harold Jenkins": a relation may follow the lead-in.
      const rest = clause
        .slice(m.index + m[0].length)
        .replace(this.patientRelationStart, '')
        .replace(this.titleStart, '');
      // "my mom Lan Nguyen's procedure": the possessive is no part of her name.
      const name = this.capitalisedName.exec(rest)?.[0].replace(/['’]s$/u, '');
      if (name !== undefined) return { name, at: m.index };
      // "asking for my mom grace okafor" (form reviews 22 and 24): two or three words in lower case up to the end
      // of the clause, the last no common English word, are her name, written with capitals.
      const lowered = /^\p{Ll}+(?:[\s-]+\p{Ll}+){1,2}$/u.exec(rest.trim())?.[0];
      const last = lowered?.split(/[\s-]+/u).at(-1);
      if (lowered !== undefined && last !== undefined && !this.isCommonWord(last))
        return {
          name: lowered.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
          at: m.index,
        };
    }
    return undefined;
  }
}
