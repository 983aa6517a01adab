import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { faqMatcherFor, type Knowledge, KnowledgeError, loadKnowledge } from '../src/domain/knowledge.js';
import { Responder } from '../src/domain/responder.js';
import { type Json, type JsonEdit, knowledgeCopy, shippedKnowledge } from './helpers/knowledgeCopy.js';

const SOURCE_PAGE = path.resolve('..', 'shared', 'source', 'vertebroplasty-patient-page.txt');
const copies: Array<() => void> = [];
afterEach(() => copies.splice(0).forEach((remove) => remove()));

/** A copy of knowledge/ with one file changed by `edit`. */
/** A throwaway FAQ entry, as a content editor would add it to faq.json. */
const NEW_ENTRY = {
  id: 'glasses-hearing-aids',
  title: 'Glasses and hearing aids',
  answer: 'A throwaway answer for this test.',
  source: ['Vertebroplasty is a minimally invasive procedure.'],
  keywords: ['glasses', 'hearing aid', 'dentures'],
  examples: ['can i keep my glasses on', 'do i take out my hearing aid', 'should i remove my dentures'],
  related: [],
};

function brokenCopy(file: string, edit: JsonEdit): string {
  const copy = knowledgeCopy({ [file]: edit });
  copies.push(copy.remove);
  return copy.dir;
}

function errorOf(fn: () => unknown): KnowledgeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KnowledgeError) return e;
    throw e;
  }
  throw new Error('expected a KnowledgeError');
}

describe('knowledge', () => {
  const k = shippedKnowledge;
  const page = readFileSync(SOURCE_PAGE, 'utf8').replace(/\s+/g, ' ');

  it('covers every topic the issue lists as a separate entry', () => {
    expect(k.faq.map((e) => e.id).sort()).toEqual(
      [
        'benefits',
        'bed-rest',
        'candidates',
        'cement',
        'conditions-treated',
        'contact-hospital',
        'discharge',
        'imaging',
        'lifting-activity',
        'needle-bandage',
        'normal-activities',
        'pain-relief',
        'positioning',
        'procedure-length',
        'second-injection',
        'sedation',
        'timing',
        'untreated-fracture',
        'vs-kyphoplasty',
        'what-is-vertebroplasty',
      ].sort(),
    );
  });

  it.each(shippedKnowledge.faq.map((e) => [e.id, e] as const))(
    '%s quotes the source page word for word',
    (_id, entry) => {
      for (const quote of entry.source) expect(page).toContain(quote.replace(/\s+/g, ' '));
    },
  );

  it('takes the emergency sentence, thank-you text, name and phone from the page', () => {
    expect(page).toContain(k.messages.emergency);
    expect(page).toContain(k.contact.thankYou);
    expect(page).toContain(k.contact.immediateHelp);
    expect(page).toContain(k.organization.name);
    expect(page).toContain(k.organization.phone);
  });

  it("follows the page's emergency sentence with 911 now, never the hospital's line as the way to get help", () => {
    for (const followUp of [k.messages.emergencyFollowUp, k.spanish.messages.emergencyFollowUp]) {
      expect(followUp).toContain('911');
      expect(followUp).not.toContain(k.organization.phone);
    }
  });

  it('speaks to a Spanish reader in crisis without assuming a man ("solo" is masculine; blind review 84)', () => {
    const { crisis, crisisCheckIn } = k.spanish.messages;
    for (const text of [crisis, crisisCheckIn]) expect(text).not.toMatch(/\b(solo|sola)\b/u);
  });

  it('keeps answers short and fills the hospital name and phone', () => {
    for (const e of k.faq) expect(e.answer.length).toBeLessThanOrEqual(600);
    expect(k.faq.find((e) => e.id === 'contact-hospital')!.answer).toContain('(713) 222-CARE');
    expect(JSON.stringify(k)).not.toMatch(/\{(orgName|phone|botName)\}/);
  });

  it('names the file, the entry and the field of a broken entry', () => {
    const dir = brokenCopy('faq.json', (j: Json) => (j.entries[6].answer = ''));
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'faq.json'));
    expect(err.message).toContain('entries[6] (id "sedation").answer');
    expect(err.message).toContain('must not be empty');
  });

  it('names a Spanish time button the form would not read as its English choice, and a missing button', () => {
    const dir = brokenCopy('contact.json', (j: Json) => {
      j.spanish.timeChoices[1] = 'Temprano';
      j.spanish.timeChoices.pop();
    });
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'contact.json'));
    expect(err.message).toContain('spanish.timeChoices[1]: "Temprano" is not read as "Afternoon"');
    expect(err.message).toContain('spanish.timeChoices: has 3 choices, not 4');
  });

  it('names a triage model weight that is not a number, and a threshold out of range', () => {
    const dir = brokenCopy('triage-model.json', (j: Json) => {
      j.classes.crisis.weights.pill = 'heavy';
      j.thresholds.crisis = 1.5;
    });
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'triage-model.json'));
    expect(err.message).toContain('classes.crisis.weights: must map words and word pairs to finite numbers');
    expect(err.message).toContain('thresholds.crisis');
  });

  it('names a related id that does not exist', () => {
    const dir = brokenCopy('faq.json', (j: Json) => (j.entries[0].related = ['no-such-entry']));
    expect(errorOf(() => loadKnowledge(dir)).message).toContain('related[0]: no entry has id "no-such-entry"');
  });

  it('names a phrasing whose id is neither an entry nor an out-of-scope topic', () => {
    const dir = brokenCopy('faq-phrasings.json', (j: Json) =>
      j.phrasings.push({ text: 'can i bring my dog', id: 'pets' }),
    );
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'faq-phrasings.json'));
    expect(err.message).toMatch(/phrasings\[\d+\]: "pets" is neither an FAQ entry nor an out-of-scope topic/);
  });

  it('names invalid JSON and a missing file', () => {
    const dir = brokenCopy('messages.json', () => undefined);
    writeFileSync(path.join(dir, 'messages.json'), '{ "welcome": ');
    expect(errorOf(() => loadKnowledge(dir)).message).toMatch(/messages\.json:\n\s+- is not valid JSON/);
    rmSync(path.join(dir, 'intents.json'));
    writeFileSync(path.join(dir, 'messages.json'), readFileSync(path.resolve('knowledge/messages.json')));
    expect(errorOf(() => loadKnowledge(dir)).message).toMatch(/intents\.json:\n\s+- cannot be read \(ENOENT\)/);
  });

  it('loads the matcher vocabulary as data', () => {
    expect(k.vocabulary.stopwords).toContain('scared');
    expect(k.vocabulary.outOfScope.map((t) => t.id)).toContain('cost-insurance');
    const dir = brokenCopy('matching.json', (j: Json) => (j.stopwords[0] = 'Blue Cross'));
    expect(errorOf(() => loadKnowledge(dir)).message).toContain(
      'stopwords[0]: must be one lower-case word without punctuation',
    );
  });

  it('refuses a mark that a synonym reads as another word, naming the topic and the mark', () => {
    // "mortar" is read as "cement": as a mark it would put every cement question off the page.
    const dir = brokenCopy(
      'out-of-scope.json',
      (j: Json) => ((j.topics as Json[]).find((t: Json) => t.id === 'unrelated').marks = ['driveway', 'mortar']),
    );
    const message = errorOf(() => loadKnowledge(dir)).message;
    expect(message).toContain('out-of-scope.json');
    expect(message).toMatch(/topics\[\d+\] \(id "unrelated"\)\.marks\[1\]: "mortar" is read as "cement"/);
  });

  it('refuses a frame that spells too many phrases, naming the frame (each phrase is read on every question)', () => {
    const dir = brokenCopy('matching.json', (j: Json) =>
      j.frames.push([
        ['is it', 'is', 'its', 'it is', ''],
        ['normal', 'ok', 'okay', 'common', ''],
        ['to', ''],
        ['feel', 'be feeling', 'feeling', 'felt'],
        ['this way', 'like this', 'that way', 'like that', 'so', 'this', 'that'],
      ]),
    );
    const message = errorOf(() => loadKnowledge(dir)).message;
    expect(message).toContain('matching.json');
    expect(message).toMatch(/frames\[\d+\]: spells more than 200 phrases/);
  });

  it.each([
    {
      what: 'a keyword made only of filler words',
      edit: ['faq.json', (j: Json) => j.entries[3].keywords.push('what is it')],
      file: 'faq.json',
      problem: 'entries[3] (id "timing").keywords[',
      says: '"what is it" has only filler words',
    },
    {
      what: 'an out-of-scope word that becomes an FAQ word once its plural is folded',
      edit: ['out-of-scope.json', (j: Json) => j.topics[8].keywords.push('news')],
      file: 'out-of-scope.json',
      problem: 'topics[8] (id "small-talk").keywords[',
      says: '"news" is read as "new", a word of the FAQ entries',
    },
    {
      what: 'a stopword that becomes an FAQ word',
      edit: ['matching.json', (j: Json) => j.stopwords.push('cements')],
      file: 'matching.json',
      problem: 'stopwords[',
      says: '"cements" is read as "cement", a word of the FAQ entries',
    },
    {
      what: 'an example question its own entry does not win',
      edit: ['faq.json', (j: Json) => j.entries[3].examples.push('how long do i stay in bed afterwards')],
      file: 'faq.json',
      problem: 'entries[3] (id "timing").examples[',
      says: 'matches "bed-rest", not this one; reword it or add a keyword',
    },
    {
      what: 'an FAQ keyword that an out-of-scope topic also lists',
      edit: ['faq.json', (j: Json) => j.entries[13].keywords.push('shower')],
      file: 'out-of-scope.json',
      problem: 'topics[6] (id "aftercare-home").keywords[0]',
      says: '"shower" is also a keyword of FAQ entry "discharge"',
    },
    {
      what: "a topic's mark that is a phrase (each of its words would mark questions)",
      edit: ['out-of-scope.json', (j: Json) => j.topics[0].marks.push('out of pocket')],
      file: 'out-of-scope.json',
      problem: 'topics[0] (id "cost-insurance").marks[',
      says: 'must be one word',
    },
  ] as const)('stops start-up on $what, naming the word and the file', ({ edit, file, problem, says }) => {
    const dir = brokenCopy(edit[0], edit[1]);
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, file));
    expect(err.message).toContain(problem);
    expect(err.message).toContain(says);
  });

  // knowledge/ with NEW_ENTRY added to faq.json, loaded once for the two tests that read it (a load takes about a
  // second): neither changes the knowledge, its matcher or anything else loaded.
  let withNewEntry: Knowledge | undefined;
  const knowledgeWithNewEntry = (): Knowledge =>
    (withNewEntry ??= loadKnowledge(brokenCopy('faq.json', (j: Json) => j.entries.push(NEW_ENTRY))));

  it('answers a new FAQ entry from its own examples: adding it to faq.json is all it takes', () => {
    const entry = NEW_ENTRY;
    // The matcher the bot answers with, built (and checked) by the load: another one would be built the same way.
    const matcher = faqMatcherFor(knowledgeWithNewEntry());
    for (const example of entry.examples) {
      const m = matcher.match(example);
      expect(m.kind === 'answer' ? m.entry.id : m.kind).toBe('glasses-hearing-aids');
    }
  });

  it('answers a new entry in English to a Spanish reader until it is translated in es/faq.json', () => {
    const entry = NEW_ENTRY;
    const extended = knowledgeWithNewEntry();
    expect(extended.spanish.faq.map((e) => e.id)).not.toContain(entry.id);
    const { match, spanish } = new Responder(extended).faqMatch(
      'mi mamá pregunta: do i take out my hearing aid?',
      true,
    );
    expect([match.kind === 'answer' && match.entry.answer, spanish]).toEqual([entry.answer, true]);
  });

  it.each([
    [
      'an id the English FAQ lacks',
      (j: Json) => (j.entries[0].id = 'que-es'),
      'entries[0].id: "que-es" is not an entry of ../faq.json',
    ],
    [
      'a Spanish example its own entry would not answer',
      (j: Json) => j.entries[6].examples.push('guardar reposo en cama'),
      'entries[6] (id "sedation").examples[',
    ],
  ])('refuses es/faq.json with %s, naming the file', (_what, edit, problem) => {
    const dir = brokenCopy('es/faq.json', edit);
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'es', 'faq.json'));
    expect(err.message).toContain(problem);
  });

  it('refuses es/messages.json without a reply a Spanish reader may get, naming the file and the key', () => {
    const dir = brokenCopy('es/messages.json', (j: Json) => delete j.thanks);
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'es', 'messages.json'));
    expect(err.message).toContain('thanks');
  });

  it('loads the synonyms, and every synonym points at words the FAQ entries use', () => {
    expect(k.vocabulary.synonyms['operation']).toBe('surgery');
    expect(Object.keys(k.vocabulary.synonyms).length).toBeGreaterThan(20);
  });

  it.each([
    [
      'a synonym pointing at a word no entry uses',
      (j: Json) => (j.synonyms['op'] = 'scalpel'),
      'synonyms["op"]: no FAQ entry uses "scalpel"',
    ],
    [
      'a synonym of filler words only',
      (j: Json) => (j.synonyms['op'] = 'it is the'),
      'synonyms["op"]: "it is the" has only filler words',
    ],
    [
      'a key not written as the matcher reads it',
      (j: Json) => (j.synonyms['Day-Case'] = 'outpatient'),
      'synonyms["Day-Case"]: must be written as the matcher reads it ("day case")',
    ],
    [
      'a synonym pointing at another synonym',
      (j: Json) => (j.synonyms['op'] = 'operation'),
      'synonyms["op"]: "operation" is itself rewritten (synonyms["operation"])',
    ],
    ['an empty synonym', (j: Json) => (j.synonyms['op'] = ''), 'synonyms.op: must not be empty'],
  ])('names the file and the key of %s', (_what, edit, message) => {
    const dir = brokenCopy('synonyms.json', edit);
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'synonyms.json'));
    expect(err.message).toContain(message);
  });

  it('names an unknown field, so typos in field names are caught', () => {
    const dir = brokenCopy('faq.json', (j: Json) => (j.entries[2].answr = 'x'));
    expect(errorOf(() => loadKnowledge(dir)).message).toContain('entries[2] (id "conditions-treated")');
  });
});

describe('the FAQ index built at load', () => {
  it('is reused for the loaded knowledge, and never for a copy with other entries', () => {
    const knowledge = shippedKnowledge;
    expect(faqMatcherFor(knowledge)).toBe(faqMatcherFor(knowledge));
    const fewer = { ...knowledge, faq: knowledge.faq.slice(1) };
    const matcher = faqMatcherFor(fewer);
    expect(matcher).not.toBe(faqMatcherFor(knowledge));
    expect(matcher.entry(knowledge.faq[0]!.id)).toBeUndefined();
  });
});
