import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FAQ_MATCHER_OPTIONS, FaqMatcher, type FaqMatcherOptions } from '../src/domain/faqMatcher.js';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { evaluateFaq, evaluateOutOfScope, fromFaqMatch, type LabeledItem, loadLabeledSet, pct } from './evaluate.js';
import { markdownTable } from './stats.js';

/**
 * `npm run thresholds`: chooses how the matcher decides (answer / "Did you mean" / fallback
 * thresholds, and how far it trusts its model) on the tuning sets only (labeled.json's tune
 * split, the dev sets and every blind and out-of-scope tune set; never a held-out set). Objective:
 * FAQ top-1 accuracy plus out-of-scope honesty, minus wrong confident answers: twice for an FAQ
 * question, three times for a question the page does not answer.
 */
const root = process.cwd();
const knowledge = loadKnowledge(path.join(root, 'knowledge'));
const faq: LabeledItem[] = [];
const oos: LabeledItem[] = [];
// Every tuning file, so each new blind set's tune half counts as soon as it is committed; held-out files never do.
const TUNING_FILE = /^(?:labeled|dev\d*|blind\d*-tune|oos-edge\d*-tune|w9-w11-tune)\.json$/u;
const files = readdirSync(path.join(root, 'tests/eval'))
  .filter((f) => TUNING_FILE.test(f))
  .sort();
for (const file of files) {
  const set = loadLabeledSet(path.join(root, 'tests/eval', file));
  const keep = (i: LabeledItem) => i.split !== 'heldout';
  faq.push(...set.faq.filter(keep));
  oos.push(...set.outOfScope.filter(keep));
}

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
  const matcher = new FaqMatcher(knowledge.faq, options, knowledge.vocabulary);
  const answer = (text: string) => fromFaqMatch(matcher.match(text));
  const f = evaluateFaq(faq, answer);
  const o = evaluateOutOfScope(oos, answer);
  const wrong = f.confusions.filter((c) => c.got !== 'none' && !c.got.startsWith('clarify(')).length;
  const objective = f.correct / f.total + o.honest / o.total - (2 * wrong + 3 * o.wrong.length) / (f.total + o.total);
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
emit(`Tuning sets: ${faq.length} FAQ questions, ${oos.length} out-of-scope questions.\n`);
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
      String(r.o.wrong.length),
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
