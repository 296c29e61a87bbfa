// Small pieces every call listing shows the same way: the deadline in the call's own time zone, and its status.
import type { Translator } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { Call, CallStatus } from '../call.ts';

/** "15 February 2024, 23:59 (Europe/Zurich)": the zone is always named, since readers are everywhere. */
export function formatDeadline(i18n: Translator, call: Pick<Call, 'deadlineAt' | 'timeZone'>): string {
  const timeZone = call.timeZone;
  return i18n.t('calls.deadline-at', {
    date: formatDate(i18n, call.deadlineAt, { dateStyle: 'long', timeZone }),
    time: formatDate(i18n, call.deadlineAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
    zone: timeZone,
  });
}

/** A calendar day stored as YYYY-MM-DD, shown in the reader's language without shifting across zones. */
export function formatDay(i18n: Translator, day: string): string {
  return formatDate(i18n, `${day}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
}

function formatDate(i18n: Translator, iso: string, options: Intl.DateTimeFormatOptions): string {
  return i18n.formatDate(iso, options);
}

export function Deadline({ call }: { call: Pick<Call, 'deadlineAt' | 'timeZone'> }) {
  return <time datetime={call.deadlineAt}>{formatDeadline(usePage().i18n, call)}</time>;
}

export function StatusBadge({ status }: { status: CallStatus }) {
  return <span class="badge">{usePage().i18n.t(`domain.call-status.${status}`)}</span>;
}
