import type { IntentName, Intents } from './knowledge.js';
import { PhraseMatcher } from './phraseMatcher.js';

/** Small-talk and control intents ("hi", "thanks", "cancel", "call me"), from `knowledge/intents.json`. */
export class IntentMatcher {
  private readonly matchers: ReadonlyArray<readonly [IntentName, readonly PhraseMatcher[]]>;

  constructor(intents: Intents) {
    this.matchers = (Object.keys(intents) as IntentName[]).map((name) => {
      const { match, phrases, alone } = intents[name];
      const matchers = [new PhraseMatcher(phrases, { mode: match, maxGap: 1 })];
      if (alone) matchers.push(new PhraseMatcher(alone, { mode: 'only' }));
      return [name, matchers] as const;
    });
  }

  /** True when `text` expresses `intent`. */
  is(intent: IntentName, text: string): boolean {
    const matchers = this.matchers.find(([name]) => name === intent)?.[1] ?? [];
    return matchers.some((m) => m.find(text) !== undefined);
  }
}
