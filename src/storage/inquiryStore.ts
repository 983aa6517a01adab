import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FieldCipher } from './fieldCipher.js';
import { validateInquiry } from './inquiryValidation.js';
import { isPostgres } from './migrations.js';
import type { BotDb, InquiriesTable } from './schema.js';

/** A call-back request as the contact dialog collected it. */
export interface NewInquiry {
  /** The caller's name: the person the team asks for. */
  readonly name: string;
  /** Whom the call is about when a relative asked for it; absent or null when it is the caller. */
  readonly patientName?: string | null;
  /**
   * E.164 (`+` then up to 15 digits), with `;ext=4` when the patient gave an extension
   * (RFC 3966); normalising user input is the dialog's job.
   */
  readonly phone: string;
  readonly email?: string | null;
  readonly preferredTime: string;
  readonly message?: string | null;
  /** The language the call back should be in (the form's, or one the person named). English when not given. */
  readonly language?: InquiryLanguage;
  readonly channel: string;
  readonly conversationId: string;
  /** With channel and conversationId, identifies the request so channel retries are harmless. */
  readonly activityId: string;
  readonly consentGiven: boolean;
  /** When the patient agreed to be contacted; required when `consentGiven` is true. */
  readonly consentAt: Date | null;
}

export interface SavedInquiry {
  readonly id: string;
  readonly createdAt: Date;
  readonly name: string;
  readonly patientName: string | null;
  readonly phone: string;
  readonly email: string | null;
  readonly preferredTime: string;
  readonly message: string | null;
  readonly language: InquiryLanguage;
  readonly channel: string;
  readonly conversationId: string;
  readonly activityId: string;
  readonly consentGiven: boolean;
  readonly consentAt: Date | null;
}

/**
 * The language the call should be in, as an ISO 639 code: 'en' or 'es' (the form's languages), or another the
 * person asked for ('vi' for Vietnamese), for which the team arranges an interpreter.
 */
export type InquiryLanguage = string;
/** Two or three lower-case letters (ISO 639-1 or 639-3). */
export const INQUIRY_LANGUAGE = /^[a-z]{2,3}$/;

export interface InquiryStore {
  /** Idempotent per (channel, conversationId, activityId): a repeat returns the first record. */
  save(input: NewInquiry): Promise<SavedInquiry>;
  /** Oldest first (ties in save order); `since` is inclusive. */
  list(opts?: { since?: Date }): Promise<SavedInquiry[]>;
}

/** Where an erased person's inquiries came from, so their conversation state can go too. */
export interface InquiryOrigin {
  readonly id: string;
  readonly channel: string;
  readonly conversationId: string;
}

type InquiryRow = InquiriesTable;

const COLUMNS = [
  'id',
  'created_at',
  'name',
  'patient_name',
  'phone',
  'phone_ext',
  'email',
  'preferred_time',
  'message',
  'language',
  'channel',
  'conversation_id',
  'activity_id',
  'consent_given',
  'consent_at',
  'key_id',
  'phone_lookup',
] as const;

export interface SqlInquiryStoreOptions {
  /** Injectable so tests can place inquiries in time. */
  readonly now?: () => Date;
  /** Seals the names, phone, email and message (AES-256-GCM, DATA_KEY); without it they are stored in clear (local mode only). */
  readonly cipher?: FieldCipher | undefined;
  /** Queue each new inquiry for the webhook hand-off, in the same transaction. */
  readonly outbox?: boolean;
}

/**
 * `InquiryStore` over the `inquiries` table, on SQLite or PostgreSQL. With a
 * `FieldCipher`, name, phone, email and message are sealed (AES-256-GCM) and the row
 * records the key id; without one they are stored in clear (local mode only).
 */
export class SqlInquiryStore implements InquiryStore {
  private readonly now: () => Date;
  private readonly cipher: FieldCipher | undefined;
  private readonly outbox: boolean;
  /** Save order for equal timestamps: SQLite's rowid, PostgreSQL's identity column. */
  private readonly saveOrder;

  constructor(
    /** Never a turn's transaction: an inquiry must be committed before the thank-you is said. */
    private readonly db: BotDb,
    options: SqlInquiryStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.cipher = options.cipher;
    this.outbox = options.outbox ?? false;
    this.saveOrder = isPostgres(db) ? sql`seq` : sql`rowid`;
  }

  /**
   * Inserts unless (channel, conversationId, activityId) already exists, then reads the
   * stored row back in the same transaction: a channel retry (to this instance or another)
   * gets the original id and timestamp, so the patient is never called back twice for one
   * request. A new inquiry is queued in the outbox in the same transaction, so it is
   * handed on exactly when it is saved.
   */
  async save(input: NewInquiry): Promise<SavedInquiry> {
    const row = this.toRow(validateInquiry(input), this.now());
    const stored = await this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('inquiries')
        .values(row)
        .onConflict((oc) => oc.columns(['channel', 'conversation_id', 'activity_id']).doNothing())
        .executeTakeFirst();
      if (this.outbox && (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) {
        await trx
          .insertInto('inquiry_outbox')
          .values({
            id: `out_${randomUUID()}`,
            inquiry_id: row.id,
            created_at: row.created_at,
            status: 'pending',
            attempts: 0,
            next_attempt_at: row.created_at,
          })
          .execute();
      }
      return trx
        .selectFrom('inquiries')
        .select(COLUMNS)
        .where('channel', '=', row.channel)
        .where('conversation_id', '=', row.conversation_id)
        .where('activity_id', '=', row.activity_id)
        .executeTakeFirst();
    });
    if (!stored) throw new Error('[InquiryStore] inquiry was not found after saving');
    return this.fromRow(stored);
  }

  async list(opts: { since?: Date } = {}): Promise<SavedInquiry[]> {
    let query = this.db.selectFrom('inquiries').select(COLUMNS);
    if (opts.since !== undefined) {
      if (Number.isNaN(opts.since.getTime())) throw new RangeError('[InquiryStore] since must be a valid date');
      query = query.where('created_at', '>=', opts.since.toISOString());
    }
    const rows = await query.orderBy('created_at').orderBy(this.saveOrder).execute();
    return rows.map((r) => this.fromRow(r));
  }

  /** One inquiry by id, or undefined (for the webhook hand-off). */
  async get(id: string): Promise<SavedInquiry | undefined> {
    const row = await this.db.selectFrom('inquiries').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && this.fromRow(row);
  }

  /** Deletes one inquiry by id; returns where it came from, or undefined when there was none. */
  async delete(id: string): Promise<InquiryOrigin | undefined> {
    const row = await this.db
      .deleteFrom('inquiries')
      .where('id', '=', id)
      .returning(['channel', 'conversation_id'])
      .executeTakeFirst();
    return row ? { id, channel: row.channel, conversationId: row.conversation_id } : undefined;
  }

  /** Deletes every inquiry with this E.164 phone, sealed under any known key or in clear. */
  async eraseByPhone(phone: string): Promise<InquiryOrigin[]> {
    const hashes = this.cipher?.lookupHashes(phone) ?? [];
    const rows = await this.db
      .deleteFrom('inquiries')
      .where((eb) =>
        eb.or([
          eb.and([eb('key_id', 'is', null), eb('phone', '=', phone)]),
          ...hashes.map((h) => eb.and([eb('key_id', '=', h.keyId), eb('phone_lookup', '=', h.hash)])),
        ]),
      )
      .returning(['id', 'channel', 'conversation_id'])
      .execute();
    return rows.map((r) => ({ id: r.id, channel: r.channel, conversationId: r.conversation_id }));
  }

  /** Deletes inquiries created before `cutoff` (the retention sweep); returns their ids. */
  async purgeCreatedBefore(cutoff: Date): Promise<string[]> {
    const rows = await this.db
      .deleteFrom('inquiries')
      .where('created_at', '<', cutoff.toISOString())
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  private toRow(input: NewInquiry, createdAt: Date): InquiryRow {
    const cipher = this.cipher;
    const seal = (v: string): string => (cipher ? cipher.seal(v) : v);
    const email = orNull(input.email)?.trim() ?? null;
    const message = orNull(input.message);
    const patientName = orNull(input.patientName)?.trim() ?? null;
    // The number stays E.164 (and is what erasure looks up); an extension sits beside it.
    const [phone = '', ext] = input.phone.split(';ext=');
    return {
      id: `inq_${randomUUID()}`,
      created_at: createdAt.toISOString(),
      name: seal(input.name.trim()),
      patient_name: patientName === null ? null : seal(patientName),
      phone: seal(phone),
      phone_ext: ext === undefined ? null : seal(ext),
      email: email === null ? null : seal(email),
      preferred_time: input.preferredTime.trim(),
      message: message === null ? null : seal(message),
      language: input.language ?? 'en',
      channel: input.channel,
      conversation_id: input.conversationId,
      activity_id: input.activityId,
      consent_given: input.consentGiven ? 1 : 0,
      consent_at: input.consentAt?.toISOString() ?? null,
      key_id: cipher?.keyId ?? null,
      phone_lookup: cipher ? cipher.lookupHash(phone) : null,
    };
  }

  private fromRow(row: InquiryRow): SavedInquiry {
    let open = (v: string): string => v;
    if (row.key_id !== null) {
      const { cipher } = this;
      if (!cipher) throw new Error('[InquiryStore] inquiries are encrypted; set DATA_KEY to read them');
      const keyId = row.key_id;
      open = (v) => cipher.open(v, keyId);
    }
    return {
      id: row.id,
      createdAt: new Date(row.created_at),
      name: open(row.name),
      patientName: row.patient_name === null ? null : open(row.patient_name),
      phone: row.phone_ext === null ? open(row.phone) : `${open(row.phone)};ext=${open(row.phone_ext)}`,
      email: row.email === null ? null : open(row.email),
      preferredTime: row.preferred_time,
      message: row.message === null ? null : open(row.message),
      language: INQUIRY_LANGUAGE.test(row.language) ? row.language : 'en',
      channel: row.channel,
      conversationId: row.conversation_id,
      activityId: row.activity_id,
      consentGiven: Number(row.consent_given) === 1,
      consentAt: row.consent_at === null ? null : new Date(row.consent_at),
    };
  }
}

/** Blank optional text is stored as NULL so "not given" has one representation. */
const orNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value.trim() === '' ? null : value;
