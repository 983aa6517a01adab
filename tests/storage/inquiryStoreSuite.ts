import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotDatabase } from '../../src/storage/database.js';
import { createFieldCipher, type FieldCipher } from '../../src/storage/fieldCipher.js';
import { SqlInquiryStore, type NewInquiry } from '../../src/storage/inquiryStore.js';

/** A database the suite may open several times (to check what survives reopening). */
export interface DatabaseUnderTest {
  open(): Promise<BotDatabase>;
  cleanup(): Promise<void>;
}

const consentAt = new Date('2025-03-01T09:59:30.000Z');
const inquiry = (overrides: Partial<NewInquiry> = {}): NewInquiry => ({
  name: 'Jane Patient',
  phone: '+15551234567',
  email: 'jane@example.org',
  preferredTime: 'weekday mornings',
  message: 'Is the procedure done under sedation?',
  channel: 'webchat',
  conversationId: 'conv-1',
  activityId: 'act-1',
  consentGiven: true,
  consentAt,
  ...overrides,
});

/** What every inquiry store must do, on SQLite and on PostgreSQL. */
export function describeInquiryStore(name: string, makeDatabase: () => Promise<DatabaseUnderTest>): void {
  describe(`SqlInquiryStore on ${name}`, () => {
    let under: DatabaseUnderTest;
    let db: BotDatabase;
    let clock: Date;
    const store = (options: { cipher?: FieldCipher; outbox?: boolean } = {}) =>
      new SqlInquiryStore(db.db, { now: () => clock, ...options });

    beforeEach(async () => {
      under = await makeDatabase();
      db = await under.open();
      clock = new Date('2025-03-01T10:00:00.000Z');
    });
    afterEach(async () => {
      await db.close();
      await under.cleanup();
    });

    it('saves an inquiry with an inq_ id, creation time and consent, and lists it', async () => {
      const saved = await store().save(inquiry());
      expect(saved.id).toMatch(/^inq_[0-9a-f-]{36}$/);
      expect(saved).toMatchObject({
        createdAt: clock,
        name: 'Jane Patient',
        phone: '+15551234567',
        email: 'jane@example.org',
        preferredTime: 'weekday mornings',
        message: 'Is the procedure done under sedation?',
        channel: 'webchat',
        consentGiven: true,
        consentAt,
      });
      expect(await store().list()).toEqual([saved]);
    });

    it('returns the first record when the channel retries the same activity', async () => {
      const first = await store().save(inquiry());
      clock = new Date('2025-03-01T10:00:05.000Z');
      const retry = await store().save(inquiry({ message: 'resent' }));
      expect(retry).toEqual(first);
      expect(await store().list()).toHaveLength(1);
    });

    it('keeps separate requests from the same conversation as separate records', async () => {
      const a = await store().save(inquiry({ activityId: 'act-1' }));
      const b = await store().save(inquiry({ activityId: 'act-2' }));
      expect(a.id).not.toBe(b.id);
      expect((await store().list()).map((i) => i.id)).toEqual([a.id, b.id]);
    });

    it('keeps a phone extension the patient gave (E.164 plus ;ext=)', async () => {
      const saved = await store().save(inquiry({ phone: '+17135550123;ext=4' }));
      expect((await store().list())[0]?.phone).toBe('+17135550123;ext=4');
      expect(saved.phone).toBe('+17135550123;ext=4');
    });

    it('stores a missing or blank email and message as null', async () => {
      const saved = await store().save(inquiry({ email: undefined, message: '   ' }));
      expect(saved.email).toBeNull();
      expect(saved.message).toBeNull();
    });

    it('keeps the language the call should be in (English when not given) and refuses what is no language code', async () => {
      expect((await store().save(inquiry({ activityId: 'act-es', language: 'es' }))).language).toBe('es');
      expect((await store().save(inquiry({ activityId: 'act-en' }))).language).toBe('en');
      expect((await store().save(inquiry({ activityId: 'act-vi', language: 'vi' }))).language).toBe('vi');
      expect((await store().list()).map((i) => i.language)).toEqual(['es', 'en', 'vi']);
      await expect(store().save(inquiry({ activityId: 'act-x', language: 'Vietnamese' }))).rejects.toThrow(
        '[InquiryStore] language must be an ISO 639 code such as en, es or vi',
      );
    });

    it("keeps whom the call is about when a relative asked (null when it is the caller's own)", async () => {
      const forMother = await store().save(inquiry({ activityId: 'act-rel', patientName: ' Rosa Martínez ' }));
      expect(forMother.patientName).toBe('Rosa Martínez');
      expect((await store().save(inquiry({ activityId: 'act-own', patientName: '  ' }))).patientName).toBeNull();
      expect((await store().list()).map((i) => i.patientName)).toEqual(['Rosa Martínez', null]);
      await expect(store().save(inquiry({ activityId: 'act-long', patientName: 'x'.repeat(201) }))).rejects.toThrow(
        '[InquiryStore] patientName must be at most 200 characters',
      );
    });

    it('stores that consent was declined', async () => {
      const saved = await store().save(inquiry({ consentGiven: false, consentAt: null }));
      expect((await store().list())[0]).toMatchObject({ id: saved.id, consentGiven: false, consentAt: null });
    });

    it('lists oldest first and filters by an inclusive since', async () => {
      clock = new Date('2025-03-01T08:00:00.000Z');
      const early = await store().save(inquiry({ activityId: 'a' }));
      clock = new Date('2025-03-02T08:00:00.000Z');
      const onTheDot = await store().save(inquiry({ activityId: 'b' }));
      clock = new Date('2025-03-03T08:00:00.000Z');
      const late = await store().save(inquiry({ activityId: 'c' }));

      expect((await store().list()).map((i) => i.id)).toEqual([early.id, onTheDot.id, late.id]);
      expect((await store().list({ since: new Date('2025-03-02T08:00:00.000Z') })).map((i) => i.id)).toEqual([
        onTheDot.id,
        late.id,
      ]);
      expect(await store().list({ since: new Date('2025-04-01T00:00:00.000Z') })).toEqual([]);
    });

    it('keeps inquiries across reopening the database file', async () => {
      const saved = await store().save(inquiry());
      await db.close();
      db = await under.open();
      expect(await store().list()).toEqual([saved]);
    });

    it('seals personal fields with DATA_KEY and reads them back; without the key they stay unreadable', async () => {
      const cipher = createFieldCipher(`k1:${Buffer.alloc(32, 7).toString('base64')}`);
      const saved = await store({ cipher }).save(inquiry({ patientName: 'Rosa Martínez' }));
      expect(saved.name).toBe('Jane Patient');
      expect((await store({ cipher }).list())[0]).toEqual(saved);
      const row = await db.db
        .selectFrom('inquiries')
        .select(['name', 'patient_name', 'phone', 'key_id'])
        .executeTakeFirstOrThrow();
      expect(row.key_id).toBe('k1');
      expect(`${row.name} ${row.patient_name} ${row.phone}`).not.toMatch(/Jane|Rosa|5551234567/);
      await expect(store().list()).rejects.toThrow('[InquiryStore] inquiries are encrypted; set DATA_KEY to read them');
    });

    it('erases by phone, deletes by id and purges by age', async () => {
      const cipher = createFieldCipher(`k1:${Buffer.alloc(32, 7).toString('base64')}`);
      const sealed = await store({ cipher }).save(inquiry({ activityId: 'a' }));
      const clear = await store().save(inquiry({ activityId: 'b' }));
      const other = await store({ cipher }).save(inquiry({ activityId: 'c', phone: '+15557654321' }));
      expect((await store({ cipher }).eraseByPhone('+15551234567')).map((o) => o.id).sort()).toEqual(
        [sealed.id, clear.id].sort(),
      );
      expect(await store({ cipher }).delete(other.id)).toEqual({
        id: other.id,
        channel: 'webchat',
        conversationId: 'conv-1',
      });
      expect(await store({ cipher }).delete(other.id)).toBeUndefined();
      await store().save(inquiry({ activityId: 'd' }));
      clock = new Date('2025-04-01T00:00:00.000Z');
      const fresh = await store().save(inquiry({ activityId: 'e' }));
      expect(await store().purgeCreatedBefore(new Date('2025-03-15T00:00:00.000Z'))).toHaveLength(1);
      expect((await store().list()).map((i) => i.id)).toEqual([fresh.id]);
    });

    it('queues each new inquiry once in the outbox, in the same save, when the hand-off is on', async () => {
      const first = await store({ outbox: true }).save(inquiry());
      await store({ outbox: true }).save(inquiry()); // a channel retry
      await store().save(inquiry({ activityId: 'act-2' })); // hand-off off
      const rows = await db.db.selectFrom('inquiry_outbox').select(['inquiry_id', 'status', 'attempts']).execute();
      expect(rows).toEqual([{ inquiry_id: first.id, status: 'pending', attempts: 0 }]);
    });

    it.each([
      ['phone', { phone: '555-123-4567 (Jane)' }, '[InquiryStore] phone must be in E.164 format'],
      ['phone extension', { phone: '+17135550123;ext=call Jane' }, '[InquiryStore] phone must be in E.164 format'],
      ['name', { name: '  ' }, '[InquiryStore] name is required'],
      ['message', { message: 'x'.repeat(5000) }, '[InquiryStore] message must be at most 4000 characters'],
      [
        'consentAt',
        { consentGiven: true, consentAt: null },
        '[InquiryStore] consentAt is required when consent is given',
      ],
    ] as const)('rejects an invalid %s without quoting the personal value', async (_field, overrides, message) => {
      const error = await store()
        .save(inquiry(overrides))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe(message);
      expect((error as Error).message).not.toMatch(/Jane|555|xxxx/);
      expect(await store().list()).toEqual([]);
    });
  });
}
