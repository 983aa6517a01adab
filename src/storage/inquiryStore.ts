import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type FieldCodec, plainText } from './fieldCodec.js';
import { validateInquiry } from './inquiryValidation.js';
import { isPostgres } from './migrations.js';
import type { BotDb, InquiriesTable } from './schema.js';

export { InquiryValidationError, INQUIRY_LIMITS } from './inquiryValidation.js';

/** A call-back request as the contact dialog collected it. */
export interface NewInquiry {
  readonly name: string;
  /** E.164 (`+` then up to 15 digits); normalising user input is the dialog's job. */
  readonly phone: string;
  readonly email?: string | null;
  readonly preferredTime: string;
  readonly message?: string | null;
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
  readonly phone: string;
  readonly email: string | null;
  readonly preferredTime: string;
  readonly message: string | null;
  readonly channel: string;
  readonly conversationId: string;
  readonly activityId: string;
  readonly consentGiven: boolean;
  readonly consentAt: Date | null;
}

export interface InquiryStore {
  /** Idempotent per (channel, conversationId, activityId): a repeat returns the first record. */
  save(input: NewInquiry): Promise<SavedInquiry>;
  /** Oldest first (ties in save order); `since` is inclusive. */
  list(opts?: { since?: Date }): Promise<SavedInquiry[]>;
}

type InquiryRow = InquiriesTable;

const COLUMNS = [
  'id',
  'created_at',
  'name',
  'phone',
  'email',
  'preferred_time',
  'message',
  'channel',
  'conversation_id',
  'activity_id',
  'consent_given',
  'consent_at',
] as const;

export interface SqlInquiryStoreOptions {
  /** Injectable so tests can place inquiries in time. */
  readonly now?: () => Date;
  /** Turns personal fields into stored text and back (encryption plugs in here). */
  readonly codec?: FieldCodec;
  /** Queue each new inquiry for the webhook hand-off, in the same transaction. */
  readonly outbox?: boolean;
}

/** `InquiryStore` over the `inquiries` table, on SQLite or PostgreSQL. */
export class SqlInquiryStore implements InquiryStore {
  private readonly now: () => Date;
  private readonly codec: FieldCodec;
  private readonly outbox: boolean;
  /** Save order for equal timestamps: SQLite's rowid, PostgreSQL's identity column. */
  private readonly saveOrder;

  constructor(
    /** Never a turn's transaction: an inquiry must be committed before the thank-you is said. */
    private readonly db: BotDb,
    options: SqlInquiryStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.codec = options.codec ?? plainText;
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
          .values({ id: `out_${randomUUID()}`, inquiry_id: row.id, created_at: row.created_at, status: 'pending', attempts: 0, next_attempt_at: row.created_at })
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

  private toRow(input: NewInquiry, createdAt: Date): InquiryRow {
    const email = orNull(input.email)?.trim() ?? null;
    const message = orNull(input.message);
    const { encode } = this.codec;
    return {
      id: `inq_${randomUUID()}`,
      created_at: createdAt.toISOString(),
      name: encode('name', input.name.trim()),
      phone: encode('phone', input.phone),
      email: email === null ? null : encode('email', email),
      preferred_time: encode('preferredTime', input.preferredTime.trim()),
      message: message === null ? null : encode('message', message),
      channel: input.channel,
      conversation_id: input.conversationId,
      activity_id: input.activityId,
      consent_given: input.consentGiven ? 1 : 0,
      consent_at: input.consentAt?.toISOString() ?? null,
    };
  }

  private fromRow(row: InquiryRow): SavedInquiry {
    const { decode } = this.codec;
    return {
      id: row.id,
      createdAt: new Date(row.created_at),
      name: decode('name', row.name),
      phone: decode('phone', row.phone),
      email: row.email === null ? null : decode('email', row.email),
      preferredTime: decode('preferredTime', row.preferred_time),
      message: row.message === null ? null : decode('message', row.message),
      channel: row.channel,
      conversationId: row.conversation_id,
      activityId: row.activity_id,
      consentGiven: Number(row.consent_given) === 1,
      consentAt: row.consent_at === null ? null : new Date(row.consent_at),
    };
  }
}

/** Blank optional text is stored as NULL so "not given" has one representation. */
const orNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value);
