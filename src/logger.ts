import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Structured logger. Callers log ids and event names only, never message text or
 * personal details; the redaction list is a second line of defence, not the plan.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'vertebroplasty-bot' },
      redact: {
        paths: ['text', '*.text', 'name', '*.name', 'phone', '*.phone', 'email', '*.email', 'message', '*.message', 'req.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
