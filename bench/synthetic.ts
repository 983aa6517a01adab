import type { FaqEntry } from '../src/domain/knowledge.js';
import { seededRandom } from './stats.js';

/**
 * Grows a knowledge base to `factor` times its size for the matcher benchmark. The real
 * entries come first, unchanged; each extra copy of an entry gets a new id and title, and
 * about half of its longer words are renamed to invented words. Renaming is consistent
 * within a copy (the copy has its own coherent vocabulary) and differs between copies, so
 * the vocabulary, the speller's word list and the index all grow with the factor, as they
 * would with real new topics. Same entries, factor and seed: same output.
 */
export function scaleKnowledge(entries: readonly FaqEntry[], factor: number, seed = 1): FaqEntry[] {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`factor must be a positive integer, got ${factor}`);
  const random = seededRandom(seed);
  const out: FaqEntry[] = [...entries];
  for (let copy = 1; copy < factor; copy++) {
    const renames = new Map<string, string>();
    const rename = (text: string): string =>
      text.replace(/[A-Za-z]{4,}/g, (word) => {
        const key = word.toLowerCase();
        let replacement = renames.get(key);
        if (replacement === undefined) {
          replacement = random() < 0.5 ? key : inventWord(random);
          renames.set(key, replacement);
        }
        return replacement;
      });
    for (const entry of entries) {
      out.push({
        ...entry,
        id: `${entry.id}-syn${copy}`,
        title: `${rename(entry.title)} (${copy})`,
        keywords: entry.keywords.map(rename),
        examples: entry.examples.map(rename),
        related: [],
      });
    }
  }
  return out;
}

const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';

/** A pronounceable made-up word of 3 or 4 syllables, e.g. "tokavemi". */
function inventWord(random: () => number): string {
  const syllables = 3 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += CONSONANTS[Math.floor(random() * CONSONANTS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]!;
  }
  return word;
}
