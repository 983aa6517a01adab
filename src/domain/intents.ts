import type { IntentName, Intents } from './knowledge.js';
import { PhraseMatcher } from './phraseMatcher.js';

/** Small-talk and control intents ("hi", "thanks", "cancel", "call me"), from `knowledge/intents.json`. */
export class IntentMatcher {
  private readonly matchers: ReadonlyArray<readonly [IntentName, readonly PhraseMatcher[]]>;

  /** `realWord`: common words, never read as a typo of another ("calm me down" is no "call me"). */
  constructor(intents: Intents, realWord?: (word: string) => boolean) {
    this.matchers = (Object.keys(intents) as IntentName[]).map((name) => {
      const { match, phrases, alone } = intents[name];
      const matchers = [new PhraseMatcher(phrases, { mode: match, maxGap: 1, ...(realWord && { realWord }) })];
      if (alone) matchers.push(new PhraseMatcher(alone, { mode: 'only', ...(realWord && { realWord }) }));
      return [name, matchers] as const;
    });
  }

  /** True when `text` expresses `intent`. */
  is(intent: IntentName, text: string): boolean {
    const matchers = this.matchers.find(([name]) => name === intent)?.[1] ?? [];
    return matchers.some((m) => m.find(text) !== undefined);
  }
}
