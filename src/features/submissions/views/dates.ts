// How the submitter's pages show dates: the deadline in the call's own time zone, days as days.
import type { Translator } from '../../../i18n/translator.ts';
import type { Call } from '../../calls/index.ts';

export function formatDeadline(i18n: Translator, call: Pick<Call, 'deadlineAt' | 'timeZone'>): string {
  return i18n.formatDate(call.deadlineAt, {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: call.timeZone, timeZoneName: 'short',
  });
}

/** A stored day (YYYY-MM-DD) read as that calendar day, whatever the server's time zone. */
export function formatDay(i18n: Translator, day: string): string {
  return i18n.formatDate(`${day}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
}
