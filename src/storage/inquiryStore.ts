import { randomUUID } from 'node:crypto';
import type { Database } from './database.js';
import { validateInquiry } from './inquiryValidation.js';

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

interface InquiryRow {
  id: string;
  created_at: string;
  name: string;
  phone: string;
  email: string | null;
  preferred_time: string;
  message: string | null;
  channel: string;
  conversation_id: string;
  activity_id: string;
  consent_given: number;
  consent_at: string | null;
}

const COLUMNS =
  'id, created_at, name, phone, email, preferred_time, message, channel, conversation_id, activity_id, consent_given, consent_at';

/** `InquiryStore` over the `inquiries` table of the database from `openDatabase`. */
export class SqliteInquiryStore implements InquiryStore {
  private readonly insert;
  private readonly byActivity;
  private readonly all;
  private readonly since;

  constructor(
    private readonly db: Database,
    /** Injectable so tests can place inquiries in time. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<[InquiryRow]>(
      `INSERT INTO inquiries (${COLUMNS}) VALUES (@id, @created_at, @name, @phone, @email, @preferred_time, @message,
         @channel, @conversation_id, @activity_id, @consent_given, @consent_at)
       ON CONFLICT (channel, conversation_id, activity_id) DO NOTHING`,
    );
    this.byActivity = db.prepare<[string, string, string], InquiryRow>(
      `SELECT ${COLUMNS} FROM inquiries WHERE channel = ? AND conversation_id = ? AND activity_id = ?`,
    );
    this.all = db.prepare<[], InquiryRow>(`SELECT ${COLUMNS} FROM inquiries ORDER BY created_at, rowid`);
    this.since = db.prepare<[string], InquiryRow>(`SELECT ${COLUMNS} FROM inquiries WHERE created_at >= ? ORDER BY created_at, rowid`);
  }

  /**
   * Inserts unless (channel, conversationId, activityId) already exists, then reads the
   * stored row back in the same transaction: a channel retry gets the original id and
   * timestamp, so the patient is never called back twice for one request.
   */
  async save(input: NewInquiry): Promise<SavedInquiry> {
    const row = toRow(validateInquiry(input), this.now());
    const stored = this.db
      .transaction(() => {
        this.insert.run(row);
        return this.byActivity.get(row.channel, row.conversation_id, row.activity_id);
      })
      .immediate();
    if (!stored) throw new Error('[InquiryStore] inquiry was not found after saving');
    return fromRow(stored);
  }

  async list(opts: { since?: Date } = {}): Promise<SavedInquiry[]> {
    if (opts.since === undefined) return this.all.all().map(fromRow);
    if (Number.isNaN(opts.since.getTime())) throw new RangeError('[InquiryStore] since must be a valid date');
    return this.since.all(opts.since.toISOString()).map(fromRow);
  }
}

/** Blank optional text is stored as NULL so "not given" has one representation. */
const orNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value);

function toRow(input: NewInquiry, createdAt: Date): InquiryRow {
  return {
    id: `inq_${randomUUID()}`,
    created_at: createdAt.toISOString(),
    name: input.name.trim(),
    phone: input.phone,
    email: orNull(input.email)?.trim() ?? null,
    preferred_time: input.preferredTime.trim(),
    message: orNull(input.message),
    channel: input.channel,
    conversation_id: input.conversationId,
    activity_id: input.activityId,
    consent_given: input.consentGiven ? 1 : 0,
    consent_at: input.consentAt?.toISOString() ?? null,
  };
}

function fromRow(row: InquiryRow): SavedInquiry {
  return {
    id: row.id,
    createdAt: new Date(row.created_at),
    name: row.name,
    phone: row.phone,
    email: row.email,
    preferredTime: row.preferred_time,
    message: row.message,
    channel: row.channel,
    conversationId: row.conversation_id,
    activityId: row.activity_id,
    consentGiven: row.consent_given === 1,
    consentAt: row.consent_at === null ? null : new Date(row.consent_at),
  };
}
