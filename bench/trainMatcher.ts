import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { Responder } from '../src/domain/responder.js';
import { evaluateFaq, evaluateOutOfScope, fromFaqMatch, loadLabeledSet, pct } from './evaluate.js';
import { markdownTable } from './stats.js';
import { EVAL_DIR, tuneFiles, tuneFolds, tunePhrasings, writeTunePhrasings } from './tuneFolds.js';

/**
 * `npm run train:matcher`: writes the tune question sets as training for the matcher's model (bench/tuneFolds.ts says
 * which questions and where). `-- --cv` prints the 5-fold figures over the tune files (each fold scored by a model
 * that learnt from the other four, beside one that learnt none), which are the honest tune figures once the tune
 * files are training data; `-- --cv --misses` also lists those folds' misses.
 */
/** 5-fold cross-validation over the tune files: each fold scored without and with the other folds' phrasings. */
function crossValidate(root: string): void {
  const K = 5;
  const total = { without: [0, 0, 0, 0, 0, 0], with: [0, 0, 0, 0, 0, 0] };
  const runs = (['without', 'with'] as const).map((variant) => ({ variant, ...tuneFolds(root, K, variant) }));
  try {
    const rows = runs[0]!.folds.map((fold, k) => {
      const scores = runs.map(({ variant, folds }) => {
        const responder = new Responder(loadKnowledge(folds[k]!.dir));
        const answer = (text: string) => fromFaqMatch(responder.questionMatch(text).match);
        const sets = fold.files.map((f) => loadLabeledSet(path.join(root, EVAL_DIR, f)));
        const keep = <T extends { split: string }>(items: readonly T[]) => items.filter((i) => i.split !== 'heldout');
        const faq = evaluateFaq(
          sets.flatMap((s) => keep(s.faq)),
          answer,
        );
        const oos = evaluateOutOfScope(
          sets.flatMap((s) => keep(s.outOfScope)),
          answer,
        );
        const wrong = faq.confusions.filter((c) => c.got !== 'none' && !c.got.startsWith('clarify(')).length;
        // Tune texts only: the misses a model that never saw them makes, for whoever tunes.
        if (variant === 'with' && process.argv.includes('--misses')) {
          for (const c of faq.confusions) console.log(`miss\t${c.expected}\t${c.got}\t${c.text}`);
          for (const w of oos.wrong) console.log(`oos\t${w}`);
        }
        const figures = [faq.correct, faq.correct + faq.clarifiedRight, faq.total, oos.honest, oos.total, wrong];
        total[variant] = total[variant].map((n, i) => n + (figures[i] ?? 0));
        return figures;
      });
      return [String(k + 1), String(fold.files.length), ...scores.map(describe)];
    });
    rows.push(['all', String(tuneFiles(root).length), describe(total.without), describe(total.with)]);
    console.log(
      markdownTable(
        [
          'fold',
          'files',
          'without the tune phrasings: top-1 / offered / OOS honest / wrong answers (FAQ + OOS)',
          'with the other folds’ phrasings',
        ],
        rows,
      ),
    );
  } finally {
    runs.forEach((r) => r.done());
  }
}

function describe([top1 = 0, offered = 0, faq = 0, honest = 0, oos = 0, wrong = 0]: readonly number[]): string {
  return `${pct(top1, faq)} / ${pct(offered, faq)} / ${pct(honest, oos)} / ${wrong} + ${oos - honest} (${faq} + ${oos})`;
}

const root = process.cwd();
if (process.argv.includes('--cv')) crossValidate(root);
else {
  const files = tuneFiles(root);
  const phrasings = tunePhrasings(root, files);
  writeTunePhrasings(path.join(root, 'knowledge'), phrasings, files);
  // Written as the project's formatter writes it, so `npm test`'s format check passes on the generated files.
  for (const file of ['knowledge/faq-phrasings-tune.json', 'knowledge/es/faq-phrasings-tune.json']) {
    const at = path.join(root, file);
    const options = await prettier.resolveConfig(at);
    writeFileSync(at, await prettier.format(readFileSync(at, 'utf8'), { ...options, filepath: at }));
  }
  console.log(
    `${phrasings.en.length} English and ${phrasings.es.length} Spanish phrasings from ${files.length} tune files`,
  );
}
