import type { Logger } from 'pino';
import type { SqlInquiryStore } from './storage/inquiryStore.js';
import type { SqlStorage } from './storage/stateStorage.js';

const DAY_MS = 86_400_000;
/** How often the sweep runs; state expiry is also enforced on every read. */
export const SWEEP_INTERVAL_MS = 15 * 60_000;

export interface RetentionDeps {
  readonly state: Pick<SqlStorage, 'deleteIdle'>;
  readonly inquiries: Pick<SqlInquiryStore, 'purgeCreatedBefore'>;
  readonly retentionDays: number;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/**
 * One sweep: deletes conversation state idle longer than STATE_TTL (with any unfinished
 * form's details) and inquiries older than INQUIRY_RETENTION_DAYS. Every deleted inquiry
 * is an audit event with its id only.
 */
export async function sweepOnce({
  state,
  inquiries,
  retentionDays,
  logger,
  now = () => new Date(),
}: RetentionDeps): Promise<{ states: number; inquiries: number }> {
  const states = await state.deleteIdle();
  const purged = await inquiries.purgeCreatedBefore(new Date(now().getTime() - retentionDays * DAY_MS));
  for (const id of purged)
    logger.info({ event: 'audit.inquiry.deleted', inquiryId: id, cause: 'retention' }, 'inquiry deleted');
  if (states > 0 || purged.length > 0)
    logger.info({ event: 'retention.sweep', states, inquiries: purged.length }, 'retention sweep');
  return { states, inquiries: purged.length };
}

/** Runs a sweep now and then every SWEEP_INTERVAL_MS; the timer never keeps the process alive. */
export function startRetentionSweep(deps: RetentionDeps): { stop(): void } {
  const run = () => {
    sweepOnce(deps).catch((error: unknown) => {
      deps.logger.error({ event: 'retention.failed', errorType: (error as Error).name }, 'retention sweep failed');
    });
  };
  run();
  const timer = setInterval(run, SWEEP_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
