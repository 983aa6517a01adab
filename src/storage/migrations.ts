/**
 * One schema change. Migrations are code, not files, so the build that reads a table
 * always ships the statements that created it.
 */
export interface Migration {
  /** Strictly increasing from 1; never renumber or edit a released migration, add a new one. */
  readonly version: number;
  /** Short description recorded in `schema_migrations` for operators inspecting a database. */
  readonly name: string;
  readonly sql: string;
}

/**
 * Timestamps are ISO 8601 UTC strings (`Date#toISOString`): they sort as text, so
 * `created_at >= ?` filters work without date functions, and they read clearly in the
 * sqlite3 shell.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'bot_state and inquiries',
    sql: `
      CREATE TABLE bot_state (
        key        TEXT PRIMARY KEY,
        etag       TEXT NOT NULL,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE inquiries (
        id              TEXT PRIMARY KEY,
        created_at      TEXT NOT NULL,
        name            TEXT NOT NULL,
        phone           TEXT NOT NULL CHECK (phone GLOB '+[1-9]*' AND length(phone) BETWEEN 3 AND 16),
        email           TEXT,
        preferred_time  TEXT NOT NULL,
        message         TEXT,
        channel         TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        activity_id     TEXT NOT NULL,
        consent_given   INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
        consent_at      TEXT CHECK (consent_given = 0 OR consent_at IS NOT NULL),
        -- A channel that retries the same activity must not create a second call-back request.
        UNIQUE (channel, conversation_id, activity_id)
      ) STRICT;

      CREATE INDEX inquiries_created_at ON inquiries (created_at);
    `,
  },
  {
    version: 2,
    name: 'inquiries: sealed personal fields (key_id, phone_lookup)',
    // SQLite cannot drop a CHECK, and a sealed phone is not E.164: rebuild the table.
    // key_id NULL means the row was stored without DATA_KEY (local mode), in clear.
    sql: `
      CREATE TABLE inquiries_v2 (
        id              TEXT PRIMARY KEY,
        created_at      TEXT NOT NULL,
        name            TEXT NOT NULL,
        phone           TEXT NOT NULL,
        email           TEXT,
        preferred_time  TEXT NOT NULL,
        message         TEXT,
        channel         TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        activity_id     TEXT NOT NULL,
        consent_given   INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
        consent_at      TEXT CHECK (consent_given = 0 OR consent_at IS NOT NULL),
        key_id          TEXT,
        phone_lookup    TEXT,
        UNIQUE (channel, conversation_id, activity_id)
      ) STRICT;
      INSERT INTO inquiries_v2 (id, created_at, name, phone, email, preferred_time, message, channel, conversation_id, activity_id, consent_given, consent_at)
        SELECT id, created_at, name, phone, email, preferred_time, message, channel, conversation_id, activity_id, consent_given, consent_at FROM inquiries;
      DROP TABLE inquiries;
      ALTER TABLE inquiries_v2 RENAME TO inquiries;
      CREATE INDEX inquiries_created_at ON inquiries (created_at);
      CREATE INDEX inquiries_phone ON inquiries (phone);
      CREATE INDEX inquiries_phone_lookup ON inquiries (phone_lookup);
      CREATE INDEX bot_state_updated_at ON bot_state (updated_at);
    `,
  },
];
