import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Knowledge, loadKnowledge } from '../src/domain/knowledge.js';
import {
  DangerModel,
  dangerFeatures,
  dangerReading,
  type DangerModelData,
  MODEL_TIERS,
  modelFeatures,
  type ModelTier,
  type TriageModelData,
} from '../src/domain/triage/model.js';
import { emojiWords, ignoredWords, triageTokens } from '../src/domain/triage/tokens.js';
import { loadTriageItems } from './triageEval.js';

/**
 * `npm run train:triage`: fits triage's statistical second look (src/domain/triage/model.ts)
 * on the files listed in knowledge/triage-model.json's `trainedOn`, and the danger-now look
 * on those in knowledge/triage-danger-model.json's, and rewrites their weights. Plain batch
 * gradient descent from zero weights, so the same files give the same weights on any
 * machine. Sealed held-out files are refused. `-- --cv` prints the danger-now look's
 * leave-one-file-out figures, from which its threshold is chosen.
 */
export interface TrainingItem {
  readonly text: string;
  /** 'none' for ordinary questions, which must never raise an alarm. */
  readonly tier: ModelTier | 'mention' | 'none';
  /** Labelled "crisis, immediate danger": someone acting, or about to, right now. */
  readonly dangerNow?: boolean;
  /** The writer's category, where the file gives one. */
  readonly category?: string;
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
  if (only === undefined)
    return loadTriageItems(path.join(root, file)).map((i) => ({
      text: i.text,
      tier: i.tier,
      dangerNow: i.category.includes('immediate danger'),
      category: i.category,
    }));
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

type Settings = TriageModelData['settings'];
type Weights = TriageModelData['classes'][ModelTier];

/** Logistic regression by batch gradient descent from zero: rows of feature columns, 0/1 labels, weights per row. */
function fitLogistic(
  features: readonly (readonly string[])[],
  labels: readonly boolean[],
  settings: Settings,
  weightOf: (row: number) => number = () => 1,
): Weights {
  const { minCount, epochs, rate, l2, prune } = settings;
  const counts = new Map<string, number>();
  for (const fs of features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  const column = new Map(vocabulary.map((f, j) => [f, j]));
  const rows = features.map((fs) => fs.flatMap((f) => (column.has(f) ? [column.get(f)!] : [])));
  const rowWeights = rows.map((_, n) => weightOf(n));
  const total = rowWeights.reduce((a, b) => a + b, 0);
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let e = 0; e < epochs; e++) {
    const grad = new Float64Array(vocabulary.length);
    let gradBias = 0;
    rows.forEach((row, n) => {
      let z = bias;
      for (const j of row) z += w[j]!;
      const g = (1 / (1 + Math.exp(-z)) - (labels[n] ? 1 : 0)) * rowWeights[n]!;
      gradBias += g;
      for (const j of row) grad[j]! += g;
    });
    const step = (rate * 10) / total;
    for (let j = 0; j < w.length; j++) w[j] = w[j]! - step * grad[j]! - rate * l2 * w[j]!;
    bias -= step * gradBias;
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, j) => {
    if (Math.abs(w[j]!) >= prune) weights[f] = Number(w[j]!.toFixed(4));
  });
  return { bias: Number(bias.toFixed(4)), weights };
}

/** The triage data the models read messages with (its ignored words, spellings and emoji). */
type TriageData = Knowledge['triage'];

/** Tokens as triage reads a message: a laughing emoji is "lol" there too. */
function tokenizer(triage: TriageData): (text: string) => ReturnType<typeof triageTokens> {
  const ignore = ignoredWords(triage);
  const spellings = new Map(Object.entries(triage.spellings));
  const emoji = emojiWords(triage);
  return (text) => triageTokens(text, ignore, spellings, { emoji });
}

/**
 * Fits the tiers' model on `previous.trainedOn`. `triage` is the loaded triage data the messages are read with:
 * the caller has it already (a test, or the command below), so training never loads the knowledge again.
 */
export function trainTriageModel(root: string, previous: TriageModelData, triage: TriageData): TriageModelData {
  const tokens = tokenizer(triage);
  const items = previous.trainedOn.flatMap((s) => loadTrainingSource(root, s));
  const features = items.map((i) => modelFeatures(tokens(i.text)));
  const fit = (tier: ModelTier) =>
    fitLogistic(
      features,
      items.map((i) => i.tier === tier),
      previous.settings,
    );
  const classes = Object.fromEntries(MODEL_TIERS.map((t) => [t, fit(t)])) as TriageModelData['classes'];
  return { ...previous, classes };
}

/**
 * A message in danger now against every message that raises no crisis (questions, look-alikes, emergencies, urgent
 * ones). A wish to die told without an act is left out: its reply is 988 either way, and it would teach the look
 * that the words of a wish are not danger.
 */
function dangerItems(
  root: string,
  { trainedOn, settings }: DangerModelData,
): Array<{ text: string; danger: boolean; source: string }> {
  const leftOut = (category = '') => settings.leaveOut.some((w) => category.toLowerCase().includes(w));
  return trainedOn.flatMap((source) =>
    loadTrainingSource(root, source)
      .filter((i) => (i.dangerNow === true ? !leftOut(i.category) : i.tier !== 'crisis'))
      .map((i) => ({ text: i.text, danger: i.dangerNow === true, source })),
  );
}

function fitDanger(
  tokens: (text: string) => ReturnType<typeof triageTokens>,
  items: ReadonlyArray<{ text: string; danger: boolean }>,
  settings: DangerModelData['settings'],
): Weights {
  const reading = dangerReading(settings);
  return fitLogistic(
    items.map((i) => dangerFeatures(tokens(i.text), reading)),
    items.map((i) => i.danger),
    settings,
    (n) => (items[n]!.danger ? settings.positiveWeight : 1),
  );
}

export function trainDangerModel(root: string, previous: DangerModelData, triage: TriageData): DangerModelData {
  const items = dangerItems(root, previous);
  return { ...previous, danger: fitDanger(tokenizer(triage), items, previous.settings) };
}

/**
 * Leave one labelled file out at a time (each is one writer's blind set): the look is trained on the rest and
 * scores the file it never saw. Per threshold: messages in danger found, and ordinary ones raised, out of those.
 */
export function dangerCrossValidation(
  root: string,
  previous: DangerModelData,
  thresholds: readonly number[],
  triage: TriageData,
): string[] {
  const tokens = tokenizer(triage);
  const items = dangerItems(root, previous);
  const heldFiles = [...new Set(items.filter((i) => !i.source.includes('#')).map((i) => i.source))];
  const scored: Array<{ danger: boolean; p: number; source: string }> = [];
  for (const file of heldFiles) {
    const weights = fitDanger(
      tokens,
      items.filter((i) => i.source !== file),
      previous.settings,
    );
    const look = new DangerModel({ ...previous, danger: weights });
    for (const item of items.filter((i) => i.source === file))
      scored.push({ danger: item.danger, p: look.probability(tokens(item.text)), source: file });
  }
  const danger = scored.filter((s) => s.danger);
  const other = scored.filter((s) => !s.danger);
  const perFile = (t: number): string => {
    const counts = new Map<string, number>();
    for (const s of other) if (s.p > t) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
    return [...counts].map(([f, n]) => `${path.basename(f, '.json')} ${n}`).join(', ');
  };
  return thresholds.map(
    (t) =>
      `threshold ${t}: danger now ${danger.filter((s) => s.p > t).length}/${danger.length}, ` +
      `others raised ${other.filter((s) => s.p > t).length}/${other.length} (${perFile(t)})`,
  );
}

if (process.argv[1]?.endsWith('trainTriage.js')) {
  const root = process.cwd();
  const { triage } = loadKnowledge(path.join(root, 'knowledge'));
  const dangerFile = path.join(root, 'knowledge/triage-danger-model.json');
  const dangerPrevious = JSON.parse(readFileSync(dangerFile, 'utf8')) as DangerModelData;
  if (process.argv.includes('--cv')) {
    const lines = dangerCrossValidation(root, dangerPrevious, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8], triage);
    console.log(lines.join('\n'));
  } else {
    const file = path.join(root, 'knowledge/triage-model.json');
    const previous = JSON.parse(readFileSync(file, 'utf8')) as TriageModelData;
    const model = trainTriageModel(root, previous, triage);
    writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
    const sizes = MODEL_TIERS.map((t) => `${t} ${Object.keys(model.classes[t].weights).length}`).join(', ');
    console.log(`Wrote ${path.relative(root, file)} (weights: ${sizes})`);
    const danger = trainDangerModel(root, dangerPrevious, triage);
    writeFileSync(dangerFile, `${JSON.stringify(danger, null, 1)}\n`);
    console.log(`Wrote ${path.relative(root, dangerFile)} (weights: ${Object.keys(danger.danger.weights).length})`);
  }
}
