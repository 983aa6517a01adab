import type { IntentName, Intents } from './knowledge.js';
import { PhraseMatcher } from './phraseMatcher.js';

type Matcher = Pick<PhraseMatcher, 'find'>;

/**
 * The sentences and clauses of a message of several ("…directamente. cancela", "never mind, cancel", "sabes qué,
 * cancel, ya me llamaron"); none for one.
 */
function clauses(text: string): string[] {
  const parts = text.split(/[.!?;,]+\s+/u).filter((s) => s.trim() !== '');
  return parts.length > 1 ? parts : [];
}

/** Small-talk and control intents ("hi", "thanks", "cancel", "call me"), from `knowledge/intents.json`. */
export class IntentMatcher {
  private readonly matchers: ReadonlyArray<readonly [IntentName, readonly Matcher[]]>;
  private readonly takenBack: ReadonlyMap<IntentName, Matcher>;

  /** `realWord`: common words, never read as a typo of another ("calm me down" is no "call me"). */
  constructor(intents: Intents, realWord?: (word: string) => boolean) {
    this.matchers = (Object.keys(intents) as IntentName[]).map((name) => {
      const { match, phrases, alone, aloneAtEnd } = intents[name];
      const matchers: Matcher[] = [
        new PhraseMatcher(phrases, { mode: match, maxGap: 1, ...(realWord && { realWord }) }),
      ];
      if (alone) {
        const whole = new PhraseMatcher(alone, { mode: 'only', ...(realWord && { realWord }) });
        matchers.push(whole);
        // A clause that is the command alone, wherever it is: form review 33's "sabes qué, cancel, ya me llamaron".
        if (aloneAtEnd)
          matchers.push({
            find: (text) =>
              clauses(text)
                .map((c) => whole.find(c))
                .find((m) => m !== undefined),
          });
      }
      return [name, matchers] as const;
    });
    this.takenBack = new Map(
      (Object.keys(intents) as IntentName[]).flatMap((name) => {
        const phrases = intents[name].takenBackBy;
        if (phrases === undefined) return [];
        return [[name, new PhraseMatcher(phrases, { mode: 'contains', maxGap: 1, ...(realWord && { realWord }) })]];
      }),
    );
  }

  /** True when `text` expresses `intent`. */
  is(intent: IntentName, text: string): boolean {
    const matchers = this.matchers.find(([name]) => name === intent)?.[1] ?? [];
    const says = (part: string): boolean => matchers.some((m) => m.find(part) !== undefined);
    if (!says(text)) return false;
    // "cancel... no wait, I still want the call": the last clause that says either is the one meant.
    const back = this.takenBack.get(intent);
    if (back === undefined) return true;
    const parts = clauses(text);
    const from = (i: number, j: number): string => parts.slice(i, j).join(', ');
    return !parts.some(
      (part, j) => back.find(part) !== undefined && says(from(0, j)) && !says(from(j + 1, parts.length)),
    );
  }
}
