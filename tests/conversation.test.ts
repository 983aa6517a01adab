import { MemoryStorage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buttons, createHarness, knowledge, RecordingInquiries } from './helpers/botHarness.js';
import { EMERGENCY_SENTENCE } from './helpers/knowledgeCopy.js';

const m = knowledge.messages;
const ms = knowledge.spanish.messages;
const EMERGENCY = EMERGENCY_SENTENCE;
const answerOf = (id: string) => knowledge.faq.find((e) => e.id === id)!.answer;

/** MemoryStorage that counts writes, to see which turns cost a state write. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

describe('conversation outside the form', () => {
  const es = (id: string) => knowledge.spanish.faq.find((e) => e.id === id)!;

  it.each([
    ['voy a estar despierto?', 'sedation'],
    ['cuando puedo regresar a casa', 'discharge'],
    ['cuanto tiempo dura el procedimiento?', 'procedure-length'],
    ['el cemento se pone duro rapido?', 'cement'],
    // Spanglish: the English words find the entry; the reply is still in Spanish.
    ['cuanto tiempo de bed rest despues?', 'bed-rest'],
    // "tarda" is how long something takes: the recovery here, not the procedure (review 94).
    ['cuanto tarda la recuperacion de mi papá?', 'normal-activities'],
    // Spanglish whose English words are surer than its Spanish ones ("acostada" alone reads as bed rest).
    ['mi mama tiene que estar acostada face down todo el procedure?', 'positioning'],
    ['se tiene que quedar acostado on his belly toda la procedure', 'positioning'],
  ])('a Spanish question ("%s") gets the Spanish answer, with Spanish buttons', async (text, id) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say(text);
    expect(replies.map((r) => r.text)).toEqual([es(id).answer]);
    expect(buttons(replies[0]!)).toContain(ms.contactButton);
    expect(buttons(replies[0]!)).not.toContain(m.contactButton);
  });

  it('a Spanish button pressed after an answer, even one that reads as English, is answered in Spanish', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const first = await h.say('cuando me puedo ir a casa?');
    expect(first.map((r) => r.text)).toEqual([es('discharge').answer]);
    expect(buttons(first[0]!)).toContain(es('bed-rest').title);
    expect((await h.say(es('bed-rest').title)).map((r) => r.text)).toEqual([es('bed-rest').answer]);
  });

  it('a Spanish question the page does not answer gets the fallback in Spanish, with Spanish topics', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say('cuanto cuesta la vertebroplastia con medicare?');
    expect(replies.map((r) => r.text)).toEqual([ms.fallback, ms.fallbackTopicsPrompt]);
    expect(ms.fallback).toContain('(713) 222-CARE');
    expect(buttons(replies[1]!)).toEqual([...m.fallbackTopics.map((id) => es(id).title), ms.contactButton]);
  });

  it.each([
    ['que pasa si me duele el pecho despues?', ms.warningSignEmergency],
    ['cuales son las señales de alarma despues del procedimiento?', ms.warningSigns],
  ])('a Spanish question about warning signs ("%s") is told when to call 911 in Spanish', async (text, said) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say(text);
    expect(replies.map((r) => r.text)).toEqual([said]);
    expect(buttons(replies[0]!)).toEqual([ms.contactButton]);
  });

  it('the Spanish call-back button starts the form in Spanish', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect((await h.say(ms.contactButton)).map((r) => r.text)).toEqual([
      knowledge.contact.spanish.intro,
      knowledge.contact.spanish.askName,
    ]);
  });

  it.each(['hola', 'buenas tardes', 'hay alguien ahí?'])(
    'a Spanish greeting ("%s") is greeted in Spanish with Spanish topic buttons, and no "I don\'t know"',
    async (text) => {
      const h = createHarness({ inquiries: new RecordingInquiries() });
      const replies = await h.say(text);
      expect(replies.map((r) => r.text)).toEqual([ms.greeting]);
      expect(buttons(replies[0]!)).toEqual(m.welcomeTopics.map((id) => es(id).title));
    },
  );

  it('an English question without an answer gets the fallback alone', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect((await h.say('can i drive after')).map((r) => r.text)[0]).toBe(m.fallback);
  });

  it('answers questions without writing conversation state; a form writes it', async () => {
    const storage = new CountingStorage();
    const h = createHarness({ inquiries: new RecordingInquiries(), storage });
    for (const question of ['will I be awake?', 'how long is bed rest', 'how much does it cost', 'hi']) {
      expect((await h.say(question)).length).toBeGreaterThan(0);
    }
    expect(storage.writes).toBe(0);
    expect((await h.say('can someone call me back')).map((r) => r.text)).toEqual([
      knowledge.contact.intro,
      knowledge.contact.askName,
    ]);
    expect(storage.writes).toBe(1);
  });

  it('welcomes a new user once, with topic buttons and the not-for-emergencies line', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const update = { type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] };
    const replies = await h.send(update);
    expect(replies.map((r) => r.text)).toEqual([m.welcome, m.notForEmergencies, m.welcomeTopicsPrompt]);
    expect(replies[1]!.text).toContain('call 911');
    expect(buttons(replies[2]!)).toEqual([
      'What is vertebroplasty?',
      'Will I be awake?',
      'How long the procedure takes',
      'Getting back to normal',
      m.contactButton,
    ]);
    expect(await h.send(update)).toEqual([]);
  });

  // [user says, what the bot's replies must contain, in order]
  const table: Array<[string, string[]]> = [
    ['will I be awake?', [answerOf('sedation')]],
    ['Will I be awake?', [answerOf('sedation')]],
    ['sedaton', [answerOf('sedation')]],
    ['bedrest how long', [answerOf('bed-rest')]],
    // Two questions, each with a clear answer: both answered, in order.
    ['will it hurt? how long is recovery?', [answerOf('pain-relief'), answerOf('normal-activities')]],
    ['how long does it take? will I be awake?', [answerOf('procedure-length'), answerOf('sedation')]],
    ['how long does the whole thing take', [answerOf('procedure-length')]],
    ['when can I lift my grandkids again', [answerOf('lifting-activity')]],
    ['hi', [m.greeting]],
    ['thanks', [m.thanks]],
    // Typed alone, "help" or "help me" may be a cry for help: 911 comes before the menu.
    ['help', [m.helpCry, m.help]],
    ['menu', [m.help]],
    ['help me', [m.helpCry, m.help]],
    ['HELP PLEASE!!!', [m.helpCry, m.help]],
    // A Spanish request gets the menu in Spanish.
    ['ayuda por favor', [ms.helpCry, ms.help]],
    ['pls hlp', [m.helpCry, m.help]],
    ['help ayudaaa', [ms.helpCry, ms.help]],
    ['opciones', [ms.help]],
    ['gracias', [ms.thanks]],
    ['ok gracias', [ms.thanks]],
    ['adiós', [ms.goodbye]],
    ['no gracias', [ms.goodbye]],
    ['bye', [m.goodbye]],
    // A goodbye with its thanks is a goodbye (blind review 122a and form review 69 got "I don't know").
    ['no thanks, bye', [m.goodbye]],
    ['ok gracias, adiós', [ms.goodbye]],
    ['how much does it cost', [m.fallback, m.fallbackTopicsPrompt]],
    ['does my insurance cover this', [m.fallback, m.fallbackTopicsPrompt]],
    ["what's the weather tomorrow", [m.fallback, m.fallbackTopicsPrompt]],
    ['my dad cant breathe', [m.emergencyFollowUp, EMERGENCY]],
    ['CHEST PAIN after the procedure', [m.emergencyFollowUp, EMERGENCY]],
    ['I fell and fractured my spine, can this help?', [answerOf('conditions-treated')]],
  ];
  it.each(table)('"%s"', async (userSays, expected) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say(userSays);
    expect(replies.map((r) => r.text)).toEqual(expected);
  });

  it("after \"I don't know\", offers the page's topics that came close, in the question's language", async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const english = await h.say('can i drive myself home after');
    expect(english.map((r) => r.text)).toEqual([m.fallback, m.relatedTopicsPrompt]);
    expect(buttons(english[1]!)).toEqual([knowledge.faq.find((e) => e.id === 'discharge')!.title, m.contactButton]);
    const spanish = await h.say('puedo manejar de regreso a la casa despues?');
    expect(spanish.map((r) => r.text)).toEqual([ms.fallback, ms.relatedTopicsPrompt]);
    expect(buttons(spanish[1]!)).toEqual([
      knowledge.spanish.faq.find((e) => e.id === 'discharge')!.title,
      ms.contactButton,
    ]);
  });

  it('offers related questions and a call-back with each answer, and a button answers its question', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const [answer] = await h.say('will i be asleep');
    expect(buttons(answer!)).toEqual([
      'How you lie during the procedure',
      'Imaging guidance',
      'How long the procedure takes',
      m.contactButton,
    ]);
    const [next] = await h.say('How you lie during the procedure');
    expect(next!.text).toBe(answerOf('positioning'));
  });

  it('asks "Did you mean" with buttons when two entries are close', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say('sedation and bed rest');
    expect(replies[0]!.text).toBe(m.didYouMean);
    expect(buttons(replies[0]!).length).toBeGreaterThanOrEqual(3);
    expect(buttons(replies[0]!)).toContain(m.contactButton);
  });

  it('says it does not know, lists what it can answer and offers a call', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say('is there parking near the hospital');
    expect(replies[0]!.text).toContain("I don't know");
    expect(buttons(replies[1]!)).toContain(m.contactButton);
    expect(buttons(replies[1]!)).toContain('What is vertebroplasty?');
  });

  it('answers a message without text kindly and survives odd input', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(
      (
        await h.send({
          type: 'message',
          attachments: [{ contentType: 'image/png', contentUrl: 'http://localhost/x.png' }],
        })
      ).map((r) => r.text),
    ).toEqual([m.nonText]);
    expect((await h.say('   ')).map((r) => r.text)).toEqual([m.empty]);
    expect((await h.say('🙂🙂')).map((r) => r.text)).toEqual([m.fallback, m.fallbackTopicsPrompt]);
    expect((await h.say('x'.repeat(10_000))).length).toBeGreaterThan(0);
    expect(await h.send({ type: 'someFutureActivityType' })).toEqual([]);
  });

  it('removes a Teams @mention before matching, and uses hero cards in group chats', async () => {
    const h = createHarness({
      inquiries: new RecordingInquiries(),
      template: {
        channelId: 'msteams',
        conversation: { id: 'teams-group', conversationType: 'groupChat', isGroup: true, name: '' },
      },
    });
    const mention = { type: 'mention', mentioned: { id: 'bot', name: 'Bot' }, text: '<at>Bot</at>' };
    const replies = await h.say('<at>Bot</at> will I be awake?', {
      entities: [mention],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(replies[0]!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect((replies[0]!.attachments?.[0]?.content as { text: string }).text).toBe(answerOf('sedation'));
    expect(buttons(replies[0]!)).toContain(m.contactButton);
  });
});

describe('the reader language: "ok" is answered in the language the person writes in (review 79)', () => {
  const texts = (replies: Array<{ text?: string }>) => replies.map((r) => r.text);

  it('after Spanish, a message whose words tell no language gets Spanish; after English again, English', async () => {
    const storage = new CountingStorage();
    const h = createHarness({ inquiries: new RecordingInquiries(), storage });
    await h.say('¿me van a dormir?');
    expect(texts(await h.say('ok'))).toEqual([ms.yesAlone]);
    expect(texts(await h.say('👍'))[0]).toBe(ms.fallback);
    // Kept once; the Spanish turns after it write nothing more.
    expect(storage.writes).toBe(1);
    await h.say('how long is bed rest?');
    expect(texts(await h.say('ok'))).toEqual([m.yesAlone]);
  });

  it('after a Spanish emergency reply, "ok" is answered in Spanish: one reminder to call, then the usual reply', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('a mi abuela se le cayó la cara y no puede hablar'))[0]).toBe(ms.emergencyFollowUp);
    expect(texts(await h.say('ok'))).toEqual([ms.emergencyCheckIn]);
    expect(texts(await h.say('ok'))).toEqual([ms.yesAlone]);
  });

  it('a phone number typed alone in a Spanish conversation starts the form in Spanish', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('¿cuánto dura el procedimiento?');
    expect(texts(await h.say('713 555 0199')).at(-1)).toBe(knowledge.contact.spanish.askName);
  });

  it("with nothing written yet, the channel's Spanish locale decides", async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('ok', { locale: 'es-US' }))).toEqual([ms.yesAlone]);
    expect(texts(await h.say('ok', { locale: 'en-US' }))).toEqual([m.yesAlone]);
  });
});

describe('a greeting or an introduction before the question (round 36)', () => {
  const spanishAnswerOf = (id: string) => knowledge.spanish.faq.find((e) => e.id === id)!.answer;
  it.each([
    ["Good morning. I'm a retired nurse. What criteria are used to select patients for vertebroplasty?", 'candidates'],
    ['Good afternoon, I would like to know if I will be awake during the procedure', 'sedation'],
  ])('"%s" gets the answer (%s), not "I don\'t know"', async (text, id) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect((await h.say(text))[0]?.text).toBe(answerOf(id));
  });

  it('"Buenos días. Tengo 82 años. ¿Voy a estar dormida?" gets the Spanish answer', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say('Buenos días. Tengo 82 años. ¿Voy a estar dormida?');
    expect(replies[0]?.text).toBe(spanishAnswerOf('sedation'));
  });
});

describe('a story, then "what I want to know is" and the question (round 43, blind set 29a)', () => {
  it.each([
    [
      'my dad is 85 and the spine doctor wants to put cement in his broken bone, so what I want to know is how long he has to lie flat afterwards',
      'bed-rest',
    ],
    [
      'my mother had a fall and cracked a vertebra and they want to do the cement procedure, what I want to know is will she be asleep',
      'sedation',
    ],
  ])('"%s" gets the answer to the question (%s)', async (text, id) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect((await h.say(text))[0]?.text).toBe(answerOf(id));
  });

  it('"…lo que quiero saber es cuánto tiempo dura" gets the Spanish answer on how long it takes', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say(
      'mi mamá tiene 80 años y le van a poner cemento en la espalda, lo que quiero saber es cuánto tiempo dura',
    );
    expect(replies[0]?.text).toBe(knowledge.spanish.faq.find((e) => e.id === 'procedure-length')!.answer);
  });
});

describe('a long message whose last sentence asks (round 62, blind set 53a)', () => {
  it.each([
    [
      "Hello. I'm 76 and my doctor keeps saying vertebroplasty about my broken back. My daughter is driving me. What kind of cement do they put in, and how fast does it harden?",
      'cement',
    ],
    [
      'Good evening. My husband is 81 and his doctor recommended vertebroplasty after a fall. He worries about everything. Will he be able to go home the same day?',
      'discharge',
    ],
    [
      'My mother is 78 and hates sitting still. After the cement is injected, does she have to lie down for a while before she can get up? For how long?',
      'bed-rest',
    ],
  ])('"%s" gets the answer to its closing question (%s)', async (text, id) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect((await h.say(text))[0]?.text).toBe(answerOf(id));
  });
});

describe('the danger of a step the page describes, or care at home, is a topic the page lacks (round 36)', () => {
  it.each([
    'is it dangerous to be awake during it',
    'is it risky to get a second injection',
    'es peligroso el procedimiento?',
    'can I shower the same day I go home',
    '¿puedo tomarme una cerveza el día que salgo?',
    'sacroplasty vs vertebroplasty',
  ])('"%s" gets the honest "I don\'t know" with the call offer, not the step\'s answer', async (text) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const first = (await h.say(text))[0]?.text;
    expect([m.fallback, ms.fallback]).toContain(first);
  });

  it('"is it dangerous to leave the fracture untreated?" is still the page\'s answer about an untreated fracture', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect((await h.say('is it dangerous to leave the fracture untreated?'))[0]?.text).toBe(
      answerOf('untreated-fracture'),
    );
  });
});

describe('conversation: a 911 sign asked about as a risk (reviews 115a, 115b)', () => {
  it.each([
    ['could I end up paralyzed from this procedure?', m.warningSignRisk],
    ['is there a risk of a heart attack during the procedure?', m.warningSignRisk],
    ['my dad is 80, does the sedation raise his stroke risk?', m.warningSignRisk],
    ['¿puedo quedar paralizado con este procedimiento?', ms.warningSignRisk],
    ['what if my legs go numb after the procedure?', m.warningSignEmergency],
  ])('"%s" gets the reply that fits the question', async (asked, expected) => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say(asked);
    expect(replies[0]?.text).toBe(expected);
  });
});
