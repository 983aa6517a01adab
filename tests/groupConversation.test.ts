import { describe, expect, it } from 'vitest';
import { buttons, createHarness, knowledge, RecordingInquiries } from './helpers/botHarness.js';

const t = knowledge.contact;
const contactButton = knowledge.messages.contactButton;

describe('group conversations outside Teams (TestAdapter)', () => {
  const group = { conversation: { id: 'group-1', isGroup: true, conversationType: 'group', name: '' } };

  it('asks the person to message one to one, with the hospital number, and asks for no details', async () => {
    const inquiries = new RecordingInquiries();
    const h = createHarness({ inquiries, template: group });
    // [who, says, what the bot answers]
    const table: Array<[string, string, string]> = [
      ['ann', 'can someone call me', t.privateChat.explainWithoutLink.replace('{contactButton}', contactButton)],
      ['bob', contactButton, t.privateChat.explainWithoutLink.replace('{contactButton}', contactButton)],
    ];
    for (const [who, says, expected] of table) {
      const replies = await h.say(says, { from: { id: who, name: who } });
      expect(replies.map((r) => r.text)).toEqual([expected]);
      expect(buttons(replies[0]!)).toEqual([]);
    }
    expect(t.privateChat.explainWithoutLink).toContain(knowledge.organization.phone);
    // Names typed into the group are not taken as an answer to any form.
    const after = await h.say('Ann Lee', { from: { id: 'ann', name: 'ann' } });
    expect(after.map((r) => r.text)).not.toContain(t.askPhone);
    expect(inquiries.saved).toHaveLength(0);
  });
});
