import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FaqMatch } from '../src/domain/faqMatcher.js';

/** One labeled item of `tests/eval/labeled.json` (or another file in its format, such as `dev.json`). */
export interface LabeledItem {
  readonly text: string;
  /** "tune", "heldout", or the name of another set such as "dev". */
  readonly split: string;
  readonly expected?: string;
}

export interface LabeledSet {
  readonly faq: readonly LabeledItem[];
  readonly emergency: readonly LabeledItem[];
  readonly benign: readonly LabeledItem[];
  readonly outOfScope: readonly LabeledItem[];
}

/**
 * Reads a labeled file. Sections a file lacks are empty, and items without a `split` belong
 * to one named after the file ("blind-tune" for blind-tune.json), so the blind sets, written
 * with only `text` and `expected`/`topic`, are scored like the others.
 */
export function loadLabeledSet(file: string): LabeledSet {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<keyof LabeledSet, Array<Partial<LabeledItem>>>>;
  const split = path.basename(file, '.json');
  const section = (items: Array<Partial<LabeledItem>> | undefined): LabeledItem[] =>
    (items ?? []).map((i) => ({ text: i.text ?? '', split: i.split ?? split, expected: i.expected }));
  return {
    faq: section(raw.faq),
    emergency: section(raw.emergency),
    benign: section(raw.benign),
    outOfScope: section(raw.outOfScope),
  };
}

/** What a matcher under evaluation returns: the entry it would answer with, or none. */
export type Answerer = (text: string) => {
  answered: string | undefined;
  clarified: readonly string[];
  /** Topics offered after "I don't know" (the bot's fallback); none for a matcher without that step. */
  related?: readonly string[];
};

export function fromFaqMatch(match: FaqMatch): ReturnType<Answerer> {
  if (match.kind === 'answer') return { answered: match.entry.id, clarified: [] };
  if (match.kind === 'clarify') return { answered: undefined, clarified: match.candidates.map((c) => c.id) };
  return { answered: undefined, clarified: [], related: match.related.map((e) => e.id) };
}

export interface FaqReport {
  readonly total: number;
  readonly correct: number;
  /** Right entry offered among "Did you mean" buttons: not an answer, but not lost. */
  readonly clarifiedRight: number;
  /** Right entry offered among the related topics after "I don't know": counted apart from "Did you mean". */
  readonly relatedRight: number;
  readonly perEntry: ReadonlyMap<string, { total: number; correct: number }>;
  readonly confusions: ReadonlyArray<{ text: string; expected: string; got: string }>;
}

export function evaluateFaq(items: readonly LabeledItem[], answer: Answerer): FaqReport {
  const perEntry = new Map<string, { total: number; correct: number }>();
  const confusions: Array<{ text: string; expected: string; got: string }> = [];
  let correct = 0;
  let clarifiedRight = 0;
  let relatedRight = 0;
  for (const item of items) {
    const expected = item.expected!;
    const row = perEntry.get(expected) ?? { total: 0, correct: 0 };
    perEntry.set(expected, row);
    row.total++;
    const r = answer(item.text);
    if (r.answered === expected) {
      correct++;
      row.correct++;
    } else {
      if (r.clarified.includes(expected)) clarifiedRight++;
      if (r.related?.includes(expected)) relatedRight++;
      confusions.push({
        text: item.text,
        expected,
        got: r.answered ?? (r.clarified.length ? `clarify(${r.clarified.join('|')})` : 'none'),
      });
    }
  }
  return { total: items.length, correct, clarifiedRight, relatedRight, perEntry, confusions };
}

/** Out-of-scope honesty: share of questions the page cannot answer that got no confident answer. */
export function evaluateOutOfScope(
  items: readonly LabeledItem[],
  answer: Answerer,
): { total: number; honest: number; wrong: string[] } {
  const wrong: string[] = [];
  for (const item of items) {
    const r = answer(item.text);
    if (r.answered !== undefined) wrong.push(`${item.text} -> ${r.answered}`);
  }
  return { total: items.length, honest: items.length - wrong.length, wrong };
}

export function evaluateEmergency(
  emergencies: readonly LabeledItem[],
  benign: readonly LabeledItem[],
  /** True when the message gets the 911 reply first. */
  isAlarm: (text: string) => boolean,
): { recall: number; caught: number; total: number; missed: string[]; falseAlarms: string[]; benignTotal: number } {
  const missed = emergencies.filter((e) => !isAlarm(e.text)).map((e) => e.text);
  const falseAlarms = benign.filter((b) => isAlarm(b.text)).map((b) => b.text);
  return {
    recall: (emergencies.length - missed.length) / Math.max(1, emergencies.length),
    caught: emergencies.length - missed.length,
    total: emergencies.length,
    missed,
    falseAlarms,
    benignTotal: benign.length,
  };
}

export const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
