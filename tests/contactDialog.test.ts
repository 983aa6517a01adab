import { describe, expect, it } from 'vitest';
import { buttons, createHarness, knowledge, RecordingInquiries } from './helpers/botHarness.js';
import { KeyRecordingStorage } from './helpers/keyRecordingStorage.js';
import { CALL_911_NOW } from './helpers/knowledgeCopy.js';

const t = knowledge.contact;
const m = knowledge.messages;
const ms = knowledge.spanish.messages;
const bedRest = knowledge.faq.find((e) => e.id === 'bed-rest')!.answer;

type Step = 'name' | 'phone' | 'email' | 'time' | 'message' | 'consent' | 'confirm';
const steps: Step[] = ['name', 'phone', 'email', 'time', 'message', 'consent', 'confirm'];
const normalizeName = (name: string | undefined) => name?.toLowerCase();
const goodAnswer: Record<Step, string> = {
  name: 'Maria Lopez',
  phone: '713-555-0123',
  email: 'maria@example.com',
  time: 'Evening',
  message: 'Questions about recovery',
  consent: 'yes',
  confirm: 'Yes, send it',
};
const ask: Record<Step, string> = {
  name: t.askName,
  phone: t.askPhone,
  email: t.askEmail,
  time: t.askTime,
  message: t.askMessage,
  consent: t.askConsent,
  confirm: t.askConfirm,
};
const retry: Record<Step, string> = {
  name: t.retryName,
  phone: t.retryPhone,
  email: t.retryEmail,
  time: t.retryTime,
  message: t.retryMessage,
  consent: t.retryConsent,
  confirm: t.retryConfirm,
};
const badAnswer: Record<Step, string> = {
  name: '12345',
  phone: 'call me maybe',
  email: 'maria at example',
  time: 'purple',
  message: 'x'.repeat(600),
  consent: 'banana',
  confirm: 'banana',
};

/** Starts the form and answers every step before `step`; returns the harness waiting at `step`. */
async function formAt(step: Step, inquiries = new RecordingInquiries(), storage = new KeyRecordingStorage()) {
  const h = createHarness({ inquiries, storage });
  const start = await h.say('can someone call me');
  expect(start.map((r) => r.text)).toEqual([t.intro, t.askName]);
  for (const s of steps.slice(0, steps.indexOf(step))) await h.say(goodAnswer[s]);
  return { h, inquiries, storage };
}

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text);

describe('contact form', () => {
  it('collects the details, shows a summary, saves, then thanks with the page words', async () => {
    const { h, inquiries, storage } = await formAt('name');
    // [user says, the bot's replies in order]
    const table: Array<[string, string[]]> = [
      ['Maria Lopez', [t.askPhone]],
      ['(713) 555-0123', [t.askEmail]],
      ['Maria@Example.com', [t.askTime]],
      ['Evening', [t.askMessage]],
      ['Questions about recovery', [t.askConsent]],
      ['yes', [expect.stringContaining('Name: Maria Lopez') as unknown as string, t.askConfirm]],
      ['Yes, send it', [t.thankYou, t.immediateHelp]],
    ];
    for (const [userSays, expected] of table) expect(texts(await h.say(userSays))).toEqual(expected);
    expect(t.thankYou).toBe(
      'Thank you for contacting Memorial Hermann. We have received your inquiry, and a team member will contact you soon.',
    );
    expect(t.immediateHelp).toBe('If you need more immediate assistance, please call us at (713) 222-CARE.');
    expect(inquiries.saved).toHaveLength(1);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Maria Lopez',
      phone: '+17135550123',
      email: 'maria@example.com',
      preferredTime: 'Evening',
      message: 'Questions about recovery',
      consentGiven: true,
    });
    expect(inquiries.saved[0]!.consentAt).toBeInstanceOf(Date);
    // The dialog's copy of the details is gone from conversation state.
    expect(JSON.stringify(await storage.read([...storage.keys]))).not.toMatch(/Maria|5550123|example\.com/);
  });

  it('shows the summary with the phone number formatted and offers yes / change / cancel', async () => {
    const { h } = await formAt('consent');
    const replies = await h.say('yes');
    expect(replies[0]!.text).toContain('Phone: (713) 555-0123');
    expect(replies[0]!.text).toContain('Email: maria@example.com');
    expect(buttons(replies[1]!)).toEqual(t.confirmChoices);
  });

  it('offers the four times as buttons', async () => {
    const { h } = await formAt('time');
    const replies = await h.say('what times can I pick?');
    expect(buttons(replies.at(-1)!)).toEqual(t.timeChoices);
  });

  it('accepts "skip" for the optional email and message', async () => {
    const { h, inquiries } = await formAt('email');
    await h.say('skip');
    await h.say('Any time');
    await h.say('no thanks');
    const summary = await h.say('yes');
    expect(summary[0]!.text).toContain(`Email: ${t.summaryNotGiven}`);
    await h.say('Yes, send it');
    expect(inquiries.saved[0]).toMatchObject({ email: null, message: null, preferredTime: 'Any time' });
  });

  it('lets the patient change a detail from the summary', async () => {
    const { h, inquiries } = await formAt('confirm');
    expect(texts(await h.say('Change something'))).toEqual([t.askWhichField]);
    expect(texts(await h.say('Phone'))).toEqual([t.askPhone]);
    const summary = await h.say('281 555 0199');
    expect(summary[0]!.text).toContain('Phone: (281) 555-0199');
    await h.say('Yes, send it');
    expect(inquiries.saved[0]).toMatchObject({ phone: '+12815550199', name: 'Maria Lopez' });
  });

  it.each(steps)('at the %s step: a wrong answer gets a re-prompt that says what is expected', async (step) => {
    const { h } = await formAt(step);
    const replies = texts(await h.say(badAnswer[step]));
    expect(replies[0]).toBe(retry[step]);
    expect(texts(await h.say(goodAnswer[step])).length).toBeGreaterThan(0);
  });

  // Blind form review 11: people stop the form in their own words.
  it.each([
    ['phone', "actually never mind, I'll call them myself"],
    ['name', "no I just wanted information, don't call me"],
    ['email', 'I said never mind'],
    ['time', "I don't want a call anymore"],
    ['confirm', 'mejor no, gracias, cancela'],
    ['consent', 'this is too complicated, forget it'],
    ['message', 'ya no, olvídelo'],
    // blind form review 13, at the summary
    ['confirm', "never mind, don't send it"],
    ['confirm', 'no, mejor no lo mandes'],
    // blind form review 14
    ['email', 'ya no, gracias, lo dejo'],
    // blind form review 16
    ['phone', 'ya no, lo cancelo'],
    ['confirm', 'no, cancelar'],
    // blind form review 17: a cancel at the end of a sentence, deleting the details
    ['phone', 'never mind, cancel'],
    ['confirm', 'hmm, actually no, cancel'],
    ['confirm', 'actually no, I changed my mind. delete my info please'],
    // blind form review 24: British "ring"
    ['time', "cancel, I'll ring the hospital myself"],
    // round 48: "contacted", the permission question's own word
    ['message', "hmm actually no, I don't want to be contacted, I'll just call the office myself"],
    ['phone', 'no quiero que me contacten, gracias'],
    ['time', 'please do not contact me'],
  ] as const)('at the %s step: "%s" ends the form and nothing is saved', async (step, text) => {
    const { h, inquiries } = await formAt(step);
    expect(texts(await h.say(text))).toEqual([t.cancelled]);
    await h.say('Yes, send it');
    expect(inquiries.saved).toHaveLength(0);
  });

  // blind form review 17: a question at the best-time question is no best time, unless it says one
  it('"how long before he can drive after this?" at the time question is declined and the time asked again', async () => {
    const { h, inquiries } = await formAt('time');
    expect(texts(await h.say('how long before he can drive after this?'))).toEqual([t.questionNotAnswered, t.askTime]);
    await h.say('afternoons');
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.preferredTime).toBe('Afternoon');
  });

  it('"can you call in the afternoon?" at the time question is the best time', async () => {
    const { h, inquiries } = await formAt('time');
    expect(texts(await h.say('can you call in the afternoon?'))).toEqual([t.askMessage]);
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    // The one choice it names, not the sentence (form review 37 kept "doesn't matter, any time" as typed).
    expect(inquiries.saved[0]?.preferredTime).toBe('Afternoon');
  });

  // blind form review 17: a confirmation at the name question, spaces in an email, a skip with an apology, "yes" as topic
  it('"Sí, envíalo" at the name question is no name', async () => {
    const { h } = await formAt('name');
    expect(texts(await h.say('Sí, envíalo'))).toEqual([t.retryName]);
  });

  it.each([
    ['gary . whitfield @ yahoo . com', 'gary.whitfield@yahoo.com'],
    ['no email sorry', null],
    ['no tengo correo, perdón', null],
  ])('"%s" at the email question stores %s', async (typed, email) => {
    const { h, inquiries } = await formAt('email');
    expect(texts(await h.say(typed))).toEqual([t.askTime]);
    for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.email).toBe(email);
  });

  it('"yes" typed at the topic question, again and again, stores no topic', async () => {
    const { h, inquiries } = await formAt('message');
    for (let i = 0; i < 3; i++) await h.say('yes');
    for (const s of steps.slice(steps.indexOf('consent'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.message).toBeNull();
  });

  // blind form review 17: after sending, the request cannot be taken back here; the team can, and no new form starts
  it.each([
    ["please delete my request, I'll call the clinic myself", m.withdraw],
    ["please don't call me", m.withdraw],
    ['ya no me llamen', ms.withdraw],
    ['can you delete everything you have about me?', m.dataRequest],
    ['¿qué hacen con mis datos?', ms.dataRequest],
  ])('after a request is sent, "%s" says how to withdraw it or have it deleted', async (text, reply) => {
    const { h, inquiries } = await formAt('confirm');
    await h.say('Yes, send it');
    expect(texts(await h.say(text))).toEqual([reply]);
    expect(inquiries.saved).toHaveLength(1);
  });

  it('"don\'t call me before 10am" at the time question is a best time, not a cancel', async () => {
    const { h, inquiries } = await formAt('time');
    await h.say("don't call me before 10am");
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.preferredTime).toContain('10');
  });

  it.each(steps)('at the %s step: "cancel" ends the form and nothing is saved', async (step) => {
    const { h, inquiries } = await formAt(step);
    expect(texts(await h.say('cancel'))).toEqual([t.cancelled]);
    expect(inquiries.saved).toHaveLength(0);
    // The next message is an ordinary question again.
    expect(texts(await h.say('how long is bed rest?'))).toEqual([bedRest]);
  });

  it.each(steps)(
    'at the %s step: "help" says to call 911 now if something is wrong, explains the step and asks again',
    async (step) => {
      const { h } = await formAt(step);
      const replies = texts(await h.say('help'));
      expect(replies[0]).toBe(m.helpCry);
      expect(replies[1]).toBe(t.stepHelp[step]);
      expect(replies.at(-1)).toBe(ask[step]);
    },
  );

  it('"help me" in the form says to call 911 now if something is wrong, then explains the step and asks again', async () => {
    const { h, inquiries } = await formAt('phone');
    const replies = texts(await h.say('help me'));
    expect(replies).toEqual([knowledge.messages.helpCry, t.stepHelp.phone, ask.phone]);
    expect(inquiries.saved).toHaveLength(0);
  });

  it.each(steps.filter((s) => s !== 'message'))(
    'at the %s step: an emergency gets 911 first, the form waits with nothing lost, and nothing of it is stored',
    async (step) => {
      const { h, inquiries } = await formAt(step);
      const replies = texts(await h.say("I can't feel my legs"));
      expect(replies[0]).toBe(CALL_911_NOW);
      expect(replies).not.toContain(ask[step]);
      expect(replies.at(-1)).toBe(m.formOnHold);
      // The next message ("ok he's ok now") is not taken as an answer: the question comes again (at the summary, with
      // the summary above it).
      const again = texts(await h.say("ok he's ok now"));
      expect([...again.slice(0, 2), again.at(-1)]).toEqual([m.emergencyFirst, m.formResume, ask[step]]);
      expect(again).toHaveLength(step === 'confirm' ? 4 : 3);
      expect(inquiries.saved).toHaveLength(0);
      for (const s of steps.slice(steps.indexOf(step))) await h.say(goodAnswer[s]);
      expect(inquiries.saved).toHaveLength(1);
      expect(JSON.stringify(inquiries.saved[0])).not.toMatch(/feel my legs/);
    },
  );

  it('at the message step: a sign typed as the topic gets 911 first, then is the topic (form review 52 lost it)', async () => {
    const { h, inquiries } = await formAt('message');
    const replies = texts(await h.say("I can't feel my legs"));
    expect(replies[0]).toBe(CALL_911_NOW);
    expect(replies.at(-1)).toBe(m.formOnHold);
    const again = texts(await h.say("ok he's ok now"));
    expect(again).toEqual([m.emergencyFirst, m.formResume, t.askConsent]);
    for (const s of steps.slice(steps.indexOf('consent'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.message).toBe("I can't feel my legs");
  });

  it.each([
    ['9-1-1', 'phone'],
    ['9 1 1', 'name'],
    ['my grandpa is ODing', 'consent'],
    ["he OD'd on his oxy", 'email'],
  ] as const)('"%s" at the %s step gets 911 first and puts the form on hold', async (text, step) => {
    const { h } = await formAt(step);
    const replies = texts(await h.say(text));
    expect(replies[0]).toBe(CALL_911_NOW);
    expect(replies.at(-1)).toBe(m.formOnHold);
  });

  it('a Spanish form on hold after a Spanish emergency says so in Spanish, and comes back in Spanish', async () => {
    const es = t.spanish;
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('quiero que me llamen');
    await h.say('María Núñez');
    const replies = texts(await h.say('mi esposo no puede respirar'));
    expect(replies[0]).toBe(ms.emergencyFollowUp);
    expect(replies.at(-1)).toBe(ms.formOnHold);
    expect(texts(await h.say('ya está bien'))).toEqual([ms.emergencyFirst, ms.formResume, es.askPhone]);
  });

  it.each(['Rosa Delia Martinez', 'delia fuentes'])(
    'a name at the name question is read as a name, not as a typo of a symptom ("%s")',
    async (name) => {
      const { h } = await formAt('name');
      expect(texts(await h.say(name))).toEqual([ask.phone]);
    },
  );

  it.each(['my husband colapsed', 'mi esposo se desmallo'])(
    'a sentence at the name question is still read for symptoms, typos and all ("%s")',
    async (text) => {
      const { h } = await formAt('name');
      const replies = texts(await h.say(text));
      expect(replies[0]).toBe(text.startsWith('mi') ? ms.emergencyFollowUp : CALL_911_NOW);
      expect(replies.at(-1)).toBe(text.startsWith('mi') ? ms.formOnHold : m.formOnHold);
    },
  );

  it('an English form on hold after a Spanish emergency comes back with the resume line in English, as its question', async () => {
    const { h } = await formAt('phone');
    const replies = texts(await h.say('mi esposo se acaba de desmayar y no responde'));
    expect(replies[0]).toBe(ms.emergencyFollowUp);
    expect(replies.at(-1)).toBe(ms.formOnHold);
    expect(texts(await h.say('ok gracias'))).toEqual([ms.emergencyFirst, m.formResume, ask.phone]);
  });

  it('a phone number typed beside the emergency is kept: after the hold the form goes on past the phone question', async () => {
    const { h, inquiries } = await formAt('phone');
    const replies = texts(await h.say("713 555 0199 and my chest is so tight I can't breathe"));
    expect(replies[0]).toBe(CALL_911_NOW);
    expect(replies.at(-1)).toBe(m.formOnHold);
    expect(texts(await h.say('ok'))).toEqual([m.emergencyFirst, m.formResume, ask.email]);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved).toHaveLength(1);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550199' });
    expect(JSON.stringify(inquiries.saved[0])).not.toMatch(/chest|breathe/);
  });

  it('a phone number in the message that resumes the form is kept, at whatever question the form was', async () => {
    const { h, inquiries } = await formAt('name');
    expect(texts(await h.say("my husband collapsed and he isn't breathing")).at(-1)).toBe(m.formOnHold);
    // At the name question: the name is asked again, and the phone question will not come.
    expect(texts(await h.say("ok he's breathing now. 713-555-0142"))).toEqual([
      m.emergencyFirst,
      m.formResume,
      ask.name,
    ]);
    expect(texts(await h.say(goodAnswer.name))).not.toContain(ask.phone);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550142' });
  });

  it('after an emergency hold, a clear question is answered and the form question comes back', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say("I can't feel my legs")).at(-1)).toBe(m.formOnHold);
    const replies = texts(await h.say('how long is bed rest?'));
    expect(replies[0]).toBe(bedRest);
    expect(replies.at(-1)).toBe(ask.phone);
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved).toHaveLength(1);
  });

  it.each(steps.filter((s) => s !== 'message'))(
    'at the %s step: an FAQ question is answered and the step asked again',
    async (step) => {
      const { h } = await formAt(step);
      const replies = texts(await h.say('wait, how long is bed rest?'));
      expect(replies[0]).toBe(bedRest);
      expect(replies.at(-1)).toBe(ask[step]);
    },
  );

  // Blind form review 11: the topic asked as a question ("HOW LONG IN BED") is answered and kept as the topic;
  // asked again, a third "YES" had been stored as the topic.
  it('at the message step: an FAQ question is answered and kept as the topic of the call', async () => {
    const { h, inquiries } = await formAt('message');
    const replies = texts(await h.say('how long is bed rest?'));
    expect(replies[0]).toBe(bedRest);
    expect(replies.at(-1)).toBe(ask.consent);
    for (const s of steps.slice(steps.indexOf('consent'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.message).toBe('how long is bed rest?');
  });

  // [at the step, a question the page does not answer, what the bot says before asking again]
  it.each([
    ['email', 'is this covered by Medicare?', t.questionNotAnswered],
    ['time', 'will it be the doctor or a nurse calling?', t.questionNotAnswered],
    ['phone', '¿duele mucho el procedimiento?', t.spanish.questionNotAnswered],
    ['name', 'why do you need my name', t.stepHelp.name],
    ['email', 'why do you need my email?', t.stepHelp.email],
    ['consent', 'para qué necesitan eso?', t.stepHelp.consent],
    // blind form review 8
    ['consent', 'is my information kept private?', t.formAnswers.privacy!.answer],
    ['name', 'who will call me, a doctor or a nurse?', t.formAnswers.whoCalls!.answer],
    // blind form review 14: no promise beyond the form's own ("soon", at the best time given)
    ['time', 'how long will it take for them to call?', t.formAnswers.whenCalls!.answer],
    // blind form review 25: at the permission question a question got only "please answer yes or no"
    ['consent', 'what happens if I miss the call?', t.questionNotAnswered],
    // form review 36: "the team member who calls you can help" is no answer before permission is given
    ['consent', 'what does that mean exactly?', t.stepHelp.consent],
    // form review 46: "what number do you need" got the hospital's number as the answer
    ['phone', 'what number do you need, my cell?', t.formAnswers.whichNumber!.answer],
    ['phone', 'is it better the cell or home number?', t.formAnswers.whichNumber!.answer],
  ] as const)('at the %s step, "%s" is answered honestly and the step asked again', async (step, asked, said) => {
    const { h } = await formAt(step);
    expect(texts(await h.say(asked))).toEqual([said, ask[step]]);
  });

  it('questions never count as wrong answers: after three, a real email is still taken', async () => {
    const { h, inquiries } = await formAt('email');
    for (const asked of ['is this covered by Medicare?', 'where do I park?', 'why do you need my email?'])
      expect(texts(await h.say(asked)).at(-1)).toBe(ask.email);
    await h.say('maria@example.com');
    for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.email).toBe('maria@example.com');
  });

  it('at the topic step, a question the page does not answer is the topic', async () => {
    const { h, inquiries } = await formAt('message');
    expect(texts(await h.say('is this covered by Medicare?'))).toEqual([t.askConsent]);
    for (const s of steps.slice(steps.indexOf('consent'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.message).toBe('is this covered by Medicare?');
  });

  it('after three wrong phone numbers gives the hospital number and asks again, keeping the name', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('12'))).toEqual([t.retryPhone]);
    expect(texts(await h.say('abc'))).toEqual([t.retryPhone]);
    expect(texts(await h.say('55'))).toEqual([t.tooManyTries, t.askPhone]);
    expect(t.tooManyTries).toContain('(713) 222-CARE');
    expect(inquiries.saved).toHaveLength(0);
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved).toHaveLength(1);
    expect(inquiries.saved[0]?.name).toBe(goodAnswer.name);
  });

  it('without consent saves nothing and says so, after asking once more', async () => {
    const { h, inquiries } = await formAt('consent');
    expect(texts(await h.say('no'))).toEqual([t.askConsentAgain]);
    expect(texts(await h.say('no'))).toEqual([t.noConsent]);
    expect(inquiries.saved).toHaveLength(0);
  });

  it.each(['Actually, ok, yes you can store it', 'yes', 'bueno, sí, está bien'])(
    'after a first "no" at the permission question, "%s" goes on to the summary with nothing lost (form review 51)',
    async (again) => {
      const { h, inquiries } = await formAt('consent');
      await h.say('no');
      expect(texts(await h.say(again)).at(-1)).toBe(t.askConfirm);
      await h.say(goodAnswer.confirm);
      expect(inquiries.saved[0]).toMatchObject({ name: goodAnswer.name, phone: '+17135550123' });
    },
  );

  it('never thanks when the write fails: apologizes and gives the phone number', async () => {
    const failing = { save: async () => Promise.reject(new Error('[InquiryStore] disk full')) };
    const h = createHarness({ inquiries: failing });
    await h.say('call me');
    for (const s of steps) {
      const replies = texts(await h.say(goodAnswer[s]));
      if (s === 'confirm') expect(replies).toEqual([t.saveFailed]);
    }
    expect(t.saveFailed).toContain('(713) 222-CARE');
  });

  it('starts from the fallback offer button and from the answer to "contact us"', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say(m.contactButton))).toEqual([t.intro, t.askName]);
    const h2 = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h2.say('I want an appointment'))).toEqual([t.intro, t.askName]);
  });
});

describe('contact form: a detail corrected at a later question', () => {
  const corrected = (field: 'name' | 'phone' | 'email' | 'preferredTime', value: string) =>
    t.corrected.replace('{field}', t.fieldNames[field]).replace('{value}', value);

  /** Finishes the form from `step` with the good answers and returns what was saved. */
  async function finish(h: Awaited<ReturnType<typeof formAt>>['h'], inquiries: RecordingInquiries, from: Step) {
    for (const s of steps.slice(steps.indexOf(from))) await h.say(goodAnswer[s]);
    expect(inquiries.saved).toHaveLength(1);
    return inquiries.saved[0]!;
  }

  // [at the question, the person types, the detail changed, as the bot says it back, as it is saved]
  const table: Array<[Step, string, 'name' | 'phone' | 'email', string, string]> = [
    ['email', 'wait my number is actually 281-555-0199', 'phone', '(281) 555-0199', '+12815550199'],
    ['time', "sorry, I spelled my name wrong, it's Tom Nguyen-Tran", 'name', 'Tom Nguyen-Tran', 'Tom Nguyen-Tran'],
    ['message', 'oops, my email should be maria.l@example.org', 'email', 'maria.l@example.org', 'maria.l@example.org'],
    ['consent', 'perdón, mi número es 832 555 0111', 'phone', '(832) 555-0111', '+18325550111'],
    ['email', 'sorry I mean Barbara Wilson', 'name', 'Barbara Wilson', 'Barbara Wilson'],
    ['time', 'perdón, quise decir Ana María Pérez', 'name', 'Ana María Pérez', 'Ana María Pérez'],
    // blind form review 16
    ['phone', 'actually put Charles Patterson', 'name', 'Charles Patterson', 'Charles Patterson'],
  ];
  it.each(table)(
    'at the %s question, "%s" changes the %s, says so and asks the question again',
    async (step, says, field, shown, saved) => {
      const { h, inquiries } = await formAt(step);
      const replies = texts(await h.say(says));
      expect(replies[0]).toBe(corrected(field, shown));
      expect(replies.at(-1)).toBe(ask[step]);
      const inquiry = await finish(h, inquiries, step);
      expect(inquiry[field]).toBe(saved);
    },
  );

  it('at the topic question, "mejor después de las 4" changes the time and is no topic (blind form review 16)', async () => {
    const { h, inquiries } = await formAt('message');
    const replies = texts(await h.say('mejor después de las 4'));
    expect(replies[0]).toBe(corrected('preferredTime', 'después de las 4'));
    expect(replies.at(-1)).toBe(ask.message);
    for (const answer of ['skip', 'yes', 'Yes, send it']) await h.say(answer);
    expect(inquiries.saved[0]).toMatchObject({ preferredTime: 'después de las 4', message: null });
  });

  it('at the summary, a correction shows the summary again with the new value', async () => {
    const { h, inquiries } = await formAt('confirm');
    const replies = texts(await h.say('wait, my phone number is 281-555-0199 not 713'));
    expect(replies[0]).toBe(corrected('phone', '(281) 555-0199'));
    expect(replies[1]).toContain('(281) 555-0199');
    expect(replies[1]).not.toContain('(713) 555-0123');
    expect(replies.at(-1)).toBe(t.askConfirm);
    await h.say('Yes, send it');
    expect(inquiries.saved[0]!.phone).toBe('+12815550199');
  });

  it.each([
    ['a correction with no new value changes nothing', 'email', 'I spelled my name wrong', retry.email],
    ['a cue before words without capitals is no new name', 'email', 'sorry i mean the other one', retry.email],
    [
      "someone else's number in the topic is the topic",
      'message',
      'please call my daughter at 832-555-0111',
      ask.consent,
    ],
  ] as const)('%s', async (_why, step, says, next) => {
    const { h, inquiries } = await formAt(step);
    const replies = texts(await h.say(says));
    expect(replies.join(' ')).not.toContain(t.corrected.slice(0, 20));
    expect(replies.at(-1)).toBe(next);
    const inquiry = await finish(h, inquiries, step === 'email' ? 'email' : 'consent');
    expect(inquiry.name).toBe('Maria Lopez');
    expect(inquiry.phone).toBe('+17135550123');
  });
});

describe('contact form: several details in one message', () => {
  const noted = (...fields: Array<'name' | 'phone' | 'email' | 'preferredTime'>) => {
    const names = fields.map((f) => t.fieldNames[f]);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${t.fieldNames.and} ${names.at(-1)}`;
    return t.detailsNoted.replace('{fields}', list!);
  };

  it('at the name question, "Rosa Martínez, 832-555-0111, rosa.m@gmail.com, mornings" fills all four and asks the topic', async () => {
    const { h, inquiries } = await formAt('name');
    const replies = texts(await h.say('Rosa Martínez, 832-555-0111, rosa.m@gmail.com, mornings'));
    expect(replies).toEqual([noted('name', 'phone', 'email', 'preferredTime'), t.askMessage]);
    await h.say('skip');
    await h.say('yes');
    const summary = texts(await h.say('Yes, send it'));
    expect(summary[0]).toBe(t.thankYou);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Rosa Martínez',
      phone: '+18325550111',
      email: 'rosa.m@gmail.com',
      preferredTime: 'Morning',
      message: null,
    });
  });

  it('at the phone question, "832-555-0111, email rosa.m@gmail.com" keeps both and asks the best time', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('832-555-0111, email rosa.m@gmail.com'))).toEqual([noted('phone', 'email'), t.askTime]);
    for (const s of ['time', 'message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ name: 'Maria Lopez', phone: '+18325550111', email: 'rosa.m@gmail.com' });
  });

  it('a phone number typed at the name question is kept, and the name is asked again', async () => {
    const { h } = await formAt('name');
    expect(texts(await h.say('713 555 0123'))).toEqual([noted('phone'), t.askName]);
    expect(texts(await h.say('Maria Lopez'))).toEqual([t.askEmail]);
  });

  it('a plain answer is still just the answer', async () => {
    const { h } = await formAt('phone');
    expect(texts(await h.say('my cell is 832-555-0111'))).toEqual([t.askEmail]);
  });
});

describe('contact form: details in one message, told apart', () => {
  it.each([
    ['my name is Rosa Martínez and my number is 832-555-0111', 'Rosa Martínez'],
    ['my number is 832-555-0111, my name is Rosa Martínez', 'Rosa Martínez'],
    ['me llamo Rosa Martínez y mi número es 832 555 0111', 'Rosa Martínez'],
  ])('"%s" at the name question keeps the name and the number', async (says, name) => {
    const { h, inquiries } = await formAt('name');
    const replies = texts(await h.say(says));
    expect(replies.at(-1)).toBe(t.askEmail);
    for (const s of ['email', 'time', 'message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ name, phone: '+18325550111' });
  });
});

describe('contact form: a long opening message with commas (form review 35)', () => {
  it('keeps the name said inside a clause, the email, the time and the topic', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const replies = texts(
      await h.say(
        'hi I need a call back my name is Linda Okafor my number is 346-555-0123 email linda.okafor@yahoo.com ' +
          'best after 5pm weekdays, I want to ask when I can drive again after the procedure',
      ),
    );
    expect(replies.at(-1)).toBe(t.askConsent);
    await h.say('yes');
    await h.say(t.confirmChoices[0]!);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Linda Okafor',
      phone: '+13465550123',
      email: 'linda.okafor@yahoo.com',
      preferredTime: 'after 5pm weekdays',
    });
  });

  it('"no email dont use it" in the opening leaves the email out, not asked', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const opened = texts(
      await h.say('yes i want a call. William Kowalski 281 555 0164 no email dont use it. any time before 6'),
    );
    expect(opened.at(-1)).toBe(t.askMessage);
    expect(texts(await h.say('my wife says i should ask about the pain coming back'))).toEqual([t.askConsent]);
    await h.say('yes');
    await h.say(t.confirmChoices[0]!);
    expect(inquiries.saved[0]).toMatchObject({ name: 'William Kowalski', phone: '+12815550164', email: null });
  });
});

describe('contact form: the name in a long opening message (form review 36)', () => {
  it.each([
    [
      'Good morning my name is Susan Clark I had the procedure on Monday I want a nurse to call me my phone is ' +
        '713 555 0153 and my email is sclark55@att.net best time between 10 and 12',
      'Susan Clark',
      [t.askMessage, 'skip', 'yes', t.confirmChoices[0]!],
    ],
    [
      'Hola my name es Verónica Castillo mi number es 832-555-0163 call me en la tarde please',
      'Verónica Castillo',
      [t.spanish.askEmail, 'omitir', 'omitir', 'sí', t.spanish.confirmChoices[0]!],
    ],
  ] as const)('"%s" keeps the name "%s": the next question is another', async (opening, name, [next, ...answers]) => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    expect(texts(await h.say(opening)).at(-1)).toBe(next);
    for (const answer of answers) await h.say(answer);
    expect(inquiries.saved[0]).toMatchObject({ name });
  });
});

describe('contact form: a phone number typed outside the form', () => {
  it('starts the form with the number kept: "it\'s for my mother, 832-555-0111"', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const noted = t.detailsNoted.replace('{fields}', t.fieldNames.phone);
    expect(texts(await h.say("it's for my mother, 832-555-0111"))).toEqual([t.intro, noted, t.askName]);
    // The call is about her mother, whom she did not name: the form asks who the patient is.
    expect(texts(await h.say('Rosa Martinez'))).toEqual([t.askPatientName]);
    expect(texts(await h.say('Carmen Martinez'))).toEqual([t.askEmail]);
    for (const s of ['email', 'time', 'message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Rosa Martinez',
      patientName: 'Carmen Martinez',
      phone: '+18325550111',
    });
  });
});

describe('contact form: the name and best time in the message that asks for the call (blind form review 6)', () => {
  it('"I\'m Carlos Ramirez, my cell is 713-555-0142, afternoons are best" keeps all three', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const fields =
      [t.fieldNames.name, t.fieldNames.phone].join(', ') + ` ${t.fieldNames.and} ${t.fieldNames.preferredTime}`;
    expect(texts(await h.say("I'm Carlos Ramirez, my cell is 713-555-0142, afternoons are best"))).toEqual([
      t.intro,
      t.detailsNoted.replace('{fields}', fields),
      t.askEmail,
    ]);
    for (const s of ['email', 'message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({
      name: 'Carlos Ramirez',
      phone: '+17135550142',
      preferredTime: 'Afternoon',
    });
  });

  it.each(["I'm worried, call me at 713-555-0142", 'Hi, can someone call me at 713-555-0142'])(
    '"%s" gives no name: the name is asked',
    async (says) => {
      const h = createHarness({ inquiries: new RecordingInquiries() });
      expect(texts(await h.say(says)).at(-1)).toBe(t.askName);
    },
  );
});

describe('contact form: from blind form review 3', () => {
  it.each(['creo que sí', 'supongo que sí'])('"%s" at the summary is asked again, never sent', async (says) => {
    const { h, inquiries } = await formAt('confirm');
    expect(texts(await h.say(says)).at(-1)).toBe(t.retryConfirm);
    expect(inquiries.saved).toHaveLength(0);
  });

  // From blind form review 8: a condition or a clock time at the summary changes the best time, then asks again.
  it.each([
    ['yes if you call after 5pm', 'after 5pm'],
    ['actually can you call between 1 and 2 pm only', 'between 1 and 2 pm only'],
  ])(
    '"%s" at the summary changes the best time to "%s", shows the summary and sends nothing yet',
    async (says, time) => {
      const { h, inquiries } = await formAt('confirm');
      const replies = texts(await h.say(says));
      expect(replies.join('\n')).toContain(`Best time: ${time}`);
      expect(replies.at(-1)).toBe(t.askConfirm);
      expect(inquiries.saved).toHaveLength(0);
      await h.say(goodAnswer.confirm);
      expect(inquiries.saved[0]?.preferredTime).toBe(time);
    },
  );

  it.each(['no, the correct number is 281-555-0199', 'no, el número correcto es 281 555 0199'])(
    'at the summary, "%s" changes the number and shows the summary again',
    async (says) => {
      const { h, inquiries } = await formAt('confirm');
      const replies = texts(await h.say(says));
      expect(replies[1]).toContain('(281) 555-0199');
      await h.say('Yes, send it');
      expect(inquiries.saved[0]!.phone).toBe('+12815550199');
    },
  );

  it.each(['afternoon', 'en la mañana'])(
    '"%s" at the name question is asked again, never stored as the name',
    async (says) => {
      const { h } = await formAt('name');
      expect(texts(await h.say(says))).toEqual([t.retryName]);
    },
  );

  it.each([
    ['name', '¿puede hablar en español?'],
    ['email', 'Spanish please'],
    ['consent', 'en español por favor'],
  ] as const)('at the %s question, "%s" goes on in Spanish, keeping what was given', async (step, says) => {
    const { h, inquiries } = await formAt(step);
    const es = t.spanish;
    const asked = { name: es.askName, email: es.askEmail, consent: es.askConsent }[step];
    expect(texts(await h.say(says))).toEqual([es.languageSwitched, asked]);
    for (const s of steps.slice(steps.indexOf(step), -1)) await h.say(goodAnswer[s]);
    expect(texts(await h.say('english please'))).toEqual([
      t.languageSwitched,
      expect.stringContaining('Maria Lopez'),
      t.askConfirm,
    ]);
    await h.say(goodAnswer.confirm);
    // Back in English at the end: the request is stored as made in English.
    expect(inquiries.saved[0]).toMatchObject({ name: 'Maria Lopez', phone: '+17135550123', language: 'en' });
  });

  it.each([
    ['Harold Baker, like I said', 'Harold Baker'],
    ['Harold Baker, 74', 'Harold Baker'],
    ['Lopez, Maria', 'Lopez, Maria'],
  ])('"%s" at the name question is stored as "%s" (blind form review 8)', async (typed, stored) => {
    const { h, inquiries } = await formAt('name');
    await h.say(typed);
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.name).toBe(stored);
  });

  it('a phone typed with the letter O for a zero is read as the number', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('713-555-O195'))).toEqual([ask.email]);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe('+17135550195');
  });

  it.each(['nah', 'nope', "she doesn't have email", 'dont hav email'])(
    '"%s" at the email question skips it',
    async (says) => {
      const { h } = await formAt('email');
      expect(texts(await h.say(says))).toEqual([ask.time]);
    },
  );

  it('"ya" gives permission', async () => {
    const { h } = await formAt('consent');
    expect(texts(await h.say('ya')).at(-1)).toBe(t.askConfirm);
  });

  it('at the topic question, "actually afternoons are better, I have physical therapy in the mornings" changes the time', async () => {
    const { h, inquiries } = await formAt('message');
    const replies = texts(await h.say('actually afternoons are better, I have physical therapy in the mornings'));
    expect(replies[0]).toContain('Afternoon');
    expect(replies.at(-1)).toBe(ask.message);
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ preferredTime: 'Afternoon', message: goodAnswer.message });
  });

  it('at the time question, "my full name is Maria Lopez Garza" changes the name', async () => {
    const { h, inquiries } = await formAt('time');
    expect(texts(await h.say('my full name is Maria Lopez Garza'))[0]).toContain('Maria Lopez Garza');
    for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.name).toBe('Maria Lopez Garza');
  });

  it('at the summary, "add my email please, …" adds the email that was skipped', async () => {
    const { h, inquiries } = await formAt('email');
    for (const answer of ['skip', goodAnswer.time, goodAnswer.message, goodAnswer.consent]) await h.say(answer);
    const replies = texts(await h.say('add my email please, maria.l@example.org'));
    expect(replies.join('\n')).toContain('Email: maria.l@example.org');
    await h.say(goodAnswer.confirm);
    expect(inquiries.saved[0]?.email).toBe('maria.l@example.org');
  });

  it.each([
    ['phone', 'can we do this in spanish? puede ser en español?'],
    ['time', 'prefiero español por favor'],
  ] as const)('at the %s question, "%s" goes on in Spanish', async (step, says) => {
    const { h, inquiries } = await formAt(step);
    expect(texts(await h.say(says))[0]).toBe(t.spanish.languageSwitched);
    for (const s of steps.slice(steps.indexOf(step)))
      await h.say(s === 'confirm' ? t.spanish.confirmChoices[0] : goodAnswer[s]);
    expect(inquiries.saved[0]?.language).toBe('es');
  });

  // Blind form review 9.
  it('a one-word name correction changes the word it is closest to: "it\'s George" for "Goerge Alvarez"', async () => {
    const { h, inquiries } = await formAt('name');
    await h.say('Goerge Alvarez');
    await h.say(goodAnswer.phone);
    expect(texts(await h.say("sorry I misspelled my name, it's George"))[0]).toContain('George Alvarez');
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.name).toBe('George Alvarez');
  });

  it('"it ends in 0113 not 0131" changes the last digits of the number given', async () => {
    const { h, inquiries } = await formAt('email');
    expect(texts(await h.say('oh wait, I gave the wrong number, it ends in 0113 not 0131'))[0]).toContain(
      '(713) 555-0113',
    );
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe('+17135550113');
  });

  // Blind form review 11: a number taken back in the message that gives it, the worst mistake (a stranger is called).
  it.each([
    ['call me please, Irene Schultz 713 555 0129 no wait 0192, mornings', '+17135550192'],
    ['Ann Lowe 713 555 0129 no wait, 713 555 0192, call me', '+17135550192'],
    ['llámenme, Ana Pérez 713 555 0129 no perdón 0192', '+17135550192'],
    // Blind form review 13: the number after "not" is the one not to call.
    ['call me, Kevin, at 281-555-0187, not her number 281-555-0100', '+12815550187'],
    ['call me, my number is 713 555 0192 not 0129', '+17135550192'],
    ['llámenme, Ana Pérez, mi cel 832 555 0111, no el de mi mamá 832 555 0122', '+18325550111'],
  ])('"%s" in the first message stores the corrected number', async (opening, phone) => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say(opening);
    for (let i = 0; i < 8 && inquiries.saved.length === 0; i++) {
      const asked = texts(await h.say(i === 0 ? 'no' : 'yes')).join(' ');
      if (/name|nombre/i.test(asked)) await h.say('Ana Ruiz');
      if (asked.includes(t.askMessage) || asked.includes(t.spanish.askMessage)) await h.say('skip');
      if (/Is this correct|Es correcto/i.test(asked))
        await h.say(/Es correcto/.test(asked) ? t.spanish.confirmChoices[0] : t.confirmChoices[0]);
    }
    expect(inquiries.saved[0]?.phone).toBe(phone);
  });

  // Blind form review 12: two numbers in the first message ("Dad's … 832 555 0400. I'm Carol, 832-555-0112").
  it('a best time corrected in the first message ("en la mañana, no wait, after 5 mejor") is the corrected one', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const replies = texts(
      await h.say(
        'hola, call me please, soy Daniel Aguilar, 832 555 0126, dan.aguilar@gmail.com, en la mañana, no wait, after 5 mejor',
      ),
    );
    expect(replies.at(-1)).toMatch(/talk about|de qué le gustaría hablar/);
    for (let i = 0; i < 6 && inquiries.saved.length === 0; i++) {
      const asked = texts(await h.say(i === 0 ? 'skip' : 'yes')).join(' ');
      if (/Is this correct|Está todo correcto/.test(asked))
        await h.say(/Está todo correcto/.test(asked) ? t.spanish.confirmChoices[0] : t.confirmChoices[0]);
    }
    expect(inquiries.saved[0]).toMatchObject({ phone: '+18325550126', preferredTime: 'after 5' });
  });

  it('two numbers in the first message: neither is taken, the phone is asked', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say("Dad had the procedure, his number is 832 555 0400. I'm Carol, 832-555-0112, call me please");
    expect(texts(await h.say('Carol Reyes'))).toEqual([t.askPhone]);
  });

  it('"713 555 0129 no wait 0192" at the phone question is the corrected number; two numbers without a correction are asked again', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('cell 832-555-0174 or home 713-555-0100'))).toEqual([t.twoNumbers]);
    await h.say('713 555 0129 no wait 0192');
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe('+17135550192');
  });

  // Blind form review 53 asked again when the person had said which of two numbers to call.
  it.each([
    ['home is 713-555-0121 but please use my cell 832-555-0166', '+18325550166'],
    ['713-555-0103 or 281-555-0186, the second one is better', '+12815550186'],
    ['cell 832-555-0174 or home 713-555-0100, cell is best', '+18325550174'],
    ['home 713 555 0100, cell 832 555 0174, use the cell', '+18325550174'],
    ['713 555 0121 (preferred) or 832 555 0166', '+17135550121'],
    ['casa 713 555 0100 y celular 832 555 0174, mejor al celular', '+18325550174'],
    ['el de mi hija 832 555 0166 o el mío 713 555 0121, el segundo es mejor', '+17135550121'],
    // The writer's own number beside someone else's is the one to call (form review 66 lost two such requests).
    ["my cell is 832 555 0166 and my wife's cell is 713 555 0121, better to use mine", '+18325550166'],
    ["my cell 832 555 0166 and my husband's cell 713 555 0121, call the cell", '+18325550166'],
  ])('"%s" at the phone question: the number chosen, %s, is saved', async (typed, phone) => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say(typed))).not.toContain(t.twoNumbers);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe(phone);
  });

  it.each([
    "home 713 555 0121 but I don't use 832 555 0166 anymore, it's better",
    'home 713 555 0121 and cell 832 555 0166',
  ])('"%s": no single number is chosen, so the phone is asked again', async (typed) => {
    const { h } = await formAt('phone');
    expect(texts(await h.say(typed))).toEqual([t.twoNumbers]);
  });

  it.each([
    ['the cell', '+18325550174'],
    ['second one please', '+17135550100'],
    ['el celular', '+18325550174'],
  ])('after "I see two phone numbers", "%s" is the number it names, %s', async (typed, phone) => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('cell 832-555-0174 or home 713-555-0100'))).toEqual([t.twoNumbers]);
    expect(texts(await h.say(typed))).toEqual([t.askEmail]);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe(phone);
  });

  it('after "I see two phone numbers", "not the cell" names none, and the phone is asked again', async () => {
    const { h } = await formAt('phone');
    await h.say('cell 832-555-0174 or home 713-555-0100');
    expect(texts(await h.say('not the cell'))).toEqual([t.retryPhone]);
  });

  it('"713-555-0121, 832-555-0166 works better": the comma parts two numbers, never a number and its extension', async () => {
    const { h, inquiries } = await formAt('phone');
    await h.say('713-555-0121, 832-555-0166 works better');
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe('+18325550166');
  });

  // Blind form review 11: a name respelt at a later question was dropped as a wrong phone number.
  // Blind form review 25: "sorry, Simmons, I typo'd my name" was read as a wrong phone number.
  it.each([
    'sory its simmons with 2 m',
    "sorry it's Simmons",
    'perdón, es Simmons',
    "sorry, Simmons, I typo'd my name",
  ])('"%s" at the phone question respells that word of the name, and the phone is asked again', async (text) => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say('can someone call me');
    await h.say('Hal Simons');
    const replies = texts(await h.say(text));
    expect(replies.at(-1)).toBe(t.askPhone);
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(normalizeName(inquiries.saved[0]?.name)).toBe('hal simmons');
  });

  it.each([
    ['helen dot dubois at gmail dot com', 'helen.dubois@gmail.com'],
    ['rosa punto m arroba gmail punto com', 'rosa.m@gmail.com'],
  ])('"%s" at the email question is the email as said', async (said, email) => {
    const { h, inquiries } = await formAt('email');
    expect(texts(await h.say(said))).toEqual([t.askTime]);
    for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.email).toBe(email);
  });

  it('"no, perdón, mi nombre es Elena Flores, la llamada es para mi mamá" corrects the name to Elena Flores', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say('quiero que alguien me llame');
    await h.say('Maria Flores');
    const replies = texts(await h.say('no, perdón, mi nombre es Elena Flores, la llamada es para mi mamá'));
    expect(replies.join(' ')).toContain('Elena Flores');
    expect(replies.join(' ')).not.toContain('mamá.');
  });

  // Blind form review 12: answers given again after "I told you" / "ya te lo di", and a misspelt name noticed late.
  it.each([
    ['name', 'I told you, Robert Tran', { name: 'Robert Tran' }],
    ['email', 'ya te lo di, dan.aguilar@gmail.com', { email: 'dan.aguilar@gmail.com' }],
    ['message', 'I already said, my mom needs the procedure', { message: 'my mom needs the procedure' }],
  ] as const)('at the %s question "%s" is the answer', async (step, text, stored) => {
    const { h, inquiries } = await formAt(step);
    await h.say(text);
    for (const s of steps.slice(steps.indexOf(step) + 1)) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject(stored);
  });

  it('"the name is misspelled, it\'s Virginia Hall" at the permission question changes the name', async () => {
    const { h, inquiries } = await formAt('consent');
    expect(texts(await h.say("the name is misspelled, it's Virginia Hall")).join(' ')).toContain('Virginia Hall');
    for (const s of steps.slice(steps.indexOf('consent'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.name).toBe('Virginia Hall');
  });

  it('"I said, Betty Sorensen" is the name', async () => {
    const { h, inquiries } = await formAt('name');
    await h.say('I said, Betty Sorensen');
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.name).toBe('Betty Sorensen');
  });

  it('at the topic question, "actually afternoons are better for me, not mornings" changes the time', async () => {
    const { h, inquiries } = await formAt('message');
    await h.say('actually afternoons are better for me, not mornings');
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.preferredTime).toBe('Afternoon');
  });

  it.each([
    ['she only speaks spanish, her back pain', 'message'],
    ['dolor de espalda despues del procedimiento', 'message'],
  ] as const)('"%s" at the %s question: the call is to be in Spanish, and the summary says so', async (says, step) => {
    const { h, inquiries } = await formAt(step);
    await h.say(says);
    const summary = texts(await h.say(goodAnswer.consent)).join('\n');
    expect(summary).toContain(`${t.languageNames.es}`);
    await h.say(goodAnswer.confirm);
    expect(inquiries.saved[0]?.language).toBe('es');
  });

  // Blind form review 25: an English-speaking daughter asking for a call in Spanish got the whole form in Spanish.
  it('"please call her in Spanish" at the phone question sets the call, not the form, to Spanish', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('please call her in Spanish'))).toEqual([
      t.callLanguageNoted.replace('{language}', t.languageNames.es),
      ask.phone,
    ]);
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.language).toBe('es');
  });

  it('"en español por favor, mi número es 713-555-0101" at the phone question switches and keeps the number', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('en español por favor, mi número es 713-555-0101'))[0]).toBe(t.spanish.languageSwitched);
    for (const s of steps.slice(steps.indexOf('email')))
      await h.say(s === 'confirm' ? t.spanish.confirmChoices[0] : goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550101', language: 'es' });
  });

  // Blind form review 10.
  it.each(['Buenas tardes, necesito que me llamen', 'Good morning, can someone call me?'])(
    '"%s": a greeting is no best time, which is still asked',
    async (opening) => {
      const inquiries = new RecordingInquiries();
      const h = createHarness({ inquiries });
      await h.say(opening);
      await h.say('Ana Ruiz');
      await h.say('713-555-0101');
      const asked = texts(await h.say('skip'));
      expect(asked.at(-1)).toMatch(/best time|mejor hora/i);
    },
  );

  // Blind review 89: "devuelvan la llamada" got a menu, and "Sí, me llamo …" was refused as a name.
  it('"Quiero que me devuelvan la llamada" starts the form in Spanish, and "Sí, me llamo Ana Gómez" is a name', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('Quiero que me devuelvan la llamada')).at(-1)).toBe(t.spanish.askName);
    expect(texts(await h.say('Sí, me llamo Ana Gómez')).at(-1)).toBe(t.spanish.askPhone);
  });

  it('"en español por favor" inside the first message asks the form in Spanish', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const replies = texts(
      await h.say('Hi my name is Rosa Martinez, can you call me? 832-555-0115 en español por favor'),
    );
    expect(replies.at(-1)).toBe(t.spanish.askEmail);
  });

  it('"The call needs to be in Spanish" in the first message stores the request as Spanish', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say('Hi, my dad needs a call back. The call needs to be in Spanish');
    for (const s of steps) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.language).toBe('es');
  });

  it('"so only Tuesday or Thursday mornings" after a cue narrows the best time', async () => {
    const { h, inquiries } = await formAt('message');
    await h.say(
      'Oh wait, I have dialysis Monday, Wednesday and Friday mornings, so only Tuesday or Thursday mornings please',
    );
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.preferredTime).toBe('Tuesday or Thursday mornings');
  });

  it.each([
    ['seven one three five five five zero one zero eight', '+17135550108'],
    ['ocho tres dos cinco cinco cinco cero uno dos dos', '+18325550122'],
  ])('a number dictated as words ("%s") is read as %s', async (said, stored) => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say(said))).toEqual([ask.email]);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.phone).toBe(stored);
  });

  it.each([
    ["my name is Barbara Klein that's K L E I N", 'name', 'Barbara Klein'],
    ['oops, I meant nancy.wilson@example.com', 'email', 'nancy.wilson@example.com'],
  ] as const)('"%s" gives the %s "%s"', async (said, field, stored) => {
    const { h, inquiries } = await formAt(field);
    await h.say(said);
    for (const s of steps.slice(steps.indexOf(field) + 1)) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.[field]).toBe(stored);
  });

  // Form review 20: people who say yes in their own words were asked again.
  it.each(["yes that's right, send it", 'yes that is correct', 'Yes, send it, thanks'])(
    '"%s" at the summary sends the request',
    async (said) => {
      const { h, inquiries } = await formAt('confirm');
      expect(texts(await h.say(said))).toEqual([t.thankYou, t.immediateHelp]);
      expect(inquiries.saved).toHaveLength(1);
    },
  );

  it.each(['yes but the time is wrong', 'yes, change something'])(
    '"%s" at the summary is asked again, nothing sent',
    async (said) => {
      const { h, inquiries } = await formAt('confirm');
      expect(texts(await h.say(said)).at(-1)).toBe(t.retryConfirm);
      expect(inquiries.saved).toHaveLength(0);
    },
  );

  it.each(['hello?', 'is anybody there', 'good afternoon'])(
    '"%s" in the middle of the form says the bot is still here and asks the same question, keeping the name',
    async (said) => {
      const { h, inquiries } = await formAt('phone');
      expect(texts(await h.say(said))).toEqual([t.stillHere, t.askPhone]);
      for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
      expect(inquiries.saved[0]).toMatchObject({ name: 'Maria Lopez', phone: '+17135550123' });
    },
  );

  it('"¿hay alguien?" in a Spanish form is answered in Spanish', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('llámenme por favor');
    await h.say('Ana López');
    expect(texts(await h.say('¿hay alguien?'))).toEqual([t.spanish.stillHere, t.spanish.askPhone]);
  });

  it('"could someone from the hospital telephone me" starts the form', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    expect(texts(await h.say('could someone from the hospital telephone me'))).toEqual([t.intro, t.askName]);
  });

  it('"never mind" at "What would you like to change?" goes back to the summary with nothing lost', async () => {
    const { h, inquiries } = await formAt('confirm');
    await h.say('Change something');
    const replies = texts(await h.say('never mind'));
    expect(replies[0]).toBe(t.nothingChanged);
    expect(replies.at(-1)).toBe(t.askConfirm);
    await h.say('Yes, send it');
    expect(inquiries.saved[0]).toMatchObject({ name: 'Maria Lopez', phone: '+17135550123' });
  });

  it('"832-555-0111, no wait 0112" at the phone question is the corrected number, and takes nothing as a best time', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('832-555-0111, no wait 0112'))).toEqual([t.askEmail]);
    expect(texts(await h.say('skip'))).toEqual([t.askTime]);
    for (const s of ['time', 'message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+18325550112', preferredTime: 'Evening' });
  });

  it('"my name is spelled Kathryn" at the summary changes nothing and asks again', async () => {
    const { h, inquiries } = await formAt('confirm');
    const replies = texts(await h.say('looks good except my name is spelled Kathryn'));
    expect(replies.join(' ')).not.toContain(t.corrected.slice(0, 20));
    expect(replies.at(-1)).toBe(t.retryConfirm);
    expect(inquiries.saved).toHaveLength(0);
  });

  // Form review 22: a number typed alone at a later question is the number to call now, said back; never a time.
  it('a phone number typed at the best-time question changes the phone, said back, and the time is asked again', async () => {
    const { h, inquiries } = await formAt('time');
    expect(texts(await h.say('281-555-0515'))).toEqual([
      t.corrected.replace('{field}', t.fieldNames.phone).replace('{value}', '(281) 555-0515'),
      t.askTime,
    ]);
    for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+12815550515', preferredTime: 'Evening' });
  });

  // Form review 23: a title or nickname as the name, then the full name typed at the phone question, was lost.
  it.each([
    ['Mrs. T', 'its Thuy Tran', 'Thuy Tran'],
    ['Mr. Okeke', 'Nnamdi Okeke', 'Nnamdi Okeke'],
    ['Beto', 'Roberto Garza', 'Roberto Garza'],
  ])(
    '"%s" then "%s" at the phone question: the full name, said back, and the phone asked again',
    async (thin, full, name) => {
      const h = createHarness({ inquiries: new RecordingInquiries() });
      await h.say('can someone call me');
      expect(texts(await h.say(thin))).toEqual([t.askPhone]);
      expect(texts(await h.say(full))).toEqual([
        t.corrected.replace('{field}', t.fieldNames.name).replace('{value}', name),
        t.askPhone,
      ]);
    },
  );

  // Blind form review 53 refused a nickname beside the legal name and dropped "pero me dicen Chuy".
  it.each([
    ["Peggy O'Neil, legal name is Margaret O'Neil", "Margaret (Peggy) O'Neil"],
    ['me dicen Lupita pero mi nombre es Guadalupe Hernández', 'Guadalupe (Lupita) Hernández'],
    ['Jesus Morales, pero me dicen Chuy', 'Jesus (Chuy) Morales'],
    ['Robert King but I go by Bob', 'Robert (Bob) King'],
  ])('"%s" at the name question is saved as "%s"', async (typed, name) => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say('can someone call me');
    expect(texts(await h.say(typed))).toEqual([t.askPhone]);
    for (const s of steps.slice(steps.indexOf('phone'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]?.name).toBe(name);
  });

  it('a second full name at the phone question does not replace a full name: it is no phone number', async () => {
    const { h } = await formAt('phone');
    expect(texts(await h.say('Ana Lopez'))).toEqual([t.retryPhone]);
  });

  it('a Vietnamese name that holds a Spanish word ("Le Van Hung") keeps an English form\'s call in English', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    await h.say('I want a call');
    for (const answer of ['Le Van Hung', '281 555 0183', 'no', 'Evening', 'when can I go back to work', 'yes'])
      await h.say(answer);
    await h.say(t.confirmChoices[0]!);
    expect(inquiries.saved[0]).toMatchObject({ name: 'Le Van Hung', language: 'en' });
  });

  it('"I\'m Dr. Nguyen\'s patient" is no name', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('can someone call me');
    expect(texts(await h.say("I'm Dr. Nguyen's patient"))).toEqual([t.retryName]);
  });

  // Form review 24: declining the email in a few words.
  // Form review 35: "no tngo", "I don't use the email".
  it.each(['no thanks then', 'n', 'no tngo', "I don't use the email", 'ok no, sin email'])(
    '"%s" at the email question leaves the email out',
    async (said) => {
      const { h, inquiries } = await formAt('email');
      expect(texts(await h.say(said))).toEqual([t.askTime]);
      for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
      expect(inquiries.saved[0]).toMatchObject({ email: null });
    },
  );

  // Form review 35: "it's not <old>, it's <new>" read the old number first and kept it (a wrong phone stored).
  it.each([
    ["sorry that's wrong, it's not 713-555-0123, it's 713-555-0182", 'email'],
    ['perdón, mi número no es 713 555 0123, es 713 555 0182', 'time'],
    ['the phone is wrong, not 713-555-0123 but 713-555-0182', 'confirm'],
  ] as const)('"%s" at the %s question changes the phone to the new number', async (said, at) => {
    const { h, inquiries } = await formAt(at);
    expect(texts(await h.say(said))[0]).toBe(
      t.corrected.replace('{field}', t.fieldNames.phone).replace('{value}', '(713) 555-0182'),
    );
    for (const s of steps.slice(steps.indexOf(at))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550182' });
  });

  // Form review 35: the time answered before a phone correction in one message was asked again.
  it('"en la tarde. oh wait, my number is wrong, es 713-555-0182" at the time question keeps both', async () => {
    const { h, inquiries } = await formAt('time');
    expect(texts(await h.say('en la tarde. oh wait, my number is wrong, es 713-555-0182'))).toEqual([
      t.corrected.replace('{field}', t.fieldNames.phone).replace('{value}', '(713) 555-0182'),
      t.askMessage,
    ]);
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550182', preferredTime: 'Afternoon' });
  });

  // Form review 35: a correction's cue words include "not", so "actually not before 10am" was stored as "before 10am".
  it.each([
    ['actually not before 10am', 'not before 10am'],
    ['mejor no antes de las 10', 'no antes de las 10'],
    ['actually not mornings, afternoons', 'Afternoon'],
    ['wait no evenings', 'Evening'],
  ])('"%s" after the best time is stored as "%s"', async (said, time) => {
    const { h, inquiries } = await formAt('message');
    await h.say(said);
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ preferredTime: time });
  });

  // Form review 23: the new number among words at the topic question was kept as the topic, the old one called.
  it('a number among words at the topic question changes the phone, said back, and the topic is asked again', async () => {
    const { h, inquiries } = await formAt('message');
    expect(
      texts(await h.say('oh the number is 346-555-0138, the other one is my old one. topic is recovery timeline')),
    ).toEqual([t.corrected.replace('{field}', t.fieldNames.phone).replace('{value}', '(346) 555-0138'), t.askMessage]);
    for (const s of steps.slice(steps.indexOf('message'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+13465550138', message: goodAnswer.message });
  });

  it('a polite Spanish request with every detail starts the Spanish form with the number kept, no crisis reply', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const es = t.spanish;
    const replies = texts(
      await h.say(
        'Buenos días, soy Francisco Javier Ortiz, mi teléfono es 832-555-0105, quiero que me llamen en la tarde para saber de la vertebroplastia de mi esposa',
      ),
    );
    // The name after "soy" and the time asked for ("que me llamen en la tarde para…") are kept too.
    const fields = `${es.fieldNames.name}, ${es.fieldNames.phone} ${es.fieldNames.and} ${es.fieldNames.preferredTime}`;
    expect(replies).toEqual([es.intro, es.detailsNoted.replace('{fields}', fields), es.askEmail]);
  });

  // Form review 23: the topic taken from the opening skipped its question unsaid, so the next answer landed elsewhere.
  it('"can someone call about my back procedure" says the topic is noted, and the summary shows it', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries });
    const noted = t.detailsNoted.replace('{fields}', t.fieldNames.message);
    expect(texts(await h.say('can someone call about my back procedure'))).toEqual([t.intro, noted, t.askName]);
    for (const answer of ['Rosario Dela Cruz', '713-555-0191', 'skip', 'Afternoon']) await h.say(answer);
    expect(texts(await h.say('yes')).join(' ')).toContain('back procedure');
  });

  it('"can someone call me? 832-555-0111" starts the form with the number kept', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const noted = t.detailsNoted.replace('{fields}', t.fieldNames.phone);
    expect(texts(await h.say('can someone call me? 832-555-0111'))).toEqual([t.intro, noted, t.askName]);
  });
});

describe('contact form: from blind form review 5, changes said at the summary', () => {
  it.each([
    ['remove my email', { email: null }],
    ['please delete my email', { email: null }],
    ['quita mi correo', { email: null }],
    ['change the time to mornings', { preferredTime: 'Morning' }],
    ['no, change the best time to afternoons', { preferredTime: 'Afternoon' }],
    ['cambie la hora a la tarde', { preferredTime: 'Afternoon' }],
    ['mejor en la tarde', { preferredTime: 'Afternoon' }],
    ['mornings', { preferredTime: 'Morning' }],
    // blind form review 14
    ['actually make that afternoons', { preferredTime: 'Afternoon' }],
  ] as const)('"%s" changes it, shows the summary again, and the request is sent that way', async (says, stored) => {
    const { h, inquiries } = await formAt('confirm');
    const replies = texts(await h.say(says));
    expect(replies.at(-1)).toBe(t.askConfirm);
    await h.say('Yes, send it');
    expect(inquiries.saved[0]).toMatchObject(stored);
  });

  it('"remove my email" before any email was given changes nothing', async () => {
    const { h } = await formAt('phone');
    await h.say('713-555-0123');
    expect(texts(await h.say('remove my email'))).toEqual([t.retryEmail]);
  });
});

describe('contact form: from blind form review 7, near misses the summary had to catch', () => {
  it('"wait sorry thats wrong its 713-555-0112" at the email question changes the number (a number names itself)', async () => {
    const { h, inquiries } = await formAt('email');
    const replies = texts(await h.say('wait sorry thats wrong its 713-555-0112'));
    expect(replies[0]).toContain('(713) 555-0112');
    expect(replies.at(-1)).toBe(t.askEmail);
    for (const s of ['email', 'time', 'message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550112' });
  });

  it('"actually afternoons are better for me" at the topic question changes the best time, not the topic', async () => {
    const { h, inquiries } = await formAt('message');
    const replies = texts(await h.say('actually afternoons are better for me'));
    expect(replies.at(-1)).toBe(t.askMessage);
    for (const s of ['message', 'consent', 'confirm'] as const) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ preferredTime: 'Afternoon', message: goodAnswer.message });
  });

  it('"my last name is Allen with an e" at the summary is asked again, never stored as the name', async () => {
    const { h, inquiries } = await formAt('confirm');
    expect(texts(await h.say('my last name is Allen with an e'))).toEqual([t.retryConfirm]);
    expect(inquiries.saved).toHaveLength(0);
  });
});

describe('contact form: what form review 50 found', () => {
  it('the summary says nothing is sent until "Yes, send it" (consent and the summary are two yes-questions in a row)', async () => {
    const { h, inquiries } = await formAt('consent');
    const replies = texts(await h.say('yes'));
    expect(replies.at(-1)).toContain(`"${t.confirmChoices[0]}"`);
    expect(inquiries.saved).toHaveLength(0);
  });

  it.each([
    ['email', t.retryEmailYes],
    ['message', t.retryMessageYes],
  ] as const)(
    '"yes" alone at the %s question asks for the detail itself, and "yes" is never saved',
    async (step, again) => {
      const { h, inquiries } = await formAt(step);
      expect(texts(await h.say('yes'))).toEqual([again]);
      for (const s of steps.slice(steps.indexOf(step))) await h.say(goodAnswer[s]);
      expect(inquiries.saved).toHaveLength(1);
      expect(inquiries.saved[0]).toMatchObject(step === 'email' ? { email: goodAnswer.email } : {});
      expect(JSON.stringify(inquiries.saved[0])).not.toMatch(/"yes"/i);
    },
  );

  it('"sí" alone at the Spanish email question gets the Spanish request for it', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    await h.say('quiero que me llamen');
    await h.say('Teresa Morales');
    await h.say('713-555-0124');
    expect(texts(await h.say('sí'))).toEqual([t.spanish.retryEmailYes]);
  });

  it.each([
    ['name', 'Verónica Silva', t.askPhone],
    ['time', 'Evening', t.askMessage],
  ] as const)('after 911 at the %s question, "%s" typed to go on is kept as its answer', async (step, answer, next) => {
    const { h, inquiries } = await formAt(step);
    expect(texts(await h.say("my husband can't breathe")).at(-1)).toBe(m.formOnHold);
    expect(texts(await h.say(answer))).toEqual([m.emergencyFirst, m.formResume, next]);
    for (const s of steps.slice(steps.indexOf(step) + 1)) await h.say(goodAnswer[s]);
    expect(inquiries.saved).toHaveLength(1);
    expect(JSON.stringify(inquiries.saved[0])).toContain(answer);
  });

  it.each(["ok he's fine now", 'ok ya estamos mejor'])(
    'after 911 at the name question, "%s" is no name: the question comes again',
    async (text) => {
      const { h } = await formAt('name');
      await h.say("my husband can't breathe");
      expect(texts(await h.say(text)).at(-1)).toBe(t.askName);
    },
  );
});

describe('contact form: an email typed at a later question (form review 50)', () => {
  it.each(['time', 'message'] as const)(
    'an email typed alone at the %s question, after the email was skipped, is kept and the question comes again',
    async (step) => {
      const { h, inquiries } = await formAt('email');
      await h.say('skip');
      for (const s of steps.slice(steps.indexOf('time'), steps.indexOf(step))) await h.say(goodAnswer[s]);
      const replies = texts(await h.say('maria.l@example.com'));
      expect(replies).toEqual([t.detailsNoted.replace('{fields}', t.fieldNames.email), ask[step]]);
      for (const s of steps.slice(steps.indexOf(step))) await h.say(goodAnswer[s]);
      expect(inquiries.saved[0]).toMatchObject({ email: 'maria.l@example.com', preferredTime: 'Evening' });
    },
  );

  it('a different email typed alone at the time question changes the one given', async () => {
    const { h, inquiries } = await formAt('time');
    const replies = texts(await h.say('maria.lopez@example.com'));
    expect(replies[0]).toContain('maria.lopez@example.com');
    expect(replies.at(-1)).toBe(t.askTime);
    for (const s of steps.slice(steps.indexOf('time'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ email: 'maria.lopez@example.com' });
  });
});

describe('contact form: a Spanish spelling note (form review 50)', () => {
  it.each(['no, espera, es López con z', 'perdón, es Lopes con ese'])(
    '"%s" at the email question corrects the name, never a bad email',
    async (text) => {
      const inquiries = new RecordingInquiries();
      const h = createHarness({ inquiries });
      await h.say('quiero que me llamen');
      await h.say(text.includes('ese') ? 'Sofía Lopez' : 'Sofía Lopes');
      await h.say('713-555-0171');
      const replies = texts(await h.say(text));
      expect(replies.at(-1)).toBe(t.spanish.askEmail);
      expect(replies).not.toContain(t.spanish.retryEmail);
      for (const answer of ['omitir', 'por la tarde', 'omitir', 'sí', 'Sí, enviar']) await h.say(answer);
      expect(inquiries.saved[0]?.name).toBe(text.includes('ese') ? 'Sofía Lopes' : 'Sofía López');
    },
  );
});

describe('contact form: what form review 51 found', () => {
  it('a phone number typed in pieces ("713", "555", "0177") is joined, each piece said back until it is whole', async () => {
    const { h, inquiries } = await formAt('phone');
    expect(texts(await h.say('713'))).toEqual([t.phoneSoFar.replace('{digits}', '713')]);
    expect(texts(await h.say('555'))).toEqual([t.phoneSoFar.replace('{digits}', '713-555')]);
    expect(texts(await h.say('0177'))).toEqual([t.askEmail]);
    for (const s of steps.slice(steps.indexOf('email'))) await h.say(goodAnswer[s]);
    expect(inquiries.saved[0]).toMatchObject({ phone: '+17135550177' });
  });

  it('pieces that make no number are dropped: the phone question says what is wrong', async () => {
    const { h } = await formAt('phone');
    await h.say('555-0177');
    expect(texts(await h.say('999'))).toEqual([t.retryPhone]);
  });

  it.each([
    ['call me back please', 'Harold', 'Jenkins', 'Harold Jenkins', t.askPhone],
    ['quiero que me llamen', 'Guadalupe', 'Hernández', 'Guadalupe Hernández', t.spanish.askPhone],
  ])(
    'a surname sent alone at the phone question joins the one-word name ("%s", "%s", "%s")',
    async (opening, first, last, full, asked) => {
      const inquiries = new RecordingInquiries();
      const h = createHarness({ inquiries });
      await h.say(opening);
      await h.say(first);
      const replies = texts(await h.say(last));
      expect(replies[0]).toContain(full);
      expect(replies.at(-1)).toBe(asked);
    },
  );

  it.each(['skip', 'ok', 'yes', 'Lupe'])(
    '"%s" at the phone question after the name "Lupe" is no surname',
    async (typed) => {
      const h = createHarness({ inquiries: new RecordingInquiries() });
      await h.say('call me');
      await h.say('Lupe');
      expect(texts(await h.say(typed)).join(' ')).not.toContain('Lupe Lupe');
      expect(texts(await h.say(typed)).join(' ')).not.toMatch(/changed your name/);
    },
  );

  it.each([
    ['Can someone call my dad back? He only speaks Spanish', 'Daniel Reyes', t.askPatientName],
    ['Hola, quiero que llamen a mi mamá, le hicieron la vertebroplastia', 'Sofía Ramírez', t.spanish.askPatientName],
  ])(
    '"%s" is a call about someone else: after the caller\'s name, the patient\'s is asked',
    async (opening, name, asked) => {
      const inquiries = new RecordingInquiries();
      const h = createHarness({ inquiries });
      await h.say(opening);
      expect(texts(await h.say(name)).at(-1)).toBe(asked);
    },
  );

  it('after 911 at the permission question, "yes" typed to go on is the permission: the summary comes next', async () => {
    const { h, inquiries } = await formAt('consent');
    expect(texts(await h.say("my husband can't breathe")).at(-1)).toBe(m.formOnHold);
    const replies = texts(await h.say('yes'));
    expect(replies.slice(0, 2)).toEqual([m.emergencyFirst, m.formResume]);
    expect(replies.at(-1)).toBe(t.askConfirm);
    await h.say(goodAnswer.confirm);
    expect(inquiries.saved).toHaveLength(1);
  });

  it('after 911 at the summary, "Yes, send it" typed to go on sends the request', async () => {
    const { h, inquiries } = await formAt('confirm');
    await h.say('my wife says my face is drooping and my speech is slurred');
    const replies = texts(await h.say(goodAnswer.confirm));
    expect(replies.slice(0, 2)).toEqual([m.emergencyFirst, m.formResume]);
    expect(inquiries.saved).toHaveLength(1);
    expect(inquiries.saved[0]).toMatchObject({ name: goodAnswer.name });
  });

  it('after 911 at the summary, any other message shows the summary again before its question', async () => {
    const { h, inquiries } = await formAt('confirm');
    await h.say('my wife says my face is drooping');
    const replies = texts(await h.say("ok he's ok now"));
    expect(replies.some((r) => r?.includes(goodAnswer.name))).toBe(true);
    expect(replies.at(-1)).toBe(t.askConfirm);
    expect(inquiries.saved).toHaveLength(0);
  });
});
