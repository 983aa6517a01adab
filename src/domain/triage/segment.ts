/** Runs of letters this long or longer, read as no word, may be words typed without spaces. */
const RUN_LENGTH = 15;
/** The longest word a run is cut into. */
const LONGEST_WORD = 24;
const ONE_LETTER_WORDS = new Set(['a', 'i', 'y', 'o', 'e']);

/**
 * Splits text typed without spaces ("mymomcantpeesinceyesterday", "NOPUEDORESPIRARMEDUELEELPECHO") into
 * words, so triage reads it as it reads the same words spaced. The cut is the most likely one under a
 * word-frequency model (Zipf: a word's cost is the log of its rank), over common English words in rank
 * order and then the words triage itself knows (its terms in both languages). A run that cannot be cut
 * wholly into known words is left as it is.
 */
export class Segmenter {
  private costs: Map<string, number> | undefined;

  /**
   * @param ranked words most frequent first (later duplicates keep the first rank), read at the first long run:
   * most messages have none, and a long list of words ("antidepressants", "cardiologist" are no runs) takes a
   * moment to load.
   */
  constructor(private readonly ranked: () => Iterable<string>) {}

  private get cost(): Map<string, number> {
    if (this.costs) return this.costs;
    // Spoken-English counts split "can't" into "can" and "t": a lone letter is a word only as "a", "i", "y", "o", "e".
    const words = [...new Set(this.ranked())].filter(
      (w) => /^\p{L}+$/u.test(w) && w.length <= LONGEST_WORD && (w.length > 1 || ONE_LETTER_WORDS.has(w)),
    );
    const scale = Math.log(Math.max(2, words.length));
    this.costs = new Map(words.map((w, rank) => [w, Math.log((rank + 1) * scale)]));
    return this.costs;
  }

  /** The words of `run` (letters, lower case), or undefined when it is a word or cannot be cut into known ones. */
  split(run: string): string[] | undefined {
    if (run.length < RUN_LENGTH) return undefined;
    const cost = this.cost;
    if (cost.has(run)) return undefined;
    // best[i]: the cheapest cut of the first i letters, and where its last word starts.
    const best = new Float64Array(run.length + 1).fill(Infinity);
    const from = new Int32Array(run.length + 1).fill(-1);
    best[0] = 0;
    for (let end = 1; end <= run.length; end++) {
      for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
        if (best[start] === Infinity) continue;
        const c = cost.get(run.slice(start, end));
        if (c !== undefined && best[start]! + c < best[end]!) {
          best[end] = best[start]! + c;
          from[end] = start;
        }
      }
    }
    if (best[run.length] === Infinity) return undefined;
    const words: string[] = [];
    for (let end = run.length; end > 0; end = from[end]!) words.unshift(run.slice(from[end]!, end));
    // A long word nobody listed ("hydroxychloroquine") cuts only into scraps ("hy", "roxy", "c", "lo"…): no words.
    const scraps = words.filter((w) => w.length <= 2).length;
    return words.length > 1 && scraps * 2 < words.length ? words : undefined;
  }
}
