// The "From:", "Date:" and "To:" lines a mail client writes above an inline forward are prose for people, in the
// client's language ("lun. 4 mars 2024 à 10:00", "4 de marzo de 2024 10:00", "Mar 4, 2024 at 10:00 AM"), not RFC 5322.
import type { EmailAddress } from './email.ts';

const MONTHS = new Map<string, number>();
[
  'jan january janv janvier ene enero',
  'feb february fev fevr fevrier febrero',
  'mar march mars marzo',
  'apr april avr avril abr abril',
  'may mai mayo',
  'jun june juin junio',
  'jul july juil juillet julio',
  'aug august aout ago agosto',
  'sep sept september septembre septiembre set setiembre',
  'oct october octobre octubre',
  'nov november novembre noviembre',
  'dec december decembre dic diciembre',
].forEach((names, month) => names.split(' ').forEach((name) => MONTHS.set(name, month)));

const WORD = '([a-zà-ÿ]+)\\.?';
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er)?\\.?\\s+(?:de\\s+)?${WORD},?\\s+(?:de\\s+)?(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const ISO_DAY = /(\d{4})-(\d{2})-(\d{2})/;
const TIME = /(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/i;
const ZONE = /(?:\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?|\s([+-])(\d{2})(\d{2})\b)/i;

function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

function calendarDay(value: string): [number, number, number] | null {
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  const dayFirstMonth = dayFirst ? monthNumber(dayFirst[2]!) : undefined;
  if (dayFirst && dayFirstMonth !== undefined) return [Number(dayFirst[3]), dayFirstMonth, Number(dayFirst[1])];
  // Spanish clients write the weekday "mar" (martes) like the month: try every "word day, year" in turn.
  for (const match of value.matchAll(new RegExp(MONTH_DAY_YEAR.source, 'gi'))) {
    const month = monthNumber(match[1]!);
    if (month !== undefined) return [Number(match[3]), month, Number(match[2])];
  }
  const iso = ISO_DAY.exec(value);
  return iso ? [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])] : null;
}

/** The instant a quoted date names; a date without a zone is read as UTC, since the reader's zone is unknown. */
export function parseQuotedDate(value: string): Date | null {
  const day = calendarDay(value);
  if (!day) return null;
  const [year, month, date] = day;
  if (new Date(Date.UTC(year, month, date)).getUTCDate() !== date) return null; // "31 février" is no day at all
  const time = TIME.exec(value);
  let hours = time ? Number(time[1]) % 24 : 0;
  if (time?.[4]?.toLowerCase() === 'p' && hours < 12) hours += 12;
  if (time?.[4]?.toLowerCase() === 'a' && hours === 12) hours = 0;
  const utc = Date.UTC(year, month, date, hours, time ? Number(time[2]) : 0, time?.[3] ? Number(time[3]) : 0);
  const zone = ZONE.exec(value);
  const sign = zone?.[1] ?? zone?.[4];
  const offsetMinutes = zone ? Number(zone[2] ?? zone[5]) * 60 + Number(zone[3] ?? zone[6] ?? 0) : 0;
  const instant = new Date(utc - (sign === '-' ? -1 : 1) * offsetMinutes * 60_000);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

const ADDRESS = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/** "Name <a@b>", "\"Name\" <mailto:a@b>", Outlook's "Name [mailto:a@b]", Gmail's "*Name* <a@b>", or a bare address. */
export function parseQuotedAddress(value: string): EmailAddress | null {
  const found = ADDRESS.exec(value);
  const address = found ? found[0].toLowerCase() : '';
  const rest = found ? value.slice(0, found.index) + value.slice(found.index + found[0].length) : value;
  const name = rest
    .replace(/mailto:/gi, '')
    .replace(/[<>[\]()"*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!address && !name) return null;
  return { name: name.toLowerCase() === address ? '' : name, address };
}

/** Every address in a quoted "To:" or "Cc:" line, lowercased. */
export function parseQuotedAddressList(value: string): string[] {
  return [...value.matchAll(new RegExp(ADDRESS.source, 'gu'))].map((match) => match[0].toLowerCase());
}
