import path from 'node:path';
import { EmergencyDetector } from '../src/domain/emergency.js';
import { FaqMatcher } from '../src/domain/faqMatcher.js';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { evaluateEmergency, evaluateFaq, evaluateOutOfScope, fromFaqMatch, loadLabeledSet, pct, type LabeledItem } from './evaluate.js';

/**
 * `npm run eval`: accuracy of the FAQ matcher and the emergency detector over the
 * labeled set, reported separately for each split: tuning, held-out (which tuning never
 * looks at) and any other split a file uses. `--split tune` limits the run to one split;
 * `--file tests/eval/dev.json` evaluates another labeled file (default
 * tests/eval/labeled.json); `--verbose` lists every miss.
 */
const root = process.cwd();
const knowledge = loadKnowledge(path.join(root, 'knowledge'));
const matcher = new FaqMatcher(knowledge.faq, undefined, knowledge.synonyms);
const detector = new EmergencyDetector(knowledge.emergencyPhrases);
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  if (i === -1) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
};
const file = path.resolve(root, flag('--file') ?? 'tests/eval/labeled.json');
const set = loadLabeledSet(file);
const only = flag('--split');
const verbose = process.argv.includes('--verbose');
const answer = (text: string) => fromFaqMatch(matcher.match(text));

const sections = [set.faq, set.outOfScope, set.emergency, set.benign];
const splits = [...new Set(sections.flatMap((items) => items.map((i) => i.split)))];
if (only && !splits.includes(only)) throw new Error(`${file} has no split "${only}" (it has: ${splits.join(', ')})`);
for (const split of splits) {
  if (only && only !== split) continue;
  const pick = (items: readonly LabeledItem[]) => items.filter((i) => i.split === split);
  const faq = evaluateFaq(pick(set.faq), answer);
  const oos = evaluateOutOfScope(pick(set.outOfScope), answer);
  const em = evaluateEmergency(pick(set.emergency), pick(set.benign), detector);
  const benignAnswered = evaluateOutOfScope(pick(set.benign), answer);
  console.log(`\n## ${path.relative(root, file)}, split: ${split}\n`);
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
