import type { IntentName, Intents } from './knowledge.js';
import { PhraseMatcher } from './phraseMatcher.js';

/** Small-talk and control intents ("hi", "thanks", "cancel", "call me"), from `knowledge/intents.json`. */
export class IntentMatcher {
  private readonly matchers: ReadonlyArray<readonly [IntentName, PhraseMatcher]>;

  constructor(intents: Intents) {
    this.matchers = (Object.keys(intents) as IntentName[]).map(
      (name) => [name, new PhraseMatcher(intents[name].phrases, { mode: intents[name].match, maxGap: 1 })] as const,
    );
  }

  /** True when `text` expresses `intent`. */
  is(intent: IntentName, text: string): boolean {
    const matcher = this.matchers.find(([name]) => name === intent)?.[1];
    return matcher?.find(text) !== undefined;
  }
}
