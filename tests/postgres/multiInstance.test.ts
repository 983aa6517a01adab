import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runInquiriesCli } from '../../src/cli/inquiriesCli.js';
import { openPostgresDatabase } from '../../src/storage/database.js';
import { SqlInquiryStore } from '../../src/storage/inquiryStore.js';
import { knowledge } from '../helpers/botHarness.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { type ServerProcess, startServerProcess } from '../helpers/serverProcess.js';
import { waitFor } from '../helpers/startTestBot.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { WebhookReceiver } from '../helpers/webhookReceiver.js';

const t = knowledge.contact;
const CONVERSATIONS = 24;

/** One patient's conversation: each message and the first reply it must get. */
function script(n: number): Array<{ text: string; first: string | RegExp }> {
  return [
    { text: 'can someone call me back', first: t.intro },
    { text: `Pat Number${n} Sentinel`, first: t.askPhone },
    // A question in the middle of the form: answered, then the form asks again.
    { text: 'will I be awake?', first: /./ },
    { text: `713 555 ${String(1000 + n).padStart(4, '0')}`, first: t.askEmail },
    { text: 'skip', first: t.askTime },
    { text: 'Morning', first: t.askMessage },
    { text: 'skip', first: t.askConsent },
    { text: 'Yes', first: new RegExp(`Pat Number${n} Sentinel`) },
    { text: 'Yes, send it', first: t.thankYou },
  ];
}

/**
 * Two real server processes on one PostgreSQL database. Many conversations run at once;
 * their turns alternate between the instances, and every turn is also sent, at the same
 * moment, as a channel retry (same activity id) to the other instance. Each turn must be
 * answered exactly once, each form must end saved, and each conversation must give
 * exactly one inquiry.
 */
describe('two instances on one PostgreSQL database', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let instances: ServerProcess[] = [];
  let dataDir: Awaited<ReturnType<typeof makeTempDir>>;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    target = await createTestDatabase();
    dataDir = await makeTempDir();
    receiver = await new WebhookReceiver().start();
    // Small pools, so turns queue for connections as they would under real load.
    const env = {
      DATABASE_URL: target.url,
      DATABASE_POOL_SIZE: '4',
      DATA_DIR: dataDir.dir,
      INQUIRY_WEBHOOK_URL: receiver.url,
      INQUIRY_WEBHOOK_SECRET: 'multi-instance-webhook-secret-0123456789',
    };
    instances = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    const codes = await Promise.all(instances.map((i) => i.stop()));
    expect(codes).toEqual([0, 0]);
    await target?.drop();
    await dataDir?.remove();
    await receiver?.stop();
  });

  it('answers every turn once, completes every form and saves every inquiry once', async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const answeredTwice: string[] = [];
    const wrong: string[] = [];

    await Promise.all(
      Array.from({ length: CONVERSATIONS }, async (_, n) => {
        const conversation = `multi-${n}`;
        const steps = script(n);
        for (const [i, step] of steps.entries()) {
          const [first, second] = (n + i) % 2 === 0 ? [a, b] : [b, a];
          const id = `${conversation}-turn-${i}`;
          const replies = await Promise.all([
            first.say(conversation, step.text, id),
            second.say(conversation, step.text, id),
          ]);
          const answered = replies.filter((r) => r.length > 0);
          if (answered.length !== 1) answeredTwice.push(id);
          const text = answered[0]?.[0] ?? '';
          const ok = typeof step.first === 'string' ? text === step.first : step.first.test(text);
          if (!ok) wrong.push(`${id}: step ${i}`);
        }
        // A late retry of the confirming message, to the instance that did not answer it.
        const late = await ((n + steps.length - 1) % 2 === 0 ? b : a).say(
          conversation,
          'Yes, send it',
          `${conversation}-turn-${steps.length - 1}`,
        );
        if (late.length > 0) answeredTwice.push(`${conversation} late retry`);
      }),
    );

    expect(answeredTwice).toEqual([]);
    expect(wrong).toEqual([]);
    const database = await openPostgresDatabase(target.url);
    try {
      const inquiries = await new SqlInquiryStore(database.db).list();
      expect(inquiries.map((i) => i.conversationId).sort()).toEqual(
        Array.from({ length: CONVERSATIONS }, (_, n) => `multi-${n}`).sort(),
      );
      for (const inquiry of inquiries) {
        const n = Number(inquiry.conversationId.split('-')[1]);
        expect(inquiry).toMatchObject({
          name: `Pat Number${n} Sentinel`,
          phone: `+1713555${String(1000 + n).padStart(4, '0')}`,
          preferredTime: 'Morning',
        });
      }
    } finally {
      await database.close();
    }
    // Both instances deliver from the shared outbox; each inquiry reaches the receiver once.
    const delivered = await waitFor(
      () => (receiver.received.length >= CONVERSATIONS ? receiver.received : undefined),
      'every inquiry to reach the webhook receiver',
      20_000,
    );
    const ids = delivered.map((d) => String(d.headers['idempotency-key']));
    expect(new Set(ids).size).toBe(CONVERSATIONS);
    expect(ids).toHaveLength(CONVERSATIONS);
    // Staff see the same in `npm run inquiries -- outbox`, read from PostgreSQL.
    const statuses = await waitFor(async () => {
      const out: string[] = [];
      const code = await runInquiriesCli(['outbox', '--json'], {
        dataDir: dataDir.dir,
        databaseUrl: target.url,
        stdout: { write: (t: string) => out.push(t) },
        stderr: { write: () => {} },
      });
      expect(code).toBe(EXIT.ok);
      const entries = JSON.parse(out.join('')) as Array<{ status: string }>;
      return entries.every((e) => e.status === 'delivered') ? entries : undefined;
    }, 'every delivery to be marked delivered');
    expect(statuses).toHaveLength(CONVERSATIONS);
    // Logs name events and ids, never what patients typed.
    for (const instance of instances) expect(instance.output()).not.toContain('Sentinel');
  });

  it('reports ready while the database answers', async () => {
    for (const instance of instances) {
      const res = await fetch(`${instance.url}/readyz`);
      expect(res.status).toBe(200);
    }
  });
});
