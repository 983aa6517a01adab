import path from 'node:path';
import { EmergencyDetector } from '../src/domain/emergency.js';
import { FaqMatcher } from '../src/domain/faqMatcher.js';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { evaluateEmergency, evaluateFaq, evaluateOutOfScope, fromFaqMatch, loadLabeledSet, pct, type LabeledItem } from './evaluate.js';

/**
 * `npm run eval`: accuracy of the FAQ matcher and the emergency detector over the
 * labeled set, reported separately for the tuning split and the held-out split
 * (which tuning never looks at). `--split tune` limits the run to the tuning split.
 */
const root = process.cwd();
const knowledge = loadKnowledge(path.join(root, 'knowledge'));
const matcher = new FaqMatcher(knowledge.faq);
const detector = new EmergencyDetector(knowledge.emergencyPhrases);
const set = loadLabeledSet(path.join(root, 'tests/eval/labeled.json'));
const only = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : undefined;
const verbose = process.argv.includes('--verbose');
const answer = (text: string) => fromFaqMatch(matcher.match(text));

for (const split of ['tune', 'heldout'] as const) {
  if (only && only !== split) continue;
  const pick = (items: readonly LabeledItem[]) => items.filter((i) => i.split === split);
  const faq = evaluateFaq(pick(set.faq), answer);
  const oos = evaluateOutOfScope(pick(set.outOfScope), answer);
  const em = evaluateEmergency(pick(set.emergency), pick(set.benign), detector);
  const benignAnswered = evaluateOutOfScope(pick(set.benign), answer);
  console.log(`\n## Split: ${split}\n`);
  console.log('| measure | value |\n| --- | --- |');
  console.log(`| FAQ top-1 accuracy | ${pct(faq.correct, faq.total)} (${faq.correct}/${faq.total}) |`);
  console.log(`| FAQ right entry among "Did you mean" | ${faq.clarifiedRight} |`);
  console.log(`| Out-of-scope honesty (no confident answer) | ${pct(oos.honest, oos.total)} (${oos.honest}/${oos.total}) |`);
  console.log(`| Emergency recall | ${pct(em.caught, em.total)} (${em.caught}/${em.total}) |`);
  console.log(`| False alarms on benign look-alikes | ${pct(em.falseAlarms.length, em.benignTotal)} (${em.falseAlarms.length}/${em.benignTotal}) |`);
  console.log(`| Benign look-alikes answered from the FAQ | ${benignAnswered.wrong.length}/${benignAnswered.total} |`);
  console.log('\n| entry | accuracy |\n| --- | --- |');
  for (const [id, row] of [...faq.perEntry].sort()) console.log(`| ${id} | ${pct(row.correct, row.total)} (${row.correct}/${row.total}) |`);
  if (verbose) {
    console.log('\nConfusions:');
    for (const c of faq.confusions) console.log(`  ${c.expected.padEnd(24)} got ${c.got.padEnd(30)} "${c.text}"`);
    console.log('Out of scope answered:', oos.wrong);
    console.log('Emergencies missed:', em.missed);
    console.log('False alarms:', em.falseAlarms);
  }
}
