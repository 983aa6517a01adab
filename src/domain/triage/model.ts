import { z } from 'zod';
import type { Token } from './tokens.js';

/**
 * A second look for wordings the concepts do not know yet: a logistic regression per
 * tier over the message's words and word pairs, trained (`npm run train:triage`) on the
 * labelled messages that helpers wrote blind (tests/eval). It can only raise a tier, and
 * only where no concept of that rank was found: a negated, past or hypothetical concept
 * stays silenced by its modifier, so ConText keeps the last word on those.
 */
export const MODEL_TIERS = ['crisis', 'emergency', 'urgent'] as const;
export type ModelTier = (typeof MODEL_TIERS)[number];

/** Thousands of weights: one plain loop instead of a schema per entry keeps start-up quick. */
const weightMap = z.custom<Record<string, number>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((w) => Number.isFinite(w)),
  'must map words and word pairs to finite numbers',
);
const weightsSchema = z.strictObject({ bias: z.number(), weights: weightMap });

/** How `npm run train:triage` fits a model: the same for the tiers' model and the danger-now look. */
const trainingSettings = {
  minCount: z.number().int().min(1),
  epochs: z.number().int().min(1),
  rate: z.number().positive(),
  l2: z.number().min(0),
  /** Weights smaller than this are left out of the file. */
  prune: z.number().min(0),
};

export const triageModelSchema = z.strictObject({
  about: z.string(),
  /** The labelled files it was trained on, so `npm run train:triage` rebuilds the same weights. */
  trainedOn: z.array(z.string()).min(1),
  settings: z.strictObject(trainingSettings),
  /** Per tier, the probability above which it is raised (chosen on blind files the model had not seen). */
  thresholds: z.strictObject({
    crisis: z.number().gt(0).lt(1),
    emergency: z.number().gt(0).lt(1),
    urgent: z.number().gt(0).lt(1),
  }),
  classes: z.strictObject({ crisis: weightsSchema, emergency: weightsSchema, urgent: weightsSchema }),
});

export type TriageModelData = z.infer<typeof triageModelSchema>;

/**
 * The danger-now look (`knowledge/triage-danger-model.json`): one logistic regression, trained apart from the
 * tiers' model, that tells a person about to act right now told only by place, objects and action ("parado en la
 * orilla del puente mirando el agua"). Retraining the tiers' model with these messages moved every weight and cost
 * emergencies and look-alikes (round 46), so it has its own weights, its own files and its own threshold.
 */
export const dangerModelSchema = z.strictObject({
  about: z.string(),
  trainedOn: z.array(z.string()).min(1),
  settings: z.strictObject({
    ...trainingSettings,
    /** How much more a message in danger counts than one that is not: they are a few hundred among many thousands. */
    positiveWeight: z.number().min(1),
    /** Words longer than this also count by their first letters ("mirando", "mirar"), so endings and typos still meet. */
    prefix: z.number().int().min(3),
    /**
     * Messages in danger whose category (the writer's label) holds one of these words are left out of training: a
     * goodbye is read by the concepts, which know a trip from a farewell.
     */
    leaveOut: z.array(z.string().min(1)),
    /**
     * Words the look does not read: goodbyes. Blind writers' acts in progress often end with one, so it learnt them
     * as danger ("ok goodbye, I'm going to leave now, thanks"); the concepts read a goodbye and know a trip from a
     * farewell.
     */
    unread: z.array(z.string().min(1)),
  }),
  /** The probability above which a message is danger now, chosen on a leave-one-file-out run (`--cv`). */
  threshold: z.number().gt(0).lt(1),
  danger: weightsSchema,
});

export type DangerModelData = z.infer<typeof dangerModelSchema>;

/** The tiers' features but for `unread` words, and each longer word's first `prefix` letters. */
export function dangerFeatures(
  tokens: readonly Token[],
  { prefix, unread }: { readonly prefix: number; readonly unread: ReadonlySet<string> },
): string[] {
  const features = modelFeatures(tokens.filter((t) => !unread.has(t.word)));
  const starts = features.filter((f) => !f.includes(' ') && f.length > prefix).map((f) => `~${f.slice(0, prefix)}`);
  return [...features, ...new Set(starts)];
}

/** How the danger-now look reads a message, from its settings. */
export function dangerReading(settings: DangerModelData['settings']): { prefix: number; unread: ReadonlySet<string> } {
  return { prefix: settings.prefix, unread: new Set(settings.unread) };
}

export class DangerModel {
  private readonly weights: ReadonlyMap<string, number>;
  private readonly reading: { readonly prefix: number; readonly unread: ReadonlySet<string> };

  constructor(readonly data: DangerModelData) {
    this.weights = new Map(Object.entries(data.danger.weights));
    this.reading = dangerReading(data.settings);
  }

  /** The probability that the message tells someone about to act, or acting, right now. */
  probability(tokens: readonly Token[]): number {
    let z = this.data.danger.bias;
    for (const f of dangerFeatures(tokens, this.reading)) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the message reads as someone about to act, or acting, right now. */
  says(tokens: readonly Token[]): boolean {
    return this.probability(tokens) > this.data.threshold;
  }
}

/** Words and neighbouring pairs (a pair may span a sentence end, as in training); numbers do not count. */
export function modelFeatures(tokens: readonly Token[]): string[] {
  const words = tokens.filter((t) => !t.isNumber);
  const out = new Set<string>();
  words.forEach((t, i) => {
    out.add(t.word);
    const next = words[i + 1];
    if (next !== undefined) out.add(`${t.word} ${next.word}`);
  });
  return [...out];
}

export class TriageModel {
  /** Every feature's weight for each tier, in MODEL_TIERS order: one lookup per feature, not three. */
  private readonly weights = new Map<string, Float64Array>();
  private readonly bias: Float64Array;

  constructor(
    readonly data: TriageModelData,
    /** The danger-now look, read only where the tiers' model raised no crisis or emergency. */
    readonly danger?: DangerModel,
  ) {
    this.bias = Float64Array.from(MODEL_TIERS, (tier) => data.classes[tier].bias);
    MODEL_TIERS.forEach((tier, t) => {
      for (const [feature, w] of Object.entries(data.classes[tier].weights)) {
        let row = this.weights.get(feature);
        if (row === undefined) this.weights.set(feature, (row = new Float64Array(MODEL_TIERS.length)));
        row[t] = w;
      }
    });
  }

  /** The probability of each tier for a message's words. */
  probabilities(tokens: readonly Token[]): Record<ModelTier, number> {
    const z = Float64Array.from(this.bias);
    for (const f of modelFeatures(tokens)) {
      const row = this.weights.get(f);
      if (row !== undefined) for (let t = 0; t < z.length; t++) z[t] = z[t]! + row[t]!;
    }
    const p = (t: number): number => 1 / (1 + Math.exp(-z[t]!));
    return { crisis: p(0), emergency: p(1), urgent: p(2) };
  }
}
