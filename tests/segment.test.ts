import { describe, expect, it } from 'vitest';
import { triageFor } from '../src/domain/knowledge.js';
import { Segmenter } from '../src/domain/triage/segment.js';
import { shippedKnowledge } from './helpers/knowledgeCopy.js';

describe('triage reads text typed without spaces (blind review 31)', () => {
  const triage = triageFor(shippedKnowledge);

  it.each([
    ['mymomcantpeesinceyesterdaymorningandherbellyishardandhurts', 'bladder-bowel-control'],
    ['NOPUEDORESPIRARMEDUELEELPECHO', 'chest-pain'],
    ['mydadisnotbreathing', 'breathing-trouble'],
    ['mimamanopuedemoverlaspiernas', 'leg-weakness-numbness'],
  ])('"%s" is an emergency (%s), as it is with spaces', (text, concept) => {
    const result = triage.assess(text);
    expect(result.tier).toBe('emergency');
    expect(result.findings.map((f) => f.id)).toContain(concept);
  });

  it.each([
    'nochestpainjustsorewhereneedlewent',
    'My cardiologist says methotrexate and antidepressants are fine',
    'la vertebroplastia fue completamente normal',
  ])('"%s" stays quiet: denied, or long words that are words', (text) => {
    expect(['none', 'mention']).toContain(triage.assess(text).tier);
  });
});

describe('Segmenter', () => {
  const segmenter = new Segmenter(() => ['i', 'can', 'go', 'home', 'the', 'same', 'day', 'cat', 'a', 'log']);

  it('cuts a long run into the cheapest known words, and leaves alone what it cannot cut wholly', () => {
    expect(segmenter.split('canigohomethesameday')).toEqual(['can', 'i', 'go', 'home', 'the', 'same', 'day']);
    expect(segmenter.split('canigohomethesamedayz')).toBeUndefined();
  });

  it('leaves short runs and cuts made mostly of scraps alone', () => {
    expect(segmenter.split('gohomeday')).toBeUndefined();
    expect(segmenter.split('acatalogalogacatgo')).toBeUndefined();
  });
});
