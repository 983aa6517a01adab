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

export const triageModelSchema = z.strictObject({
  about: z.string(),
  /** The labelled files it was trained on, so `npm run train:triage` rebuilds the same weights. */
  trainedOn: z.array(z.string()).min(1),
  settings: z.strictObject({
    minCount: z.number().int().min(1),
    epochs: z.number().int().min(1),
    rate: z.number().positive(),
    l2: z.number().min(0),
    /** Weights smaller than this are left out of the file. */
    prune: z.number().min(0),
  }),
  /** Per tier, the probability above which it is raised (chosen on blind files the model had not seen). */
  thresholds: z.strictObject({
    crisis: z.number().gt(0).lt(1),
    emergency: z.number().gt(0).lt(1),
    urgent: z.number().gt(0).lt(1),
  }),
  classes: z.strictObject({ crisis: weightsSchema, emergency: weightsSchema, urgent: weightsSchema }),
});

export type TriageModelData = z.infer<typeof triageModelSchema>;

/** Words and neighbouring pairs (within a sentence); numbers do not count. */
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
  private readonly classes: ReadonlyArray<{
    readonly tier: ModelTier;
    readonly bias: number;
    readonly weights: ReadonlyMap<string, number>;
  }>;

  constructor(readonly data: TriageModelData) {
    this.classes = MODEL_TIERS.map((tier) => ({
      tier,
      bias: data.classes[tier].bias,
      weights: new Map(Object.entries(data.classes[tier].weights)),
    }));
  }

  /** The probability of each tier for a message's words. */
  probabilities(tokens: readonly Token[]): Record<ModelTier, number> {
    const features = modelFeatures(tokens);
    const out = { crisis: 0, emergency: 0, urgent: 0 };
    for (const { tier, bias, weights } of this.classes) {
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      out[tier] = 1 / (1 + Math.exp(-z));
    }
    return out;
  }
}
