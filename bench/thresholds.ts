import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FAQ_MATCHER_OPTIONS, FaqMatcher, type FaqMatcherOptions } from '../src/domain/faqMatcher.js';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { evaluateFaq, evaluateOutOfScope, fromFaqMatch, type LabeledItem, loadLabeledSet, pct } from './evaluate.js';
import { markdownTable } from './stats.js';

/**
 * `npm run thresholds`: chooses the matcher's answer / "Did you mean" / fallback thresholds
 * on the tuning sets only (labeled.json's tune split, the dev sets and blind-tune.json; never
 * a held-out set). Objective: FAQ top-1 accuracy plus out-of-scope honesty, with each wrong
 * confident answer (to an FAQ or an out-of-scope question) counting double against.
 */
const root = process.cwd();
const knowledge = loadKnowledge(path.join(root, 'knowledge'));
const faq: LabeledItem[] = [];
const oos: LabeledItem[] = [];
for (const file of ['labeled.json', 'dev.json', 'dev2.json', 'dev4.json', 'blind-tune.json']) {
  const set = loadLabeledSet(path.join(root, 'tests/eval', file));
  const keep = (i: LabeledItem) => i.split !== 'heldout';
  faq.push(...set.faq.filter(keep));
  oos.push(...set.outOfScope.filter(keep));
}

const grid: Array<Partial<FaqMatcherOptions>> = [];
for (const answerThreshold of [0.3, 0.35, 0.4, 0.45])
  for (const clarifyThreshold of [0.1, 0.15, 0.2])
    for (const ambiguityRatio of [0.7, 0.75, 0.8, 0.85])
      for (const similarityWeight of [0.15, 0.25, 0.35, 0.45])
        grid.push({ answerThreshold, clarifyThreshold, ambiguityRatio, similarityWeight });

const rows = grid.map((options) => {
  const matcher = new FaqMatcher(knowledge.faq, options, knowledge.vocabulary);
  const answer = (text: string) => fromFaqMatch(matcher.match(text));
  const f = evaluateFaq(faq, answer);
  const o = evaluateOutOfScope(oos, answer);
  const wrong = f.confusions.filter((c) => c.got !== 'none' && !c.got.startsWith('clarify(')).length + o.wrong.length;
  const objective = f.correct / f.total + o.honest / o.total - (2 * wrong) / (f.total + o.total);
  return { options, f, o, wrong, objective };
});
rows.sort((a, b) => b.objective - a.objective);
const current = rows.find((r) =>
  (Object.keys(r.options) as Array<keyof FaqMatcherOptions>).every(
    (k) => r.options[k] === DEFAULT_FAQ_MATCHER_OPTIONS[k],
  ),
);
const out: string[] = [];
const emit = (line: string) => {
  out.push(line);
  console.log(line);
};
emit('# Matcher thresholds, chosen on the tuning sets (`npm run thresholds`)\n');
emit(`Tuning sets: ${faq.length} FAQ questions, ${oos.length} out-of-scope questions.\n`);
emit(
  markdownTable(
    [
      'answer',
      'clarify',
      'ambiguity',
      'similarity',
      'top-1',
      'answered or offered',
      'honesty',
      'wrong answers',
      'objective',
    ],
    [...rows.slice(0, 10), ...(current ? [current] : [])].map((r) => [
      String(r.options.answerThreshold),
      String(r.options.clarifyThreshold),
      String(r.options.ambiguityRatio),
      String(r.options.similarityWeight),
      pct(r.f.correct, r.f.total),
      pct(r.f.correct + r.f.clarifiedRight, r.f.total),
      pct(r.o.honest, r.o.total),
      String(r.wrong),
      r.objective.toFixed(4),
    ]),
  ),
);
emit('\nBest ten, then (last row) the defaults in src/domain/faqMatcher.ts.');
writeFileSync(path.join(root, 'bench/results/thresholds.md'), `${out.join('\n')}\n`);
