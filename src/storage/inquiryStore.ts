import { randomUUID } from 'node:crypto';
import type { Database } from './database.js';
import type { FieldCipher } from './fieldCipher.js';
import { validateInquiry } from './inquiryValidation.js';

/** A call-back request as the contact dialog collected it. */
export interface NewInquiry {
  readonly name: string;
  /**
   * E.164 (`+` then up to 15 digits), with `;ext=4` when the patient gave an extension
   * (RFC 3966); normalising user input is the dialog's job.
   */
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

/** Where an erased person's inquiries came from, so their conversation state can go too. */
export interface InquiryOrigin {
  readonly id: string;
  readonly channel: string;
  readonly conversationId: string;
}

interface InquiryRow {
  id: string;
  created_at: string;
  name: string;
  phone: string;
  phone_ext: string | null;
  email: string | null;
  preferred_time: string;
  message: string | null;
  channel: string;
  conversation_id: string;
  activity_id: string;
  consent_given: number;
  consent_at: string | null;
  key_id: string | null;
  phone_lookup: string | null;
}

const COLUMNS =
  'id, created_at, name, phone, phone_ext, email, preferred_time, message, channel, conversation_id, activity_id, consent_given, consent_at, key_id, phone_lookup';

/**
 * `InquiryStore` over the `inquiries` table of the database from `openDatabase`. With a
 * `FieldCipher`, name, phone, email and message are sealed (AES-256-GCM) and the row
 * records the key id; without one they are stored in clear (local mode only).
 */
export class SqliteInquiryStore implements InquiryStore {
  private readonly insert;
  private readonly byActivity;
  private readonly all;
  private readonly since;

  constructor(
    private readonly db: Database,
    /** Injectable so tests can place inquiries in time. */
    private readonly now: () => Date = () => new Date(),
    private readonly cipher?: FieldCipher,
  ) {
    this.insert = db.prepare<[InquiryRow]>(
      `INSERT INTO inquiries (${COLUMNS}) VALUES (@id, @created_at, @name, @phone, @phone_ext, @email, @preferred_time, @message,
         @channel, @conversation_id, @activity_id, @consent_given, @consent_at, @key_id, @phone_lookup)
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
    const row = toRow(validateInquiry(input), this.now(), this.cipher);
    const stored = this.db
      .transaction(() => {
        this.insert.run(row);
        return this.byActivity.get(row.channel, row.conversation_id, row.activity_id);
      })
      .immediate();
    if (!stored) throw new Error('[InquiryStore] inquiry was not found after saving');
    return this.fromRow(stored);
  }

  async list(opts: { since?: Date } = {}): Promise<SavedInquiry[]> {
    if (opts.since === undefined) return this.all.all().map((r) => this.fromRow(r));
    if (Number.isNaN(opts.since.getTime())) throw new RangeError('[InquiryStore] since must be a valid date');
    return this.since.all(opts.since.toISOString()).map((r) => this.fromRow(r));
  }

  /** Deletes one inquiry by id; returns where it came from, or undefined when there was none. */
  delete(id: string): InquiryOrigin | undefined {
    const row = this.db.prepare<[string], { channel: string; conversation_id: string }>('DELETE FROM inquiries WHERE id = ? RETURNING channel, conversation_id').get(id);
    return row ? { id, channel: row.channel, conversationId: row.conversation_id } : undefined;
  }

  /** Deletes every inquiry with this E.164 phone, sealed under any known key or in clear. */
  eraseByPhone(phone: string): InquiryOrigin[] {
    const hashes = this.cipher?.lookupHashes(phone) ?? [];
    const matches = ['(key_id IS NULL AND phone = ?)', ...hashes.map(() => '(key_id = ? AND phone_lookup = ?)')].join(' OR ');
    const params = [phone, ...hashes.flatMap((h) => [h.keyId, h.hash])];
    const rows = this.db
      .prepare<string[], { id: string; channel: string; conversation_id: string }>(`DELETE FROM inquiries WHERE ${matches} RETURNING id, channel, conversation_id`)
      .all(...params);
    return rows.map((r) => ({ id: r.id, channel: r.channel, conversationId: r.conversation_id }));
  }

  /** Deletes inquiries created before `cutoff` (the retention sweep); returns their ids. */
  purgeCreatedBefore(cutoff: Date): string[] {
    return this.db
      .prepare<[string], { id: string }>('DELETE FROM inquiries WHERE created_at < ? RETURNING id')
      .all(cutoff.toISOString())
      .map((r) => r.id);
  }

  private fromRow(row: InquiryRow): SavedInquiry {
    if (row.key_id === null) return fromRow(row);
    if (!this.cipher) throw new Error('[InquiryStore] inquiries are encrypted; set DATA_KEY to read them');
    const keyId = row.key_id;
    const open = (v: string): string => (this.cipher as FieldCipher).open(v, keyId);
    const maybe = (v: string | null): string | null => (v === null ? null : open(v));
    return fromRow({ ...row, name: open(row.name), phone: open(row.phone), phone_ext: maybe(row.phone_ext), email: maybe(row.email), message: maybe(row.message) });
  }
}

/** Blank optional text is stored as NULL so "not given" has one representation. */
const orNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value);

function toRow(input: NewInquiry, createdAt: Date, cipher: FieldCipher | undefined): InquiryRow {
  const seal = (v: string): string => (cipher ? cipher.seal(v) : v);
  const email = orNull(input.email)?.trim() ?? null;
  const message = orNull(input.message);
  // The number stays E.164 (and is what erasure looks up); an extension sits beside it.
  const [phone = '', ext] = input.phone.split(';ext=');
  return {
    id: `inq_${randomUUID()}`,
    created_at: createdAt.toISOString(),
    name: seal(input.name.trim()),
    phone: seal(phone),
    phone_ext: ext === undefined ? null : seal(ext),
    email: email === null ? null : seal(email),
    preferred_time: input.preferredTime.trim(),
    message: message === null ? null : seal(message),
    key_id: cipher?.keyId ?? null,
    phone_lookup: cipher ? cipher.lookupHash(phone) : null,
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
    phone: row.phone_ext === null ? row.phone : `${row.phone};ext=${row.phone_ext}`,
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
