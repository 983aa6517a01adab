import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmergencyDetector } from '../src/domain/emergency.js';
import { loadKnowledge } from '../src/domain/knowledge.js';

const knowledge = loadKnowledge(path.resolve('knowledge'));
const detector = new EmergencyDetector(knowledge.emergencyPhrases);

describe('EmergencyDetector: emergencies are caught', () => {
  it.each([
    // breathing, in every spelling
    'I CANT BREATHE',
    'cant breathe',
    "can't breath",
    'i cannot breathe properly',
    'my dad is struggling to breathe',
    'her lips are going blue',
    // chest and heart
    'my chest hurts really bad',
    'Chest Pains since this morning',
    'i think hes having a heart atack',
    // legs, bladder, bowels after the procedure
    'since the vertebroplasty i cant feel my legs',
    'my mothers legs went numb an hour ago',
    'sudden weakness in both legs',
    'she cant control her bowels',
    'he has lost control of his bladder',
    'i wet myself and did not feel it',
    // bleeding
    'his bandage is completely soaked with blood',
    'blood keeps coming through the dressing',
    'the needle site keeps bleeding through the bandaids',
    // stroke
    'his words are slurred',
    'her face is drooping on one side',
    'weakness on one side of his body',
    'STROKE',
    // collapse, unconscious, seizure
    'my father has collapsed on the stairs',
    'my wife collapsed in the kitchen',
    'grandma passed out and wont wake up',
    'he is unresponsive',
    'my son is having seizures',
    // overdose, self-harm
    'i think i took too many of my pills',
    'she overdosed',
    'i want to kill myself',
    'i dont want to live anymore',
  ])('%s', (text) => {
    expect(detector.isEmergency(text)).toBe(true);
  });
});

describe('EmergencyDetector: look-alikes are not emergencies', () => {
  it.each([
    'severe back pain',
    'my vertebra collapsed',
    'my mom has a collapsed vertebra from osteoporosis',
    'I fell and fractured my spine',
    'will I be able to breathe during the procedure',
    'can i breathe ok lying face down',
    'the pain is killing me',
    'will i be knocked out',
    'is there any bleeding from the needle',
    'how long is bed rest',
    'my back hurts when i walk',
    'i broke my back in a car accident last year',
  ])('%s', (text) => {
    expect(detector.isEmergency(text)).toBe(false);
  });
});
