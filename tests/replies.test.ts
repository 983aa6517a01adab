import { describe, expect, it } from 'vitest';
import { createHarness, knowledge, RecordingInquiries } from './helpers/botHarness.js';

describe('reply activities', () => {
  it('mark the emergency sentence (channelData.urgency), so the chat page can show it apart', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say("my dad can't breathe");
    expect(replies[0]?.text).toBe(knowledge.messages.emergency);
    expect(replies[0]?.channelData).toMatchObject({ urgency: 'emergency' });
    expect(
      replies.slice(1).every((r) => (r.channelData as { urgency?: string } | undefined)?.urgency === undefined),
    ).toBe(true);
  });

  it('leave ordinary answers unmarked', async () => {
    const h = createHarness({ inquiries: new RecordingInquiries() });
    const replies = await h.say('will I be awake?');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => (r.channelData as { urgency?: string } | undefined)?.urgency !== undefined)).toBe(false);
  });
});
