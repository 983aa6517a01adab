import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrainingSource, trainDangerModel, trainTriageModel } from '../bench/trainTriage.js';
import { DangerModel, type TriageModelData, TriageModel } from '../src/domain/triage/model.js';
import { Triage } from '../src/domain/triage/triage.js';
import { triageFor } from '../src/domain/knowledge.js';
import { shippedKnowledge } from './helpers/knowledgeCopy.js';

const root = path.resolve('.');
const knowledge = shippedKnowledge;

/** A model that knows one made-up word per tier, so each rule of the second look can be shown alone. */
function modelKnowing(words: Partial<Record<'crisis' | 'emergency' | 'urgent', string>>): TriageModel {
  const cls = (word: string | undefined): TriageModelData['classes']['crisis'] => ({
    bias: -8,
    weights: word === undefined ? {} : { [word]: 16 },
  });
  return new TriageModel({
    ...knowledge.triageModel,
    classes: { crisis: cls(words.crisis), emergency: cls(words.emergency), urgent: cls(words.urgent) },
  });
}

describe('triage second look: it raises a tier only where no concept spoke', () => {
  const triage = new Triage(
    knowledge.triage,
    knowledge.commonWords,
    modelKnowing({ crisis: 'zorbly', emergency: 'quaxle', urgent: 'fimmet' }),
  );
  const conceptsOnly = new Triage(knowledge.triage, knowledge.commonWords);

  it.each([
    ['I feel so zorbly tonight', 'crisis'],
    ['my husband is quaxle and grey', 'emergency'],
    ['the fimmet is getting worse', 'urgent'],
  ] as const)('"%s" is raised to %s, and the finding says it came from the model', (text, tier) => {
    const result = triage.assess(text);
    expect(result.tier).toBe(tier);
    expect(result.findings).toEqual([{ id: `model-${tier}`, tier, modifiers: [], callNow: tier === 'emergency' }]);
    expect(conceptsOnly.assess(text).tier).toBe('none');
  });

  it('leaves a negated or hypothetical emergency concept to ConText', () => {
    expect(triage.assess('no chest pain, just quaxle about the bed rest').tier).toBe('mention');
    expect(triage.assess('what if my legs go numb, is that quaxle?').tier).toBe('mention');
  });

  it('does not send an urgent symptom to 911 on word statistics, but does raise it to crisis', () => {
    expect(triage.assess('I have a fever of 101 after the procedure, quaxle').tier).toBe('urgent');
    expect(triage.assess('I have a fever of 101 after the procedure, zorbly').tier).toBe('crisis');
  });

  it('raises to urgent only when no concept was found at all', () => {
    expect(triage.assess('no fever, fimmet').tier).toBe('mention');
  });

  it('says "call 911 now" for a crisis it raises beside the means at hand, not beside means denied', () => {
    const callNow = (text: string) => triage.assess(text).findings.find((f) => f.id === 'model-crisis')?.callNow;
    expect(callNow('ya tengo las pills en la mano, zorbly')).toBe(true);
    expect(callNow('the pistol is on the table, I feel zorbly')).toBe(true);
    expect(callNow('I feel zorbly tonight')).toBe(false);
    expect(callNow('there is no pistol in the house, I just feel zorbly')).toBe(false);
  });
});

describe('triage second look: the trained model', () => {
  const triage = triageFor(knowledge);

  it.each([
    'Maria Lopez',
    'Nguyen Van Thanh',
    '832-555-0147',
    '(713) 555 0199 ext 12',
    'maria.lopez@example.com',
    'tomorrow morning',
    'after 3pm please',
    'yes',
    'no',
    'my daughter will answer the phone',
  ])('a contact form answer such as "%s" raises nothing', (text) => {
    expect(triage.assess(text).tier).toBe('none');
  });

  it('is exactly what `npm run train:triage` builds from the files it names', () => {
    const rebuilt = trainTriageModel(root, knowledge.triageModel, knowledge.triage);
    expect(rebuilt.classes).toEqual(knowledge.triageModel.classes);
  });

  it('is never trained on a sealed held-out file', () => {
    expect(knowledge.triageModel.trainedOn.filter((f) => f.includes('heldout'))).toEqual([]);
    expect(() => loadTrainingSource(root, 'tests/eval/triage-heldout.json')).toThrow(/sealed held-out/);
    const file = JSON.parse(readFileSync(path.join(root, 'knowledge/triage-model.json'), 'utf8')) as TriageModelData;
    expect(file.trainedOn).toEqual(knowledge.triageModel.trainedOn);
  });
});

/** A danger-now look that knows one made-up word, so each rule of when it speaks can be shown alone. */
function dangerKnowing(word: string): DangerModel {
  return new DangerModel({ ...knowledge.dangerModel, danger: { bias: -8, weights: { [word]: 16 } } });
}

describe('triage danger-now look: someone about to act, told by place and action', () => {
  const quiet = { bias: -8, weights: {} };
  const tiers = { crisis: quiet, emergency: quiet, urgent: quiet };
  const triage = new Triage(
    knowledge.triage,
    knowledge.commonWords,
    new TriageModel({ ...knowledge.triageModel, classes: tiers }, dangerKnowing('blorpt')),
  );

  it('reads a message no concept knows as a crisis with "call 911 now"', () => {
    expect(triage.assess('she is blorpt right now').findings).toEqual([
      { id: 'model-danger', tier: 'crisis', modifiers: [], callNow: true },
    ]);
    expect(triage.assess('she is blorpt right now').tier).toBe('crisis');
  });

  it('leaves a message to the concepts when one spoke: an urgent symptom keeps its urgent reply', () => {
    expect(triage.assess('I have a fever of 101 after the procedure, blorpt').tier).toBe('urgent');
    expect(triage.assess('no chest pain, blorpt').tier).toBe('mention');
  });

  it('is not read beside relief told now or a dose at its time of day', () => {
    expect(triage.assess('ya no le duele nada, blorpt').tier).toBe('none');
    expect(triage.assess('ya me tomé la pastilla de las 8, blorpt').tier).toBe('none');
  });

  it('is not read on a call-back request that gives a phone number', () => {
    expect(triage.assess('blorpt, call me at 832-555-0147').tier).toBe('none');
  });

  it('adds 988 beside an emergency told with danger now, and leaves a plain emergency its own reply', () => {
    const beside = triage.assess("I can't breathe, blorpt");
    expect(beside.tier).toBe('crisis');
    expect(beside.findings).toContainEqual({ id: 'model-danger', tier: 'crisis', modifiers: [], callNow: true });
    expect(triage.assess("I can't breathe").tier).toBe('emergency');
    expect(triage.assess("no chest pain, I can't breathe, blorpt").tier).toBe('crisis');
  });
});

describe('triage danger-now look: the trained model', () => {
  const triage = triageFor(knowledge);
  const dangerNow = (text: string) =>
    triage.assess(text).findings.some((f) => f.tier === 'crisis' && f.callNow === true);

  it.each([
    'mi hija esta sentada en la orilla de la azotea con los pies colgando y no me contesta',
    'grandma is at the top of the stairwell on the 9th floor leaning over',
    'mi mamá está en el techo de la casa parada en la orilla',
  ])('"%s" gets 988 and "call 911 now"', (text) => {
    expect(dangerNow(text)).toBe(true);
  });

  it.each([
    "I'm parked at the top of the parking garage at the hospital, where do I pay",
    'my son is fishing off the pier this afternoon',
    'we went to the lake house and the grandkids jumped off the dock',
    'can my husband drive me home after the procedure',
  ])('"%s" raises nothing', (text) => {
    expect(['none', 'mention']).toContain(triage.assess(text).tier);
  });

  it('is exactly what `npm run train:triage` builds from the files it names, never a held-out one', () => {
    expect(trainDangerModel(root, knowledge.dangerModel, knowledge.triage).danger).toEqual(
      knowledge.dangerModel.danger,
    );
    expect(knowledge.dangerModel.trainedOn.filter((f) => f.includes('heldout'))).toEqual([]);
  });
});

describe('triage second look: a story from the news or of a pet is read by the concepts alone (secondLookQuiet)', () => {
  const triage = new Triage(
    knowledge.triage,
    knowledge.commonWords,
    modelKnowing({ crisis: 'zorbly', emergency: 'quaxle' }),
  );

  it.each([
    'saw on the news that zorbly is up this year',
    'mi perro se comió unas pastillas, zorbly',
    'our horse kicked the pony and now it is quaxle',
  ])('"%s" raises nothing from word statistics', (text) => {
    expect(['none', 'mention']).toContain(triage.assess(text).tier);
  });

  it('still lets a concept speak: a son on a bridge after a news story is a crisis, 911 now', () => {
    const result = triageFor(knowledge).assess(
      'saw on the news about people jumping off bridges, my son is on the bridge right now',
    );
    expect(result.tier).toBe('crisis');
    expect(result.findings.some((f) => f.callNow)).toBe(true);
  });
});
