/**
 * Spreadsheet apps run a cell that starts with one of these as a formula (CSV injection):
 * a patient could type `=HYPERLINK(...)` as their name. OWASP adds tab and CR to the
 * usual `= + - @`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: formula-looking text gets a leading `'` so spreadsheets show it as
 * text (E.164 phone numbers start with `+`, so they get one too, which also stops Excel
 * turning them into numbers); fields with a comma, quote or line break are quoted.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 specifies, ending with a line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
