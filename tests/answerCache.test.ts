import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Memo } from '../src/domain/memo.js';
import { Responder } from '../src/domain/responder.js';
import { shippedKnowledge } from './helpers/knowledgeCopy.js';

/** A Memo whose computations are counted per text; `turn` asks twice, as a turn does, and keeps the text if told. */
function counted(size: number) {
  const memo = new Memo(size);
  const runs = new Map<string, number>();
  const ask = (text: string) =>
    memo.get('kind', text, () => {
      runs.set(text, (runs.get(text) ?? 0) + 1);
      return text.length;
    });
  const turn = (text: string, keep = true) => {
    ask(text);
    ask(text);
    if (keep) memo.keep(text);
  };
  return { turn, runs };
}

describe('answer cache: what is kept in memory', () => {
  it('a repeated question or button text is worked out once', () => {
    const { turn, runs } = counted(10);
    for (const text of ['what is vertebroplasty', 'Talk to someone', 'what is vertebroplasty', 'Talk to someone'])
      turn(text);
    expect(Object.fromEntries(runs)).toEqual({ 'what is vertebroplasty': 1, 'Talk to someone': 1 });
  });

  it('a message with a phone number, an email or a date is kept for its own turn only', () => {
    const { turn, runs } = counted(10);
    const details = ['call me at 713-555-0123', 'ana@example.com', 'born 3/4/1950'];
    for (const text of [...details, 'hello', ...details]) turn(text);
    for (const text of details) expect(runs.get(text)).toBe(2);
  });

  it('a message its caller does not keep (a form answer, such as a name) is worked out again next time', () => {
    const { turn, runs } = counted(10);
    for (const text of ['Maria Lopez', 'hello', 'Maria Lopez']) turn(text, text === 'hello');
    expect(Object.fromEntries(runs)).toEqual({ 'Maria Lopez': 2, hello: 1 });
  });

  it('keeps at most its size, the least recently used going first', () => {
    const { turn, runs } = counted(2);
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) turn(text);
    expect(Object.fromEntries(runs)).toEqual({ a: 1, b: 2, c: 1 });
  });

  it('size 1 keeps only the message of the turn', () => {
    const { turn, runs } = counted(1);
    for (const text of ['a', 'a', 'b', 'a']) turn(text);
    expect(Object.fromEntries(runs)).toEqual({ a: 2, b: 1 });
  });

  it('refuses a size that is not a whole number from 1, naming itself', () => {
    for (const size of [0, -1, 1.5]) expect(() => new Memo(size)).toThrow(/^Memo: size/);
  });
});

describe('answer cache: the same replies as without it', () => {
  const knowledge = shippedKnowledge;
  const read = (file: string) => JSON.parse(readFileSync(path.join('tests/eval', file), 'utf8')) as unknown;
  const labeled = read('labeled.json') as Record<string, Array<{ text: string }>>;
  const triage = read('triage-dev.json') as { items: Array<{ text: string }> };
  const intents = Object.values(knowledge.intents).flatMap((i) => i.phrases);
  // Every third message keeps the test quick; each third holds every kind (FAQ, small talk, emergency, look-alike).
  const texts = [
    ...new Set([...Object.values(labeled).flat(), ...triage.items].map((i) => i.text).concat(intents)),
  ].filter((_, i) => i % 3 === 0);
  const asks: ReadonlyArray<(r: Responder, text: string) => unknown> = [
    (r, text) => r.assess(text),
    (r, text) => r.assess(text, { inForm: true, nameAsked: true }),
    (r, text) => r.spokenLanguage(text),
    (r, text) => r.decide(text, 'en'),
    (r, text) => r.decide(text, 'es'),
  ];

  it('triage, language and decision match an uncached responder for every message, asked in any order', () => {
    // The reference asks one kind of question of every text in turn, so nothing it keeps is ever reused.
    const reference = new Responder(knowledge);
    const expected = asks.map((ask) => texts.map((text) => JSON.stringify(ask(reference, text))));
    // The cached responder asks all five of each text together, twice (the second pass in reverse).
    const cached = new Responder(knowledge, { cacheSize: 10_000 });
    for (const text of texts) {
      for (const ask of asks) ask(cached, text);
      cached.remember(text);
    }
    const mismatched = texts
      .map((text, i) => ({ text, i }))
      .reverse()
      .filter(({ text, i }) => asks.some((ask, k) => JSON.stringify(ask(cached, text)) !== expected[k]![i]));
    expect(mismatched.map((m) => m.text)).toEqual([]);
  });
});
