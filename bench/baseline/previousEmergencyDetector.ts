import { normalizeText } from '../../src/domain/normalize.js';
import { PhraseMatcher } from '../../src/domain/phraseMatcher.js';

/**
 * Recognizes messages that describe an emergency. Recall comes first: a missed
 * emergency is worse than an extra 911 reminder. The phrases are data
 * (`knowledge/emergency.json`) so clinicians can review and extend them.
 */

/** Whose legs, bowels or face it is does not change the emergency: these words are skipped. */
const IGNORED = ['my', 'his', 'her', 'their', 'your', 'our', 'the', 'a', 'an'];

/**
 * A collapsed vertebra is what the procedure treats, not a person collapsing: "my mom has
 * a collapsed vertebra" must not read as "mom … collapsed". Such mentions are set aside.
 */
const BONE = '(?:vertebra|vertebrae|vertebras|disc|discs|disk|disks|bone|bones|spine)';
const COLLAPSE = '(?:collapse|collapsed|collapsing|collapses)';
const BONE_COLLAPSE = new RegExp(
  `\\b${COLLAPSE} (?:(?:spinal|lumbar|thoracic|lower|upper|back|neck) )?${BONE}\\b|\\b${BONE} (?:\\w+ )?${COLLAPSE}\\b`,
  'g',
);

export class EmergencyDetector {
  private readonly matcher: PhraseMatcher;

  constructor(phrases: readonly string[]) {
    this.matcher = new PhraseMatcher(phrases, { mode: 'contains', maxGap: 2, ignore: IGNORED });
  }

  isEmergency(text: string): boolean {
    return this.matcher.find(normalizeText(text).replace(BONE_COLLAPSE, ' ')) !== undefined;
  }
}
