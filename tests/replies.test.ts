import { describe, expect, it } from 'vitest';
import { createHarness, knowledge, RecordingInquiries } from './helpers/botHarness.js';

describe('reply activities', () => {
  it('mark the emergency sentences (channelData.urgency), "call 911 now" first, so the chat page can show them apart', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say("my dad can't breathe");
    expect(replies.map((r) => r.text)).toEqual([knowledge.messages.emergencyFollowUp, knowledge.messages.emergency]);
    for (const reply of replies) expect(reply.channelData).toMatchObject({ urgency: 'emergency' });
    const answer = await createHarness({ inquiries: new RecordingInquiries() }).say('how long is bed rest?');
    expect(answer.every((r) => (r.channelData as { urgency?: string } | undefined)?.urgency === undefined)).toBe(true);
  });

  it('leave ordinary answers unmarked', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say('will I be awake?');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => (r.channelData as { urgency?: string } | undefined)?.urgency !== undefined)).toBe(false);
  });
});
