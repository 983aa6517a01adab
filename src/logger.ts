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
        paths: [
          'text',
          '*.text',
          'name',
          '*.name',
          'phone',
          '*.phone',
          'email',
          '*.email',
          'message',
          '*.message',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/**
 * Error type and our own `[Origin] ...` messages only: other messages may quote request
 * data. (Keys avoid `name`/`message`, which the logger redacts.)
 */
export function describeError(err: unknown): { errorType: string; errorMessage: string } {
  if (err instanceof Error)
    return { errorType: err.name, errorMessage: err.message.startsWith('[') ? err.message.slice(0, 200) : '(hidden)' };
  return { errorType: typeof err, errorMessage: '(hidden)' };
}
