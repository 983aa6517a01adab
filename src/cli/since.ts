const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * Parses a `--since` value. A bare date means midnight in this computer's time zone,
 * because staff think in local days; a date-time without an offset is local too (as in
 * JavaScript), one with `Z` or `+hh:mm` is exact.
 *
 * @returns `undefined` when the text is not a real date, so the caller can show usage.
 */
export function parseSince(text: string): Date | undefined {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [y, m, d] = dateOnly.slice(1).map(Number) as [number, number, number];
    return isCalendarDate(y, m, d) ? new Date(y, m - 1, d) : undefined;
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const [y, m, d] = dateTime.slice(1, 4).map(Number) as [number, number, number];
    // Date.parse would silently roll 2025-02-30 over to March.
    return isCalendarDate(y, m, d) ? new Date(text) : undefined;
  }
  return undefined;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
