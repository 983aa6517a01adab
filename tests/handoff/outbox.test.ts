import { createHmac, timingSafeEqual } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runInquiriesCli } from '../../src/cli/inquiriesCli.js';
import { deliverNow, OutboxDeliverer } from '../../src/handoff/outboxDeliverer.js';
import { SqlOutbox } from '../../src/handoff/outboxStore.js';
import { WEBHOOK_SCHEMA } from '../../src/handoff/webhook.js';
import { type BotDatabase, openSqliteDatabase } from '../../src/storage/database.js';
import { type NewInquiry, SqlInquiryStore } from '../../src/storage/inquiryStore.js';
import { waitFor } from '../helpers/startTestBot.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { WebhookReceiver } from '../helpers/webhookReceiver.js';

const SECRET = 'test-webhook-secret-0123456789abcdef';
const inquiry: NewInquiry = {
  name: 'Sentinel Outbox Caller',
  patientName: 'Sentinel Outbox Patient',
  phone: '+17135550100',
  email: null,
  preferredTime: 'Morning',
  message: null,
  language: 'es',
  channel: 'webchat',
  conversationId: 'conv-1',
  activityId: 'act-1',
  consentGiven: true,
  consentAt: new Date('2026-01-01T09:00:00.000Z'),
};

/** What a receiver must do: recompute the HMAC over "<timestamp>.<body>" and compare. */
function signatureValid(headers: Record<string, unknown>, body: string, secret: string): boolean {
  const expected = `sha256=${createHmac('sha256', secret)
    .update(`${String(headers['x-signature-timestamp'])}.${body}`)
    .digest('hex')}`;
  const given = String(headers['x-signature']);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

describe('webhook hand-off of saved inquiries', () => {
  let tmp: Awaited<ReturnType<typeof makeTempDir>>;
  let receiver: WebhookReceiver;
  let database: BotDatabase;
  let clock: Date;
  const logs: string[] = [];

  const deliverer = (options: { maxAttempts?: number; pollMs?: number } = {}) =>
    new OutboxDeliverer(
      new SqlOutbox(database.db),
      new SqlInquiryStore(database.db),
      pino({ level: 'info' }, { write: (line: string) => logs.push(line) }),
      { url: receiver.url, secret: SECRET, timeoutMs: 300, baseDelayMs: 60_000, ...options },
      () => clock,
    );
  const outboxRows = () => new SqlOutbox(database.db).list();

  beforeEach(async () => {
    tmp = await makeTempDir();
    receiver = await new WebhookReceiver().start();
    database = await openSqliteDatabase(tmp.dir);
    clock = new Date('2026-01-01T10:00:00.000Z');
    logs.length = 0;
    await new SqlInquiryStore(database.db, { outbox: true, now: () => clock }).save(inquiry);
  });
  afterEach(async () => {
    await database.close();
    await receiver.stop();
    await tmp.remove();
  });

  it('retries with growing delays through failures and a timeout, survives a restart, then delivers once, signed', async () => {
    receiver.mode = 'fail';
    expect(await deliverer().deliverDue()).toBe(0);
    expect(await outboxRows()).toMatchObject([
      { status: 'pending', attempts: 1, lastError: 'http-503', nextAttemptAt: new Date('2026-01-01T10:01:00.000Z') },
    ]);
    // Not due yet: nothing is sent again before the backoff delay.
    expect(await deliverer().deliverDue()).toBe(0);
    expect((await outboxRows())[0]?.attempts).toBe(1);

    clock = new Date('2026-01-01T10:01:00.000Z');
    receiver.mode = 'hang';
    expect(await deliverer().deliverDue()).toBe(0);
    expect(await outboxRows()).toMatchObject([
      { status: 'pending', attempts: 2, lastError: 'timeout', nextAttemptAt: new Date('2026-01-01T10:03:00.000Z') },
    ]);

    // The bot restarts: the queue is in the database, not in memory.
    await database.close();
    database = await openSqliteDatabase(tmp.dir);

    clock = new Date('2026-01-01T10:03:00.000Z');
    receiver.mode = 'ok';
    expect(await deliverer().deliverDue()).toBe(1);
    expect(await deliverer().deliverDue()).toBe(0);
    expect(await outboxRows()).toMatchObject([{ status: 'delivered', attempts: 3, lastError: null }]);

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const saved = (await new SqlInquiryStore(database.db).list())[0]!;
    expect(signatureValid(delivery!.headers, delivery!.body, SECRET)).toBe(true);
    expect(signatureValid(delivery!.headers, delivery!.body, `${SECRET}x`)).toBe(false);
    expect(delivery!.headers['idempotency-key']).toBe(saved.id);
    expect(JSON.parse(delivery!.body)).toEqual({
      schema: WEBHOOK_SCHEMA,
      deliveryId: (await outboxRows())[0]!.id,
      inquiry: {
        id: saved.id,
        createdAt: '2026-01-01T10:00:00.000Z',
        name: 'Sentinel Outbox Caller',
        patientName: 'Sentinel Outbox Patient',
        phone: '+17135550100',
        email: null,
        preferredTime: 'Morning',
        message: null,
        language: 'es',
        channel: 'webchat',
        consentGiven: true,
        consentAt: '2026-01-01T09:00:00.000Z',
      },
    });
    // Logs carry ids and outcomes, never the patient's details or the receiver's text.
    expect(logs.join('')).not.toMatch(/Sentinel|7135550100|maintenance/);
  });

  it('dead-letters after the last attempt, shows it to staff, and sends it again when requeued', async () => {
    receiver.mode = 'fail';
    await deliverer({ maxAttempts: 2 }).deliverDue();
    clock = new Date('2026-01-01T11:00:00.000Z');
    await deliverer({ maxAttempts: 2 }).deliverDue();
    expect(await outboxRows()).toMatchObject([{ status: 'dead', attempts: 2, lastError: 'http-503' }]);

    const out: string[] = [];
    const err: string[] = [];
    const cli = (args: string[]) =>
      runInquiriesCli(args, {
        dataDir: tmp.dir,
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: (s: string) => err.push(s) },
      });
    expect(await cli(['outbox'])).toBe(EXIT.ok);
    expect(out.join('')).toMatch(/dead\s+2\s+http-503/);
    expect(out.join('')).toContain('0 pending, 0 delivered, 1 dead');
    expect(out.join('')).not.toContain('Sentinel');

    receiver.mode = 'ok';
    expect(await cli(['outbox', '--requeue-dead'])).toBe(EXIT.ok);
    expect(err.join('')).toContain('requeued 1 dead-lettered delivery');
    clock = new Date(); // the CLI requeues for "now"
    expect(await deliverer().deliverDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
  });

  it('sends an inquiry as soon as it is saved, not at the next poll', async () => {
    const poller = deliverer({ pollMs: 3_600_000 });
    await poller.deliverDue(); // the row saved in beforeEach
    const before = receiver.received.length;
    poller.start();
    try {
      const store = deliverNow(new SqlInquiryStore(database.db, { outbox: true, now: () => clock }), poller);
      await store.save({ ...inquiry, activityId: 'act-2' });
      const received = await waitFor(
        () => (receiver.received.length > before ? receiver.received : undefined),
        'the delivery of the new inquiry',
      );
      expect(received).toHaveLength(before + 1);
      expect(await outboxRows()).toMatchObject([{ status: 'delivered' }, { status: 'delivered' }]);
    } finally {
      await poller.stop();
    }
  });

  it('lets only one of two instances send a row at a time', async () => {
    const [a, b] = await Promise.all([deliverer().deliverDue(), deliverer().deliverDue()]);
    expect(a + b).toBe(1);
    expect(receiver.received).toHaveLength(1);
  });
});
