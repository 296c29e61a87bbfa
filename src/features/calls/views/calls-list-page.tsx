// /calls: every call the public may see, open ones first, each with where it stands and where to go next.
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../call.ts';
import { groupForReaders, publicStatus } from '../call-schedule.ts';
import { Deadline, StatusBadge } from './call-facts.tsx';
import { useTranslated } from './translated.tsx';

export function CallsListPage({ calls, now }: { calls: Call[]; now: Date }) {
  const { t } = usePage().i18n;
  const groups = groupForReaders(calls, now);
  return (
    <>
      <h1>{t('calls.list-title')}</h1>
      <p>{t('calls.list-intro')}</p>
      <h2>{t('calls.open-heading')}</h2>
      {groups.open.length ? <CallCards calls={groups.open} now={now} /> : <p>{t('calls.none-open')}</p>}
      {groups.closed.length ? <><h2>{t('calls.closed-heading')}</h2><CallCards calls={groups.closed} now={now} /></> : null}
      {groups.archived.length ? <><h2>{t('calls.archived-heading')}</h2><CallCards calls={groups.archived} now={now} /></> : null}
    </>
  );
}

export function CallCards({ calls, now }: { calls: Call[]; now: Date }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  return (
    <ul class="cards">
      {calls.map((call) => {
        const title = tx(call.title);
        const report = tx(call.report);
        const status = publicStatus(call, now);
        return (
          <li>
            <h3><a href={`/calls/${call.slug}`} lang={title.lang}>{title.text}</a></h3>
            <p><StatusBadge status={status} /> {t('calls.deadline')} <Deadline call={call} /></p>
            {report.text ? <p class="meta" lang={report.lang}>{report.text}</p> : null}
            <p>
              {status === 'open'
                ? <a href={`/calls/${call.slug}/answer`}>{t('calls.answer-online')}</a>
                : <a href={`/calls/${call.slug}/inputs`}>{t('calls.inputs-received')}</a>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
