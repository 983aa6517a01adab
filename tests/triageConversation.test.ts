import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/domain/knowledge.js';
import { buttons, createHarness, knowledge, RecordingInquiries } from './helpers/botHarness.js';
import { type Json, knowledgeCopy } from './helpers/knowledgeCopy.js';

const m = knowledge.messages;
const ms = knowledge.spanish.messages;
const answerOf = (id: string) => knowledge.faq.find((e) => e.id === id)!.answer;
const texts = (replies: Array<{ text?: string }>) => replies.map((r) => r.text);

describe('triage in conversation: the right first reply for each tier', () => {
  // [user says, the bot's replies in order]
  const table: Array<[string, string[]]> = [
    ['my husband is clutching his chest and sweating', [m.emergencyFollowUp, m.emergency]],
    // All in Spanish: Spanish only (review 79); mixed with English words, the English sentence too.
    ['Mi papá no puede respirar', [ms.emergencyFollowUp, ms.emergency]],
    ['my abuela no puede respirar', [ms.emergencyFollowUp, ms.emergency, m.emergency]],
    ['mi mamá tiene calentura de 101 desde la operación', [ms.urgent]],
    ['my mom tiene calentura de 101 desde la operación', [ms.urgent, m.urgent]],
    ['i dont want to be alive anymore', [m.crisis, m.emergency]],
    // An overdose, taken or planned, is a medical emergency too: 911 now, then the Lifeline.
    [
      // All Spanish: "he" is Spanish here too, so no English line (review 81).
      'he estado guardando mis pastillas para tomarlas todas',
      [ms.emergencyFollowUp, ms.emergency, ms.crisis],
    ],
    ['my dad took a double dose of his pain pills by mistake', [m.emergencyFollowUp, m.emergency, m.crisis]],
    ['what is the lethal dose of oxycodone', [m.emergencyFollowUp, m.emergency, m.crisis]],
    // Sudden-onset pain is an emergency whatever the word order; how the fracture began is not.
    ['the pain in my back got so much worse all of a sudden', [m.emergencyFollowUp, m.emergency]],
    ['the pain started suddenly last month when I lifted a box, will this help?', [answerOf('pain-relief')]],
    // A long-standing condition told as background is not a new emergency; "but now" makes it one.
    ['I am always a little short of breath from my asthma, will I be awake?', [answerOf('sedation')]],
    ['always short of breath but now i cant breathe at all', [m.emergencyFollowUp, m.emergency]],
    ['the needle site is red and warm and oozing', [m.urgent]],
    ['I have had a fever of 101 since yesterday, how long is bed rest?', [m.urgent, answerOf('bed-rest')]],
    ['no chest pain or anything, just wondering how long the bed rest is', [answerOf('bed-rest')]],
    ['I had a stroke in 2019, will I be awake during it?', [answerOf('sedation')]],
    ["I'm dying to know how long the whole thing takes", [answerOf('procedure-length')]],
    ['what are the warning signs I should watch for after the procedure?', [m.warningSigns]],
    // A question whether a symptom is an emergency gets when to call 911, not an answer about something else.
    ["if I can't pee after, is that an emergency or do I wait?", [m.warningSignEmergency]],
    // A carer asking ahead about a sign the sources send to 911 is told so.
    ["what if I can't wake up my dad after sedation?", [m.warningSignEmergency]],
    ['what happens if I get chest pain after?', [m.warningSignEmergency]],
    // Review 79 got "I don't know" here.
    ['what do I do if I lose bladder control?', [m.warningSignEmergency]],
    ['When should I go to the ER after the procedure?', [m.warningSigns]],
    // A sign asked about ahead keeps "call 911" when an entry matched too ("duermen" also means "put to sleep"), and
    // the 911 line, which gives the number, stands for the contact entry (round 34).
    [
      'qué hacemos si se le duermen las piernas a mi esposa?',
      [knowledge.spanish.faq.find((e) => e.id === 'sedation')!.answer, ms.warningSignEmergency],
    ],
    ['if his legs go numb once he is home, what number do we call?', [m.warningSignEmergency]],
    // A sign the sources send to the care team, asked about ahead, gets the care team, not the general 911 line
    // (blind review 99).
    ['si me da fiebre qué hago?', [ms.warningSignUrgent]],
    ['what if the needle site gets red after?', [m.warningSignUrgent]],
    // A crisis beside an urgent symptom keeps the care team's advice (blind review 73).
    ['back pain worse every day, i just want it all to end', [m.crisis, m.emergency, m.urgent]],
  ];
  it.each(table)('"%s"', async (userSays, expected) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say(userSays))).toEqual(expected);
  });

  it('a crisis only the statistical second look recognises gets 911 and 988, and the log names the model, not the words', async () => {
    const copy = knowledgeCopy({
      'triage-model.json': (j: Json) => {
        j.classes.crisis = { bias: -8, weights: { zorbly: 16 } };
      },
    });
    try {
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
      const h = createHarness({
        inquiries: new RecordingInquiries(),
        knowledge: loadKnowledge(copy.dir),
        logger,
      });
      expect(texts(await h.say('I feel so zorbly tonight'))).toEqual([m.crisis, m.emergency]);
      expect(lines.join('')).toContain('"concepts":["model-crisis"]');
      expect(lines.join('')).not.toContain('zorbly');
    } finally {
      copy.remove();
    }
  });

  it('someone about to act told by place alone (the danger-now look) gets 911 now and 988, and the log names the look', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const h = createHarness({ inquiries: new RecordingInquiries(), logger });
    const said = 'mi mamá está en el techo de la casa parada en la orilla';
    const replies = texts(await h.say(said)).join(' ');
    expect(replies).toContain('911');
    expect(replies).toContain('988');
    expect(lines.join('')).toContain('"concepts":["model-danger"]');
    expect(lines.join('')).not.toContain('techo');
  });

  it('marks safety replies so channels can show them apart', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const [first, second] = await h.say('i want to kill myself');
    expect(first!.channelData).toEqual({ urgency: 'crisis' });
    expect(second!.channelData).toEqual({ urgency: 'crisis' });
    const [answer] = await h.say('how long is bed rest');
    expect(answer!.channelData).toBeUndefined();
  });

  it('the crisis reply names 911 first, then 988, in a caring voice', () => {
    expect(m.emergency).toContain('call 911');
    expect(m.crisis).toContain('988');
    expect(ms.crisis).toContain('988');
    expect(ms.emergency).toContain('911');
  });

  it('an urgent symptom with a request for a call starts the form after the care-team advice', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say('I have a fever since the procedure, can someone call me?'));
    expect(replies).toEqual([m.urgent, knowledge.contact.intro, knowledge.contact.askName]);
  });

  it('in the middle of the form, urgent advice comes first, the question is asked again, and the message is not stored', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say('call me');
    await h.say('Maria Lopez');
    const replies = texts(await h.say('the puncture is swollen and draining pus'));
    expect(replies).toEqual([m.urgent, knowledge.contact.askPhone]);
    for (const answer of ['713-555-0123', 'skip', 'Evening', 'skip', 'yes', 'Yes, send it']) await h.say(answer);
    expect(inquiries.saved).toHaveLength(1);
    expect(JSON.stringify(inquiries.saved[0])).not.toMatch(/pus|swollen/);
  });

  it('an urgent symptom given as the topic gets the advice and is the topic of the call (nothing asked twice)', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    for (const answer of ['call me', 'Maria Lopez', '713-555-0123', 'skip', 'Evening']) await h.say(answer);
    const replies = texts(await h.say("I've had a fever of 101 since yesterday"));
    expect(replies).toEqual([m.urgent, knowledge.contact.askConsent]);
    for (const answer of ['yes', 'Yes, send it']) await h.say(answer);
    expect(inquiries.saved[0]?.message).toBe("I've had a fever of 101 since yesterday");
  });

  it('"ya no, gracias…" in the form is a polite no, not despair: it cancels, with no crisis reply (blind form review 15)', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    for (const answer of ['llámenme', 'Rubén Ortega', '713 555 0166']) await h.say(answer);
    const replies = texts(await h.say('ya no, gracias, mi hija me va a llevar directamente. cancela'));
    expect(replies).toEqual([knowledge.contact.spanish.cancelled]);
    expect(inquiries.saved).toHaveLength(0);
  });

  it('a crisis beside an emergency ("took extra oxycodone, barely breathing") also says to call 911 now', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say("she took extra oxycodone and now she's barely breathing"));
    expect(replies).toEqual([m.emergencyFollowUp, m.emergency, m.crisis]);
  });

  it('a crisis in the middle of the form gets 911 and 988, and the form waits', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('call me');
    const replies = await h.say('everyone would be better off without me');
    expect(texts(replies)).toEqual([m.crisis, m.emergency, m.formOnHold]);
    expect(buttons(replies[0]!)).toEqual([]);
    // The next message resumes the form at the same question; nothing of it was lost.
    expect(texts(await h.say('ok')).at(-1)).toBe(knowledge.contact.askName);
    expect(texts(await h.say('Ann Lee'))).toEqual([knowledge.contact.askPhone]);
  });
});

describe('triage in conversation: "what do I do?" right after 911 or 988 (blind review 74)', () => {
  // [the alarm, the follow-up, the replies to the follow-up]
  const table: Array<[string, string, string[]]> = [
    ['my husband is clutching his chest and sweating', 'what do i do??', [m.emergencyFollowUp]],
    ['Mi papá no puede respirar', '¿qué hago?', [ms.emergencyFollowUp]],
    ['i dont want to be alive anymore', 'what should i do', [m.crisis]],
    [
      'my brother texted me goodbye and he has a gun, hes not picking up',
      'what do I do',
      [m.emergencyFollowUp, m.crisis],
    ],
  ];
  it.each(table)('after "%s", "%s" gets the call to act again', async (alarm, followUp, expected) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say(alarm);
    expect(texts(await h.say(followUp))).toEqual(expected);
    // Asked again, it is said again.
    expect(texts(await h.say(followUp))).toEqual(expected);
  });

  it('once another message came in between, "what do I do?" is an ordinary question again', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('my husband is clutching his chest and sweating');
    expect(texts(await h.say('how long is bed rest?'))).toEqual([m.emergencyFirst, answerOf('bed-rest')]);
    expect(texts(await h.say('what do i do'))).not.toContain(m.emergencyFollowUp);
  });

  it.each([
    [
      'my dad cant feel his feet and his legs gave out',
      "He says he's fine now and doesn't want to go. Should we wait?",
      [m.emergencyDontWait],
    ],
    [
      'mi papá no puede mover las piernas',
      'dice que ya está bien y no quiere ir, ¿podemos esperar?',
      [ms.emergencyDontWait],
    ],
    ['i dont want to be alive anymore', 'should i wait until tomorrow?', [m.crisis]],
    // review 85: the office in the morning instead of 911 tonight
    [
      'my oxygen reading just dropped to 84 and my lips look blue',
      'ok, I will call the office in the morning',
      [m.emergencyDontWait],
    ],
    ['mi esposa no puede respirar bien', 'mejor llamo al doctor mañana temprano', [ms.emergencyDontWait]],
  ])('after "%s", "%s" is told not to wait (reviews 82 and 85)', async (alarm, followUp, expected) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say(alarm);
    expect(texts(await h.say(followUp))).toEqual(expected);
  });

  it.each([
    ['my dad cant feel his feet and his legs gave out', 'ok, what number do I call?', m.emergencyFollowUp],
    ['mi papá no puede mover las piernas', 'ok, ¿a qué número llamo?', ms.emergencyFollowUp],
  ])('after "%s", "%s" gets 911 first, then the hospital\'s number (review 88)', async (alarm, followUp, again) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say(alarm);
    const replies = texts(await h.say(followUp));
    expect(replies[0]).toBe(again);
    expect(replies.at(-1)).toContain(knowledge.organization.phone);
  });

  it('"ok" right after 988 with danger gets the Lifeline in a few words once, not a cheerful menu (review 82)', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say("I have my pills on the nightstand and I'm going to take them all tonight");
    expect(texts(await h.say('ok'))).toEqual([m.emergencyFollowUp, m.crisisCheckIn]);
    // Once reminded, "ok" is an ordinary message again.
    expect(texts(await h.say('ok'))).toEqual([m.yesAlone]);
  });

  it('a message the page cannot answer, right after "call 911 now", gets the reminder before "I don\'t know" (review 90)', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say("my husband fell and now he can't move his legs");
    const replies = texts(await h.say('should I still take him to the pharmacy first?'));
    expect(replies[0]).toBe(m.emergencyCheckIn);
    expect(replies).toContain(m.fallback);
    // An answer the page has is given after one line that 911 comes first (review 96, conversation 3).
    await h.say("my husband fell and now he can't move his legs");
    expect(texts(await h.say('how long is bed rest?'))).toEqual([m.emergencyFirst, answerOf('bed-rest')]);
    // Only right after the alarm: the next question gets its answer alone.
    expect(texts(await h.say('how long is bed rest?'))).toEqual([answerOf('bed-rest')]);
  });

  it('"never mind" right after 988 with danger gets "call 911 now" and the Lifeline, not a note about call-backs (review 89)', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say("It's 3am and all my pain pills are in my hand, I'm taking them now");
    expect(texts(await h.say('never mind'))).toEqual([m.emergencyFollowUp, m.crisisCheckIn]);
  });

  it('"gracias" right after 911 gets one reminder to call, in Spanish', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('mi esposo se desmayó y no responde');
    expect(texts(await h.say('ok'))).toEqual([ms.emergencyCheckIn]);
  });

  it('in a form on hold, "ok what I do now" (English as a second language) gets 911 again, not the next question (review 87)', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('call me');
    expect(texts(await h.say('my mother she is holding her chest and cannot breathing good')).at(-1)).toBe(
      m.formOnHold,
    );
    expect(texts(await h.say('ok what I do now'))).toEqual([m.emergencyFollowUp]);
  });

  it('in a form on hold, "¿qué hago?" gets 911 again and the form still waits', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('call me');
    expect(texts(await h.say('mi esposo se acaba de desmayar y no responde')).at(-1)).toBe(ms.formOnHold);
    expect(texts(await h.say('que hago?'))).toEqual([ms.emergencyFollowUp]);
    expect(texts(await h.say('ok'))).toEqual([ms.emergencyFirst, m.formResume, knowledge.contact.askName]);
  });

  it.each([
    ['quiero que me llamen', 'se desmayó mi mamá y no despierta', '¿y ahora?', 'es'],
    ['call me', 'my wife fainted and is not waking up', 'now what?', 'en'],
    ['call me', 'my wife fainted and is not waking up', 'and now?', 'en'],
  ])(
    'in a form on hold, a bare "and now?" gets 911 again (review 96: "¿y ahora?" went back to the form)',
    async (...[request, sign, next, lang]) => {
      const h = createHarness({ inquiries: new RecordingInquiries() });
      await h.say(request);
      await h.say(sign);
      expect(texts(await h.say(next))).toEqual([lang === 'es' ? ms.emergencyFollowUp : m.emergencyFollowUp]);
    },
  );

  it('a form on hold after 988 comes back after the Lifeline once more', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('call me');
    expect(texts(await h.say("honestly I don't want to be alive anymore")).at(-1)).toBe(m.formOnHold);
    // The name typed to go on is kept (form review 50): the next question is the phone.
    expect(texts(await h.say('Rosa Martinez'))).toEqual([m.crisisCheckIn, m.formResume, knowledge.contact.askPhone]);
  });

  it('in an English form, an emergency in mixed Spanish and English puts the form on hold in English (review 94)', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('I want a call back please');
    await h.say('Maria Gonzalez');
    const replies = texts(await h.say('wait, my tongue is swelling and I have hives, me cuesta respirar'));
    expect(replies).toContain(m.emergency);
    expect(replies.at(-1)).toBe(m.formOnHold);
  });

  it.each([
    [
      'quiero que me llamen',
      'me llamo Jorge Lopez',
      'ay de repente no siento las piernas',
      'mi numero es 832-555-0199',
    ],
    ['call me', 'Rosa Martinez', "my husband just collapsed and isn't breathing right", 'my number is 713 555 0142'],
  ])(
    'in a form on hold at the phone step, the number given resumes the form and is kept (review 94)',
    async (...lines) => {
      const h = createHarness({ inquiries: new RecordingInquiries() });
      for (const line of lines.slice(0, 3)) await h.say(line);
      const replies = texts(await h.say(lines[3]!));
      expect([m.emergencyFirst, ms.emergencyFirst]).toContain(replies[0]);
      expect([m.formResume, ms.formResume]).toContain(replies[1]);
      expect(replies).not.toContain(ms.emergencyFollowUp);
      expect(replies).not.toContain(m.emergencyFollowUp);
      // Past the phone step: the number was taken.
      expect([knowledge.contact.askPhone, knowledge.contact.spanish.askPhone]).not.toContain(replies.at(-1));
    },
  );
});

describe('someone in danger somewhere else (blind review 94)', () => {
  it.each([
    ['mom says on the phone that her chest hurts and she cant breathe', m],
    ['my dad lives in Dallas and just texted me that his legs went numb and he cant pee', m],
    ['mi mamá me habló por teléfono desde Guatemala, no puede mover el brazo y habla raro', ms],
    // A message passed on from someone else (review 98): "Mensaje del vecino: …", "got a text from my sister: …".
    ['Mensaje de la vecina: tu mamá se desmayó y no despierta', ms],
    ['got a text from my sister: dad collapsed and isnt waking up', m],
    // Review 101: in his truck, a goodbye voice note and no answer.
    ["my dad said he's going to drive his truck off the bridge after he hangs up with me, he's in the truck now", m],
    ['mi abuelo nos mandó un audio despidiéndose y dice que se va a tomar el veneno de ratas, ya no contesta', ms],
  ])('"%s": after "call 911 now", how to get help where they are', async (text, say) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say(text));
    expect(replies.slice(0, 2)).toEqual([say.emergencyFollowUp, say.emergencyFarAway]);
  });

  it('a goodbye message the writer sent is no one elsewhere: no "if they are not with you"', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(
      await h.say('ya les regalé mis cosas a mis hijos y les mandé mensaje de despedida, esta noche me voy a matar'),
    );
    expect(replies[0]).toBe(ms.emergencyFollowUp);
    expect(replies).not.toContain(ms.emergencyFarAway);
  });

  it('someone who is right here gets "call 911 now" alone', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say('my husband is right here and he just collapsed'));
    expect(replies).toEqual([m.emergencyFollowUp, m.emergency]);
  });
});

describe('low mood told in passing (blind review 82)', () => {
  it('"feeling kind of down" gets a kind word, the care team and 988, not an FAQ fact', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say("I've been feeling kind of down after the procedure"))).toEqual([m.lowMood]);
  });

  it('with a clear question beside it, the kind word comes first and the answer after', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('me siento triste, cuánto dura el reposo en cama?'))).toEqual([
      ms.lowMood,
      knowledge.spanish.faq.find((e) => e.id === 'bed-rest')!.answer,
    ]);
  });

  it('"is it normal to feel this way?" gets no confident answer about sedation', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('Is it normal to feel this way?'))).not.toContain(answerOf('sedation'));
  });
});

describe('a story before the question (blind review 82)', () => {
  it('the question at the end is answered, not a word of the story before it', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(
      await h.say(
        'We went to the ER Sunday for some chest tightness, they did a CT and said all clear. Can she start walking around the block again?',
      ),
    );
    expect(replies).toEqual([answerOf('normal-activities')]);
  });
});

describe('"do I call you or 911?" about a sign (blind review 83)', () => {
  it.each([
    ['si a mi mamá le falta el aire después, ¿los llamo a ustedes o al 911?', ms.warningSignEmergency],
    ['if my dad gets short of breath after, should we call you or 911?', m.warningSignEmergency],
  ])('"%s" gets when to call 911, not an FAQ answer', async (text, expected) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say(text))).toEqual([expected]);
  });
});

describe('round 33: Spanglish and lay words (blind matcher set 17, tune part)', () => {
  const answerEs = (id: string) => knowledge.spanish.faq.find((e) => e.id === id)!.answer;

  it('Spanglish whose Spanish words carry the question gets the Spanish answer', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('Durante la procedure, will I be boca abajo or boca arriba?'))).toEqual([
      answerEs('positioning'),
    ]);
  });

  it.each([
    ['How do I get ahold of the care team?', 'contact-hospital'],
    ['when can i go back to my workouts', 'lifting-activity'],
    ['Is working out allowed afterwards?', 'lifting-activity'],
  ])('"%s" gets the %s answer', async (text, id) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say(text))).toEqual([answerOf(id)]);
  });

  // Round 51: who drives the patient home is not on the page (it says only that most go home the same day), so the
  // honest answer with the call offer, in the reader's language; still no contact form, since no one asked to talk to someone.
  it.each([
    'ocupo a alguien que me lleve después?',
    'do I need someone to drive me home after?',
    'when can I drive again?',
  ])('"%s" (a driver, not the day of going home) gets "I don\'t know" and the call offer, not a form', async (text) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const spanish = text.startsWith('ocupo');
    // "I don't know" with the call offer, then topic buttons (close ones when there are); nothing else.
    const replies = texts(await h.say(text));
    expect(replies[0]).toBe(spanish ? ms.fallback : m.fallback);
    expect(replies).toHaveLength(2);
  });
});

describe('round 33: after the care team advice, only what was asked (blind review 84)', () => {
  it('a fever told before "What should we do?" gets the advice, not an FAQ answer picked from the story', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(
      texts(
        await h.say(
          "Good evening, my mother's temperature tonight is 100.7 F, two days after her vertebroplasty. She seems otherwise fine. What should we do?",
        ),
      ),
    ).toEqual([m.urgent]);
  });
});

describe('round 33: the same answer in both languages, and simple Spanish (blind review 86)', () => {
  it('"si mi papá deja de respirar en la noche, ¿qué hago?" gets when to call 911, in Spanish, as in English', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('si mi papá deja de respirar en la noche, ¿qué hago?'))).toEqual([
      ms.warningSignEmergency,
    ]);
  });

  it('"yo querer llamada" starts the call-back form in Spanish', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('yo querer llamada de enfermera'))).toEqual([
      knowledge.contact.spanish.intro,
      knowledge.contact.spanish.askName,
    ]);
  });
});

describe('a child who swallowed medicines (blind review 101)', () => {
  it.each([
    ['mi niño se tomó las pastillas de la presión de la abuela, como 10, hace ratito', ms],
    ["my 2 yr old swallowed a bunch of his grandpa's heart pills", m],
  ])('"%s": "call 911 now", then Poison Control, before the rest', async (text, say) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say(text));
    expect(replies.slice(0, 2)).toEqual([say.emergencyFollowUp, say.poisonControl]);
  });

  it('an adult who took all the pills still gets 911 now and the 988 Lifeline', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say('I took all my pills, I want to die'));
    expect(replies[0]).toBe(m.emergencyFollowUp);
    expect(replies).toContain(m.crisis);
    expect(replies).not.toContain(m.poisonControl);
  });
});

describe('"please help" right after 911 in the form (blind review 101, conversation c10)', () => {
  it('gets "call 911 now" again and the form stays on hold; the next message resumes it', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    for (const said of ['hola, quiero que me llamen', 'me llamo Ana Gutiérrez', '713 555 0188']) await h.say(said);
    await h.say('se me están durmiendo las piernas y no puedo caminar');
    expect(texts(await h.say('please help'))).toEqual([ms.emergencyFollowUp]);
    const resumed = texts(await h.say('ya llamé, gracias'));
    expect(resumed).toContain(ms.formResume);
    expect(resumed.at(-1)).toBe(knowledge.contact.spanish.askEmail);
  });
});

describe('an emergency in the message that asks for a call (blind form review 59)', () => {
  it('gets 911 alone first, keeps the call-back request on hold, and the next messages fill it in and save it', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const first = texts(
      await h.say(
        'Can someone call me? I had vertebroplasty last week and since this morning my legs feel weak and numb',
      ),
    );
    expect(first).toEqual([m.emergencyFollowUp, m.emergency, m.formOnHold]);
    const resumed = texts(await h.say('ok, my son is taking me, but I still want the spine team to call me'));
    expect(resumed).toContain(m.formResume);
    expect(resumed.at(-1)).toBe(knowledge.contact.askName);
    for (const answer of ['Linda Parker', '713-555-0142', 'skip', 'Any time', 'skip', 'yes', 'Yes, send it'])
      await h.say(answer);
    expect(inquiries.saved).toHaveLength(1);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Linda Parker',
      phone: '+17135550142',
      preferredTime: 'Any time',
    });
  });

  it('in Spanish, the request waits in Spanish and the name typed next is kept', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const first = texts(
      await h.say('quiero que me llamen, desde ayer no siento bien las piernas y me duele mucho la espalda'),
    );
    expect(first.at(-1)).toBe(ms.formOnHold);
    expect(first).toContain(ms.emergency);
    const resumed = texts(await h.say('Rosa Elena Martínez'));
    expect(resumed).toContain(ms.formResume);
    for (const answer of ['713 555 0139', 'no tengo correo', 'en la mañana', 'omitir', 'si', 'si, envíalo'])
      await h.say(answer);
    expect(inquiries.saved[0]).toMatchObject({ name: 'Rosa Elena Martínez', phone: '+17135550139' });
  });

  it('an emergency with no call asked for gets the 911 reply alone, and no form waits', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say("since this morning my legs feel weak and numb, I can't walk"))).toEqual([
      m.emergencyFollowUp,
      m.emergency,
    ]);
    expect(texts(await h.say('Linda Parker')).at(-1)).not.toBe(knowledge.contact.askPhone);
  });
});

describe('"estoy confundida con las citas" with a request for a call (blind form review 59)', () => {
  it('starts the form in Spanish, with no 911', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(
      await h.say('hola estoy confundida con las citas, no se si mi cita es el 12 o el 21, me pueden llamar?'),
    );
    expect(replies.join(' ')).not.toContain('911');
    expect(replies.at(-1)).toBe(knowledge.contact.spanish.askName);
  });
});

describe('"para quién es la vertebroplastia" (round 44, blind set 30 tune part)', () => {
  it('gets the Spanish answer on who it is for', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const candidates = knowledge.spanish.faq.find((e) => e.id === 'candidates')!.answer;
    expect(texts(await h.say('para quién es la vertebroplastia'))).toContain(candidates);
  });
});

describe('the signs already answered with 911, typed again as the topic (blind form review 60)', () => {
  it('are the topic: a short reminder, no second hold, and the request is saved', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say("can someone call me back, my legs are numb and i can't control my bladder since the procedure");
    for (const answer of ['Harold Jenkins', '713-555-0142', 'skip', 'Morning']) await h.say(answer);
    const replies = texts(await h.say('numb legs and bladder problem after the procedure'));
    expect(replies).not.toContain(m.formOnHold);
    expect(replies).toContain(m.emergencyFirst);
    expect(replies.at(-1)).toBe(knowledge.contact.askConsent);
    for (const answer of ['Yes', 'Yes, send it']) await h.say(answer);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Harold Jenkins',
      message: 'numb legs and bladder problem after the procedure',
    });
  });

  it('a new emergency typed as the topic still gets the full 911 reply and the hold', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say("can someone call me back, my legs are numb and i can't control my bladder since the procedure");
    for (const answer of ['Harold Jenkins', '713-555-0142', 'skip', 'Morning']) await h.say(answer);
    const replies = texts(await h.say('now I have crushing chest pain'));
    expect(replies).toContain(m.emergency);
    expect(replies.at(-1)).toBe(m.formOnHold);
  });
});

describe('what to do while waiting, after "call 911 now" (blind review 111: carbon monoxide, heat and cold got 911 alone)', () => {
  it.each([
    ['the generator is running in the garage and we all have headaches and feel dizzy', m.coFreshAir],
    [
      'my husband was mowing in the heat all afternoon, now hes acting strange and his skin is hot and dry',
      m.heatFirstAid,
    ],
    ['the power went out and grandpa is ice cold and hard to wake', m.coldFirstAid],
    ['mi abuela estuvo en el sol todo el dia y ahora dice locuras', ms.heatFirstAid],
  ])('"%s" gets 911 now, then what to do while waiting', async (text, line) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = texts(await h.say(text));
    expect(replies[0]).toBe(text.startsWith('mi ') ? ms.emergencyFollowUp : m.emergencyFollowUp);
    expect(replies).toContain(line);
  });
});

describe('triage in conversation: round 46 (911 first again after an overdose in a form)', () => {
  it('the message that goes on with the form after an overdose gets "call 911" before the Lifeline', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('call me');
    expect(texts(await h.say('I just took the whole bottle of my oxycodone')).at(-1)).toBe(m.formOnHold);
    expect(texts(await h.say('Rosa Martinez'))).toEqual([
      m.emergencyFirst,
      m.crisisCheckIn,
      m.formResume,
      knowledge.contact.askPhone,
    ]);
  });
});

describe('triage in conversation: round 48, a statement right after 988', () => {
  it('"no I have not done anything, just tired" gets the Lifeline check-in, not a page answer (review 127b)', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say("honestly I pray every night for God to take me, I'm tired of this pain and being a burden");
    expect(texts(await h.say('no I have not done anything, just tired'))).toEqual([m.crisisCheckIn]);
  });

  it('a question right after 988 still gets its answer', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('i want to kill myself');
    expect(texts(await h.say('how long is bed rest?')).join(' ')).not.toContain('988');
  });
});

describe('triage in conversation: round 52, "I took my pills" typed alone', () => {
  it('is no crisis on its own', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('I took my pills')).join(' ')).not.toContain('988');
  });

  it('right after a crisis reply it gets the Lifeline again', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say("I don't want to be alive anymore, I have all my pills here");
    expect(texts(await h.say('I took my pills')).join(' ')).toContain('988');
  });
});
