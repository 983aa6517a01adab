import { z } from 'zod';

/**
 * The matcher's learned half: naive Bayes over a question's words and word pairs (as the matcher
 * reads them: synonyms applied, plurals folded, filler kept as `_word` since "how long" and
 * "when" tell topics apart), one class per FAQ entry and per out-of-scope topic. It learns from
 * their titles and examples and from the blind-written phrasings in
 * `knowledge/faq-phrasings.json`, so it knows that "glue" asks about the cement although no entry
 * says "glue". Counting is cheap enough to do at load, so there are no weights to keep in step:
 * an entry added to faq.json is learned from its examples at the next start.
 */
export const faqPhrasingsSchema = z.strictObject({
  about: z.string(),
  phrasings: z.array(z.strictObject({ text: z.string().trim().min(1, 'must not be empty'), id: z.string() })),
});
export type FaqPhrasing = z.infer<typeof faqPhrasingsSchema>['phrasings'][number];

export interface TrainingItem {
  /** The text's words, as the matcher reads them (filler as `_word`, see isFiller). */
  readonly words: readonly string[];
  /** An FAQ entry or out-of-scope topic id. */
  readonly label: string;
  /** How many times it counts. */
  readonly weight: number;
}

/** Filler words ("how", "when") reach the model as `_word`: they tell topics apart but name none. */
export function isFiller(word: string): boolean {
  return word.startsWith('_');
}

/**
 * Visits each distinct feature once: every word, then its pair with the next word; `first`
 * and `last` are the positions of the words it is made of (equal for a word).
 */
function eachFeature(words: readonly string[], visit: (feature: string, first: number, last: number) => void): void {
  const done = new Set<string>();
  const once = (feature: string, first: number, last: number) => {
    if (done.has(feature)) return;
    done.add(feature);
    visit(feature, first, last);
  };
  for (let i = 0; i < words.length; i++) {
    once(words[i]!, i, i);
    if (i + 1 < words.length) once(`${words[i]!} ${words[i + 1]!}`, i, i + 1);
  }
}

/** A feature while learning: the few classes that saw it, and how much (by weight); lists are quicker than a map each. */
interface Tally {
  readonly classes: number[];
  readonly counts: number[];
}

export class FaqModel {
  readonly classes: readonly string[];
  /**
   * Per feature, the classes that saw it and log((count + α) / α): most classes never saw most features. Plain arrays:
   * two typed arrays for each of tens of thousands of features made learning at load much slower.
   */
  private readonly rows = new Map<
    string,
    { readonly classes: readonly number[]; readonly weights: readonly number[] }
  >();
  private readonly logPrior: Float64Array;
  /** log(α / (features seen in the class + α × vocabulary)): what an unseen feature adds. */
  private readonly logUnseen: Float64Array;

  /**
   * @param smoothing naive Bayes' α: lower trusts rare words more (more entries found, more
   *   out-of-scope questions taken for entries).
   */
  constructor(items: readonly TrainingItem[], classes: readonly string[], smoothing: number) {
    this.classes = classes;
    const index = new Map(classes.map((c, k) => [c, k]));
    const tallies = new Map<string, Tally>();
    const perClass = new Float64Array(classes.length);
    const itemsPerClass = new Float64Array(classes.length);
    for (const item of items) {
      const k = index.get(item.label);
      if (k === undefined) throw new Error(`FaqModel: "${item.label}" is not one of the classes`);
      itemsPerClass[k]! += item.weight;
      eachFeature(item.words, (f) => {
        let tally = tallies.get(f);
        if (tally === undefined) tallies.set(f, (tally = { classes: [], counts: [] }));
        const at = tally.classes.lastIndexOf(k);
        if (at < 0) {
          tally.classes.push(k);
          tally.counts.push(item.weight);
        } else tally.counts[at]! += item.weight;
        perClass[k]! += item.weight;
      });
    }
    for (const [f, { classes, counts }] of tallies)
      this.rows.set(f, { classes, weights: counts.map((c) => Math.log((c + smoothing) / smoothing)) });
    const total = Math.max(
      1,
      items.reduce((n, i) => n + i.weight, 0),
    );
    // A class with no items (an entry with no examples cannot exist; kept safe anyway) gets a tiny prior.
    this.logPrior = Float64Array.from(itemsPerClass, (n) => Math.log(Math.max(n, 0.01) / total));
    this.logUnseen = Float64Array.from(perClass, (n) => Math.log(smoothing / (n + smoothing * tallies.size)));
  }

  /** Whether any training text used this word (else the matcher may read it as a typo of one). */
  knows(word: string): boolean {
    return this.rows.has(word);
  }

  /**
   * Each class's probability for a question's words, in the order of `classes`. Naive Bayes
   * counts every word as independent evidence, so its raw probabilities are near 0 or 1;
   * dividing the log-odds by `temperature` makes them usable as a confidence beside the word score.
   */
  probabilities(words: readonly string[], temperature = 1): Float64Array {
    const z = Float64Array.from(this.logPrior);
    // A word no training text used ("cataract") counts against every class, with its pairs, as naive
    // Bayes' smoothing says: most against the classes with the most words, so a question the
    // model cannot vouch for leans towards the smaller out-of-scope topics. Filler and pairs
    // of known words never seen together say nothing and are left out.
    const novel = words.map((w) => !isFiller(w) && !this.rows.has(w));
    let counted = 0;
    eachFeature(words, (feature, first, last) => {
      const row = this.rows.get(feature);
      if (row !== undefined) {
        counted++;
        for (let i = 0; i < row.classes.length; i++) z[row.classes[i]!]! += row.weights[i]!;
      } else if (novel[first]! || novel[last]!) counted++;
    });
    for (let k = 0; k < z.length; k++) z[k]! += counted * this.logUnseen[k]!;
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp((z[k]! - max) / temperature);
    for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
    return z;
  }
}
