// /staff/calls: every call, drafts included, with the way to edit each and to start a new one.
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../call.ts';
import { Deadline, StatusBadge } from './call-facts.tsx';
import { Breadcrumbs } from './staff-parts.tsx';
import { useTranslated } from './translated.tsx';

export function StaffCallsPage({ calls }: { calls: Call[] }) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  return (
    <>
      <Breadcrumbs trail={[]} />
      <h1>{t('calls-staff.list-title')}</h1>
      <p><a class="button" href="/staff/calls/new">{t('calls-staff.new-call')}</a></p>
      {calls.length ? (
        <table>
          <thead>
            <tr><th scope="col">{t('calls-staff.column-call')}</th><th scope="col">{t('calls-staff.column-status')}</th><th scope="col">{t('calls-staff.column-deadline')}</th><th scope="col">{t('calls-staff.column-links')}</th></tr>
          </thead>
          <tbody>
            {calls.map((call) => {
              const title = tx(call.title);
              return (
                <tr>
                  <td><a href={`/staff/calls/${call.id}/edit`} lang={title.lang}>{title.text}</a> <span class="meta">({call.referenceCode})</span></td>
                  <td><StatusBadge status={call.status} /></td>
                  <td><Deadline call={call} /></td>
                  <td>
                    <a href={`/calls/${call.slug}`}>{t('calls-staff.public-page')}</a>
                    {' · '}
                    <a href={`/staff/calls/${call.id}/inputs`}>{t('calls-staff.inputs')}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : <p>{t('calls-staff.no-calls')}</p>}
    </>
  );
}
