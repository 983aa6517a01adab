import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../src/domain/knowledge.js';

const SOURCE_PAGE = path.resolve('..', 'shared', 'source', 'vertebroplasty-patient-page.txt');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of knowledge/ with one file changed by `edit`. */
function brokenCopy(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  dirs.push(dir);
  cpSync(path.resolve('knowledge'), dir, { recursive: true });
  const full = path.join(dir, file);
  const json = JSON.parse(readFileSync(full, 'utf8'));
  edit(json);
  writeFileSync(full, JSON.stringify(json));
  return dir;
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
  const k = loadKnowledge(path.resolve('knowledge'));
  const page = readFileSync(SOURCE_PAGE, 'utf8').replace(/\s+/g, ' ');

  it('covers every topic the issue lists as a separate entry', () => {
    expect(k.faq.map((e) => e.id).sort()).toEqual(
      [
        'benefits', 'bed-rest', 'candidates', 'cement', 'conditions-treated', 'contact-hospital', 'discharge', 'imaging',
        'lifting-activity', 'needle-bandage', 'normal-activities', 'pain-relief', 'positioning', 'procedure-length',
        'second-injection', 'sedation', 'timing', 'untreated-fracture', 'vs-kyphoplasty', 'what-is-vertebroplasty',
      ].sort(),
    );
  });

  it.each(loadKnowledge(path.resolve('knowledge')).faq.map((e) => [e.id, e] as const))('%s quotes the source page word for word', (_id, entry) => {
    for (const quote of entry.source) expect(page).toContain(quote.replace(/\s+/g, ' '));
  });

  it('takes the emergency sentence, thank-you text, name and phone from the page', () => {
    expect(page).toContain(k.messages.emergency);
    expect(page).toContain(k.contact.thankYou);
    expect(page).toContain(k.contact.immediateHelp);
    expect(page).toContain(k.messages.emergencyFollowUp);
    expect(page).toContain(k.organization.name);
    expect(page).toContain(k.organization.phone);
  });

  it('keeps answers short and fills the hospital name and phone', () => {
    for (const e of k.faq) expect(e.answer.length).toBeLessThanOrEqual(600);
    expect(k.faq.find((e) => e.id === 'contact-hospital')!.answer).toContain('(713) 222-CARE');
    expect(JSON.stringify(k)).not.toMatch(/\{(orgName|phone|botName)\}/);
  });

  it('names the file, the entry and the field of a broken entry', () => {
    const dir = brokenCopy('faq.json', (j) => (j.entries[6].answer = ''));
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'faq.json'));
    expect(err.message).toContain('entries[6] (id "sedation").answer');
    expect(err.message).toContain('must not be empty');
  });

  it('names a related id that does not exist', () => {
    const dir = brokenCopy('faq.json', (j) => (j.entries[0].related = ['no-such-entry']));
    expect(errorOf(() => loadKnowledge(dir)).message).toContain('related[0]: no entry has id "no-such-entry"');
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
    expect(k.vocabulary.offTopicWords).toContain('insurance');
    const dir = brokenCopy('matching.json', (j) => (j.offTopicWords[0] = 'Blue Cross'));
    expect(errorOf(() => loadKnowledge(dir)).message).toContain('offTopicWords[0]: must be one lower-case word without punctuation');
  });

  it('loads the synonyms, and every synonym points at words the FAQ entries use', () => {
    expect(k.vocabulary.synonyms['operation']).toBe('surgery');
    expect(Object.keys(k.vocabulary.synonyms).length).toBeGreaterThan(20);
  });

  it.each([
    ['a synonym pointing at a word no entry uses', (j: any) => (j.synonyms['op'] = 'scalpel'), 'synonyms["op"]: no FAQ entry uses "scalpel"'],
    ['a synonym of filler words only', (j: any) => (j.synonyms['op'] = 'it is the'), 'synonyms["op"]: "it is the" has only filler words'],
    ['a key not written as the matcher reads it', (j: any) => (j.synonyms['Day-Case'] = 'outpatient'), 'synonyms["Day-Case"]: must be written as the matcher reads it ("day case")'],
    ['a synonym pointing at another synonym', (j: any) => (j.synonyms['op'] = 'operation'), 'synonyms["op"]: "operation" is itself rewritten (synonyms["operation"])'],
    ['an empty synonym', (j: any) => (j.synonyms['op'] = ''), 'synonyms.op: must not be empty'],
  ])('names the file and the key of %s', (_what, edit, message) => {
    const dir = brokenCopy('synonyms.json', edit);
    const err = errorOf(() => loadKnowledge(dir));
    expect(err.message).toContain(path.join(dir, 'synonyms.json'));
    expect(err.message).toContain(message);
  });

  it('names an unknown field, so typos in field names are caught', () => {
    const dir = brokenCopy('faq.json', (j) => (j.entries[2].answr = 'x'));
    expect(errorOf(() => loadKnowledge(dir)).message).toContain('entries[2] (id "conditions-treated")');
  });
});
