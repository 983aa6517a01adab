import type { Kysely } from 'kysely';

/**
 * Tables as Kysely sees them. The same columns on SQLite and PostgreSQL: timestamps are
 * ISO 8601 UTC text (they sort as text, so `>=` filters need no date functions) and
 * booleans are 0/1 integers, so one store implementation serves both dialects.
 */
export interface Schema {
  bot_state: BotStateTable;
  inquiries: InquiriesTable;
  processed_activities: ProcessedActivitiesTable;
  inquiry_outbox: OutboxTable;
}

export interface BotStateTable {
  key: string;
  etag: string;
  value: string;
  updated_at: string;
}

export interface InquiriesTable {
  id: string;
  created_at: string;
  name: string;
  phone: string;
  /** Extension the patient gave, beside the E.164 number (sealed like it). */
  phone_ext: string | null;
  email: string | null;
  /** Whom the call is about when a relative asked for it (sealed like the name); null when it is the caller. */
  patient_name: string | null;
  preferred_time: string;
  message: string | null;
  /** The language the person wrote in ('en', 'es'): the call back should be in it. */
  language: string;
  channel: string;
  conversation_id: string;
  activity_id: string;
  consent_given: number;
  consent_at: string | null;
  /** Key that sealed name, phone, email and message (DATA_KEY); null when stored in clear. */
  key_id: string | null;
  /** Keyed hash of the phone, to find a sealed row by number (erasure). */
  phone_lookup: string | null;
}

/** Activity ids whose turn completed, shared by all instances so a retry is answered once. */
export interface ProcessedActivitiesTable {
  conversation_key: string;
  activity_id: string;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'delivered' | 'dead';

/** One webhook delivery per inquiry, written in the inquiry's transaction. */
export interface OutboxTable {
  id: string;
  inquiry_id: string;
  created_at: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  /** An instance delivering the row holds it until then; another may take it after. */
  lease_until: string | null;
  /** Status code or error kind of the last failed attempt; never the receiver's text. */
  last_error: string | null;
  delivered_at: string | null;
}

export type BotDb = Kysely<Schema>;
