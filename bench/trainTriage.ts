import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { MODEL_TIERS, modelFeatures, type ModelTier, type TriageModelData } from '../src/domain/triage/model.js';
import { emojiWords, ignoredWords, triageTokens } from '../src/domain/triage/tokens.js';
import { loadTriageItems } from './triageEval.js';

/**
 * `npm run train:triage`: fits triage's statistical second look (src/domain/triage/model.ts)
 * on the files listed in knowledge/triage-model.json's `trainedOn` and rewrites its
 * weights. Plain batch gradient descent from zero weights, so the same files give the
 * same weights on any machine. Sealed held-out files are refused.
 */
export interface TrainingItem {
  readonly text: string;
  /** 'none' for ordinary questions, which must never raise an alarm. */
  readonly tier: ModelTier | 'mention' | 'none';
}

/**
 * Items of one listed source. A triage file gives its labelled tiers; "file#tune" takes a
 * matcher file's questions (all but its held-out split) as messages that raise nothing,
 * and labeled.json's emergencies as emergencies; "file#even" every other item of a file of
 * ordinary statements (tests/eval/ordinary-statements.json), also as messages that raise nothing.
 */
export function loadTrainingSource(root: string, source: string): TrainingItem[] {
  const [file, only] = source.split('#');
  if (file === undefined || path.basename(file).includes('heldout'))
    throw new Error(`trainTriage: ${source} is a sealed held-out file`);
  if (only === undefined) return loadTriageItems(path.join(root, file));
  const data = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
  // Ordinary statements: every other one raises nothing; the rest measure false alarms.
  if (only === 'even')
    return ((data.items ?? []) as Array<{ text: string }>)
      .filter((_, i) => i % 2 === 0)
      .map((i) => ({ text: i.text, tier: 'none' as const }));
  const keep = (list: unknown): Array<{ text: string }> =>
    ((list ?? []) as Array<{ text: string; split?: string }>).filter((i) => i.split !== 'heldout');
  return [
    ...[...keep(data.faq), ...keep(data.outOfScope), ...keep(data.benign)].map((i) => ({
      text: i.text,
      tier: 'none' as const,
    })),
    ...keep(data.emergency).map((i) => ({ text: i.text, tier: 'emergency' as const })),
  ];
}

export function trainTriageModel(root: string, previous: TriageModelData): TriageModelData {
  const knowledge = loadKnowledge(path.join(root, 'knowledge'));
  const ignore = ignoredWords(knowledge.triage);
  const spellings = new Map(Object.entries(knowledge.triage.spellings));
  const items = previous.trainedOn.flatMap((s) => loadTrainingSource(root, s));
  const { minCount, epochs, rate, l2, prune } = previous.settings;
  // Read as triage reads a message: a laughing emoji is "lol" there too.
  const emoji = emojiWords(knowledge.triage);
  const featuresOf = items.map((i) => modelFeatures(triageTokens(i.text, ignore, spellings, { emoji })));
  const counts = new Map<string, number>();
  for (const fs of featuresOf) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  const column = new Map(vocabulary.map((f, j) => [f, j]));
  const rows = featuresOf.map((fs) => fs.flatMap((f) => (column.has(f) ? [column.get(f)!] : [])));
  const fit = (tier: ModelTier): TriageModelData['classes'][ModelTier] => {
    const w = new Float64Array(vocabulary.length);
    let bias = 0;
    for (let e = 0; e < epochs; e++) {
      const grad = new Float64Array(vocabulary.length);
      let gradBias = 0;
      rows.forEach((row, n) => {
        let z = bias;
        for (const j of row) z += w[j]!;
        const g = 1 / (1 + Math.exp(-z)) - (items[n]!.tier === tier ? 1 : 0);
        gradBias += g;
        for (const j of row) grad[j]! += g;
      });
      const step = (rate * 10) / rows.length;
      for (let j = 0; j < w.length; j++) w[j] = w[j]! - step * grad[j]! - rate * l2 * w[j]!;
      bias -= step * gradBias;
    }
    const weights: Record<string, number> = {};
    vocabulary.forEach((f, j) => {
      if (Math.abs(w[j]!) >= prune) weights[f] = Number(w[j]!.toFixed(4));
    });
    return { bias: Number(bias.toFixed(4)), weights };
  };
  const classes = Object.fromEntries(MODEL_TIERS.map((t) => [t, fit(t)])) as TriageModelData['classes'];
  return { ...previous, classes };
}

if (process.argv[1]?.endsWith('trainTriage.js')) {
  const root = process.cwd();
  const file = path.join(root, 'knowledge/triage-model.json');
  const previous = JSON.parse(readFileSync(file, 'utf8')) as TriageModelData;
  const model = trainTriageModel(root, previous);
  writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
  const sizes = MODEL_TIERS.map((t) => `${t} ${Object.keys(model.classes[t].weights).length}`).join(', ');
  console.log(`Wrote ${path.relative(root, file)} (weights: ${sizes})`);
}
