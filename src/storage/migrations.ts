import { type Kysely, type Migration, type MigrationProvider, PostgresAdapter, sql } from 'kysely';

/**
 * Schema changes for SQLite and PostgreSQL alike, applied by Kysely's `Migrator` (its
 * `kysely_migration` table records them; on PostgreSQL it holds an advisory lock, so two
 * instances starting together apply each migration once). Migrations are code, not
 * files, so the build that reads a table always ships the statements that created it.
 * Never rename or edit a released migration; add a new one. Names sort in apply order.
 */
export const MIGRATIONS: Record<string, Migration> = {
  // IF NOT EXISTS: databases made by the earlier hand-written migrator already have these.
  '0001_bot_state_and_inquiries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bot_state')
        .ifNotExists()
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      let inquiries = db.schema.createTable('inquiries').ifNotExists();
      // Listing ties (same created_at) in save order: SQLite has rowid; PostgreSQL gets a sequence.
      if (isPostgres(db)) inquiries = inquiries.addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity());
      await inquiries
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('preferred_time', 'text', (c) => c.notNull())
        .addColumn('message', 'text')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('activity_id', 'text', (c) => c.notNull())
        .addColumn('consent_given', 'integer', (c) => c.notNull().check(sql`consent_given IN (0, 1)`))
        .addColumn('consent_at', 'text')
        .addCheckConstraint('inquiries_consent_at', sql`consent_given = 0 OR consent_at IS NOT NULL`)
        // A channel that retries the same activity must not create a second call-back request.
        .addUniqueConstraint('inquiries_activity', ['channel', 'conversation_id', 'activity_id'])
        .execute();
      await db.schema.createIndex('inquiries_created_at').ifNotExists().on('inquiries').column('created_at').execute();
    },
  },
  // Sealed personal fields (DATA_KEY): key_id NULL means stored in clear (local mode).
  // A sealed phone is not E.164, and SQLite cannot drop the phone CHECK of databases made
  // by the earlier migrator, so SQLite rebuilds the table (as that migrator's version 2 did).
  '0002_sealed_inquiry_fields': {
    async up(db: Kysely<unknown>) {
      if (isPostgres(db)) {
        await sql`ALTER TABLE inquiries ADD COLUMN IF NOT EXISTS key_id text, ADD COLUMN IF NOT EXISTS phone_lookup text`.execute(
          db,
        );
      } else {
        const columns = (await sql<{ name: string }>`PRAGMA table_info(inquiries)`.execute(db)).rows.map((c) => c.name);
        if (!columns.includes('key_id')) {
          await sql`CREATE TABLE inquiries_v3 (
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
          ) STRICT`.execute(db);
          // Keeps rowids, so listing ties keep their save order.
          await sql`INSERT INTO inquiries_v3 (rowid, id, created_at, name, phone, email, preferred_time, message, channel, conversation_id, activity_id, consent_given, consent_at)
            SELECT rowid, id, created_at, name, phone, email, preferred_time, message, channel, conversation_id, activity_id, consent_given, consent_at FROM inquiries`.execute(
            db,
          );
          await sql`DROP TABLE inquiries`.execute(db);
          await sql`ALTER TABLE inquiries_v3 RENAME TO inquiries`.execute(db);
        }
      }
      await db.schema.createIndex('inquiries_created_at').ifNotExists().on('inquiries').column('created_at').execute();
      await db.schema.createIndex('inquiries_phone').ifNotExists().on('inquiries').column('phone').execute();
      await db.schema
        .createIndex('inquiries_phone_lookup')
        .ifNotExists()
        .on('inquiries')
        .column('phone_lookup')
        .execute();
      await db.schema.createIndex('bot_state_updated_at').ifNotExists().on('bot_state').column('updated_at').execute();
    },
  },
  '0003_processed_activities_and_outbox': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('processed_activities')
        .addColumn('conversation_key', 'text', (c) => c.notNull())
        .addColumn('activity_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('processed_activities_pk', ['conversation_key', 'activity_id'])
        .execute();
      await db.schema
        .createIndex('processed_activities_created_at')
        .on('processed_activities')
        .column('created_at')
        .execute();
      await db.schema
        .createTable('inquiry_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('inquiry_id', 'text', (c) => c.notNull().unique().references('inquiries.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'delivered', 'dead')`))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema
        .createIndex('inquiry_outbox_due')
        .on('inquiry_outbox')
        .columns(['status', 'next_attempt_at'])
        .execute();
    },
  },
  // An extension the patient gave ("ext 4") sits beside the number; sealed like the phone
  // when DATA_KEY is set. Databases from the earlier migrator's version 3 already have it.
  '0004_inquiries_phone_ext': {
    async up(db: Kysely<unknown>) {
      if (isPostgres(db)) {
        await sql`ALTER TABLE inquiries ADD COLUMN IF NOT EXISTS phone_ext text`.execute(db);
        return;
      }
      const columns = (await sql<{ name: string }>`PRAGMA table_info(inquiries)`.execute(db)).rows.map((c) => c.name);
      if (!columns.includes('phone_ext')) await sql`ALTER TABLE inquiries ADD COLUMN phone_ext TEXT`.execute(db);
    },
  },
  // PostgreSQL only: the shared rate-limit counts (src/rateLimits.ts), in rate-limiter-flexible's
  // layout. Created here, under the migrator's lock, because two instances starting together
  // raced the library's own CREATE TABLE and the loser counted in memory for good. Databases
  // where the library made the table already have it.
  '0005_rate_limits': {
    async up(db: Kysely<unknown>) {
      if (!isPostgres(db)) return;
      await sql`CREATE TABLE IF NOT EXISTS rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`.execute(db);
    },
  },
  // The language the person filled the form in (a Spanish speaker should be called in Spanish);
  // earlier requests were all taken in English.
  '0006_inquiries_language': {
    async up(db: Kysely<unknown>) {
      if (isPostgres(db)) {
        await sql`ALTER TABLE inquiries ADD COLUMN IF NOT EXISTS language text NOT NULL DEFAULT 'en'`.execute(db);
        return;
      }
      await sql`ALTER TABLE inquiries ADD COLUMN language TEXT NOT NULL DEFAULT 'en'`.execute(db);
    },
  },
  // Whom the call is about when a relative asked for it ("her name is Margaret Olson, I'm her
  // daughter Karen"): staff ask for the caller and know who the patient is. Earlier rows: null.
  '0007_inquiries_patient_name': {
    async up(db: Kysely<unknown>) {
      if (isPostgres(db)) {
        await sql`ALTER TABLE inquiries ADD COLUMN IF NOT EXISTS patient_name text`.execute(db);
        return;
      }
      await sql`ALTER TABLE inquiries ADD COLUMN patient_name TEXT`.execute(db);
    },
  },
};

export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export const migrationProvider = (migrations: Record<string, Migration> = MIGRATIONS): MigrationProvider => ({
  getMigrations: async () => migrations,
});
