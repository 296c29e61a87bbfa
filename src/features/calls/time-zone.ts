// Deadlines are set as a wall-clock time where the mandate works ("15 February, 23:59 Geneva time") but stored as
// an instant, so "is it late?" is one comparison wherever the server or the reader is.

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in `timeZone` at an instant, as milliseconds of a UTC date with the same reading. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

function offsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - instantMs;
}

/** An ISO 8601 instant without milliseconds, the one format deadlines are stored in (so they sort as text). */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The instant at which clocks in `timeZone` read `date` (YYYY-MM-DD) `time` (HH:MM). Around a clock change it
 * behaves as Temporal's "compatible" choice: a repeated hour means its first occurrence; a skipped hour is moved
 * forward by the length of the gap (02:30 on a spring-forward night in Zurich becomes 03:30 CEST).
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new Error(`Invalid local date-time ${date} ${time}`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const day = 24 * 3600_000;
  const before = offsetMs(wall - day, timeZone);
  const after = offsetMs(wall + day, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  return isoInstant(matches[0] ?? wall - before);
}

/** The date (YYYY-MM-DD) and time (HH:MM) clocks in `timeZone` show at an instant: the inverse, for edit forms. */
export function instantToZonedTime(instant: string, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockMs(Date.parse(instant), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Valid, real calendar date (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
