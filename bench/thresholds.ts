import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FAQ_MATCHER_OPTIONS, FaqMatcher, type FaqMatcherOptions } from '../src/domain/faqMatcher.js';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { evaluateFaq, evaluateOutOfScope, fromFaqMatch, type LabeledItem, loadLabeledSet, pct } from './evaluate.js';
import { markdownTable } from './stats.js';
import { EVAL_DIR, tuneFolds } from './tuneFolds.js';

/**
 * `npm run thresholds`: chooses how the matcher decides (answer / "Did you mean" / fallback
 * thresholds, and how far it trusts its model) on the tuning sets only (labeled.json's tune
 * split, the dev sets and every blind and out-of-scope tune set; never a held-out set), by 5-fold
 * cross-validation since those sets are also the model's training. Objective: FAQ top-1 accuracy plus
 * out-of-scope honesty, minus wrong confident answers: twice for an FAQ question, three times for a
 * question the page does not answer. Takes about 3 minutes.
 */
const root = process.cwd();
// Every tune file is also the model's training (knowledge/faq-phrasings-tune.json): each fold of files is scored by a
// model that learnt from the other folds only, so the choice is made on questions it never saw.
const K = 5;
const { folds, done } = tuneFolds(root, K);
const keep = (i: LabeledItem) => i.split !== 'heldout';
const perFold = folds.map((fold) => {
  const knowledge = loadKnowledge(fold.dir);
  const sets = fold.files.map((file) => loadLabeledSet(path.join(root, EVAL_DIR, file)));
  return {
    knowledge,
    faq: sets.flatMap((s) => s.faq.filter(keep)),
    oos: sets.flatMap((s) => s.outOfScope.filter(keep)),
  };
});
done();
const faqTotal = perFold.reduce((n, f) => n + f.faq.length, 0);
const oosTotal = perFold.reduce((n, f) => n + f.oos.length, 0);

type Choice = Pick<
  FaqMatcherOptions,
  'answerThreshold' | 'modelSmoothing' | 'modelTemperature' | 'modelWeight' | 'outOfScopeRatio'
>;
const grid: Choice[] = [];
for (const modelSmoothing of [0.05, 0.1])
  for (const modelTemperature of [1, 3, 5])
    for (const modelWeight of [0.4, 0.5])
      for (const answerThreshold of [0.3, 0.35, 0.4])
        for (const outOfScopeRatio of [0.5, 0.6])
          grid.push({ modelSmoothing, modelTemperature, modelWeight, answerThreshold, outOfScopeRatio });

const rows = grid.map((options) => {
  const f = { total: 0, correct: 0, clarifiedRight: 0 };
  const o = { total: 0, honest: 0, wrong: 0 };
  let wrong = 0;
  for (const fold of perFold) {
    const matcher = new FaqMatcher(fold.knowledge.faq, options, fold.knowledge.vocabulary);
    const answer = (text: string) => fromFaqMatch(matcher.match(text));
    const fr = evaluateFaq(fold.faq, answer);
    const or = evaluateOutOfScope(fold.oos, answer);
    f.total += fr.total;
    f.correct += fr.correct;
    f.clarifiedRight += fr.clarifiedRight;
    o.total += or.total;
    o.honest += or.honest;
    o.wrong += or.wrong.length;
    wrong += fr.confusions.filter((c) => c.got !== 'none' && !c.got.startsWith('clarify(')).length;
  }
  const objective = f.correct / f.total + o.honest / o.total - (2 * wrong + 3 * o.wrong) / (f.total + o.total);
  return { options, f, o, wrong, objective };
});
rows.sort((a, b) => b.objective - a.objective);
const current = rows.find((r) =>
  (Object.keys(r.options) as Array<keyof Choice>).every((k) => r.options[k] === DEFAULT_FAQ_MATCHER_OPTIONS[k]),
);
const out: string[] = [];
const emit = (line: string) => {
  out.push(line);
  console.log(line);
};
emit('# Matcher thresholds, chosen on the tuning sets (`npm run thresholds`)\n');
emit(
  `Tuning sets: ${faqTotal} FAQ questions, ${oosTotal} out-of-scope questions, in ${K} folds of files, each scored by ` +
    "the English matcher whose model learnt the other folds' questions only (bench/tuneFolds.ts).\n",
);
emit(
  markdownTable(
    [
      'smoothing',
      'temperature',
      'model share',
      'answer',
      'out-of-scope ratio',
      'top-1',
      'answered or offered',
      'honesty',
      'wrong FAQ answers',
      'out-of-scope answered',
      'objective',
    ],
    [...rows.slice(0, 10), ...(current ? [current] : [])].map((r) => [
      String(r.options.modelSmoothing),
      String(r.options.modelTemperature),
      String(r.options.modelWeight),
      String(r.options.answerThreshold),
      String(r.options.outOfScopeRatio),
      pct(r.f.correct, r.f.total),
      pct(r.f.correct + r.f.clarifiedRight, r.f.total),
      pct(r.o.honest, r.o.total),
      String(r.wrong),
      String(r.o.wrong),
      r.objective.toFixed(4),
    ]),
  ),
);
emit(
  `\nBest ten of ${rows.length}, then (last row) the defaults in src/domain/faqMatcher.ts. Fixed: clarify ` +
    `${DEFAULT_FAQ_MATCHER_OPTIONS.clarifyThreshold}, ambiguity ${DEFAULT_FAQ_MATCHER_OPTIONS.ambiguityRatio}, ` +
    `similarity ${DEFAULT_FAQ_MATCHER_OPTIONS.similarityWeight}, model strong ${DEFAULT_FAQ_MATCHER_OPTIONS.modelStrong}, ` +
    `example weight ${DEFAULT_FAQ_MATCHER_OPTIONS.exampleWeight} (an earlier, wider search left them there).`,
);
writeFileSync(path.join(root, 'bench/results/thresholds.md'), `${out.join('\n')}\n`);
