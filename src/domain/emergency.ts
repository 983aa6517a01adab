import { PhraseMatcher } from './phraseMatcher.js';

/**
 * Recognizes messages that describe an emergency. Recall comes first: a missed
 * emergency is worse than an extra 911 reminder. The phrases are data
 * (`knowledge/emergency.json`) so clinicians can review and extend them.
 */
/** Whose legs, bowels or face it is does not change the emergency: these words are skipped. */
const IGNORED = ['my', 'his', 'her', 'their', 'your', 'our', 'the', 'a', 'an'];

export class EmergencyDetector {
  private readonly matcher: PhraseMatcher;

  constructor(phrases: readonly string[]) {
    this.matcher = new PhraseMatcher(phrases, { mode: 'contains', maxGap: 2, ignore: IGNORED });
  }

  isEmergency(text: string): boolean {
    return this.matcher.find(text) !== undefined;
  }
}
