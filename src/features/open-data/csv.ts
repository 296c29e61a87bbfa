// CSV as spreadsheets read it: RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or line break,
// quotes doubled), a UTF-8 byte-order mark so Excel does not read "Pérez" as "PÃ©rez", and no cell that a
// spreadsheet would run as a formula: published text is written by the public, so "=HYPERLINK(...)" stays text.

const byteOrderMark = '\uFEFF';
/** What spreadsheets treat as the start of a formula (OWASP "CSV injection"), tab and carriage return included. */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export type CsvValue = string | number | null;

/** One cell: formula-like text gets a leading apostrophe, which spreadsheets show as text and do not evaluate. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}
