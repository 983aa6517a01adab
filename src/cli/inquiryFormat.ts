import { parseStoredPhone } from '../domain/contactFields.js';
import { languageName } from '../domain/languageName.js';
import type { SavedInquiry } from '../storage/inquiryStore.js';
import { toRecord } from '../storage/inquiryRecord.js';
import { toCsv } from './csv.js';

const FIELDS = [
  'id',
  'createdAt',
  'name',
  'patientName',
  'phone',
  'email',
  'preferredTime',
  'message',
  'language',
  'channel',
  'consentGiven',
  'consentAt',
] as const;

export function formatJson(inquiries: readonly SavedInquiry[]): string {
  return `${JSON.stringify(inquiries.map(toRecord), null, 2)}\n`;
}

export interface CsvOptions {
  /**
   * For Excel and a dialer: a UTF-8 byte-order mark (so Excel on Windows reads "José Núñez"
   * right) and North American phones as (713) 555-0123, which neither Excel nor a dialer
   * mangles and which needs no protective apostrophe. Other numbers stay international.
   */
  readonly excel?: boolean;
}

const BOM = '\uFEFF';

/** Header row of field names, then one row per inquiry; null becomes an empty field. */
export function formatCsv(inquiries: readonly SavedInquiry[], options: CsvOptions = {}): string {
  const rows = inquiries.map((i) => {
    const record = toRecord(i);
    if (options.excel) record.phone = dialerPhone(record.phone);
    return FIELDS.map((f) => (record[f] === null ? '' : String(record[f])));
  });
  const csv = toCsv([[...FIELDS], ...rows]);
  return options.excel ? BOM + csv : csv;
}

/** (713) 555-0123 (ext. 4) for +1 numbers; +44 20 7946 0958 style otherwise. */
export function dialerPhone(stored: string): string {
  const phone = parseStoredPhone(stored);
  if (!phone) return stored;
  return phone.countryCallingCode === '1' ? phone.formatNational() : phone.formatInternational();
}

const COLUMNS: readonly { title: string; max: number; cell: (i: SavedInquiry) => string }[] = [
  { title: 'Created', max: 16, cell: (i) => localMinute(i.createdAt) },
  { title: 'Name', max: 30, cell: (i) => i.name },
  { title: 'Calling about', max: 30, cell: (i) => i.patientName ?? '' },
  { title: 'Phone', max: 16, cell: (i) => i.phone },
  { title: 'Preferred time', max: 30, cell: (i) => i.preferredTime },
  { title: 'Language', max: 12, cell: (i) => languageName(i.language) },
  { title: 'Email', max: 40, cell: (i) => i.email ?? '' },
  {
    title: 'Consent',
    max: 20,
    cell: (i) => (i.consentGiven && i.consentAt ? `yes ${localMinute(i.consentAt)}` : 'no'),
  },
  { title: 'Message', max: 50, cell: (i) => i.message ?? '' },
  { title: 'ID', max: 40, cell: (i) => i.id },
];

/**
 * Aligned columns for a terminal. Patient-typed text is shown on one line with control
 * characters replaced, so a crafted name cannot move the cursor or recolour the screen,
 * and long text is cut with `…` (`--json` and `export` keep the full text).
 */
export function formatTable(inquiries: readonly SavedInquiry[]): string {
  const cells = inquiries.map((i) => COLUMNS.map((c) => clip(printable(c.cell(i)), c.max)));
  const widths = COLUMNS.map((c, n) => Math.max(c.title.length, ...cells.map((row) => row[n]?.length ?? 0)));
  const line = (row: readonly string[]): string =>
    row
      .map((text, n) => text.padEnd(widths[n] ?? 0))
      .join('  ')
      .trimEnd();
  return (
    [line(COLUMNS.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
  );
}

/** `YYYY-MM-DD HH:MM` in this computer's time zone. */
function localMinute(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

// C0 controls (including newline and ESC), DEL, C1 controls, and the invisible
// direction/zero-width marks that can make one cell look like another.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;

function printable(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
