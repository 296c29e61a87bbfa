// Staff's queue of initiatives waiting for a decision, oldest first.
import { usePage } from '../../../views/page-context.ts';
import type { InitiativeRecord } from '../initiative-rows.repository.ts';
import { authorText, countriesText } from './initiative-details.tsx';

export const staffQueuePath = '/staff/network/initiatives';
export const staffNotices = { approved: 'initiatives.staff-done-approved', rejected: 'initiatives.staff-done-rejected', moved: 'initiatives.staff-done-moved' } as const;
export type StaffNotice = keyof typeof staffNotices;

export function StaffQueuePage({ pending, notice }: { pending: readonly InitiativeRecord[]; notice: StaffNotice | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <p><a href="/staff">{t('initiatives.staff-back')}</a></p>
      <h1>{t('initiatives.staff-queue-title')}</h1>
      {notice ? <p class="notice" role="status">{t(staffNotices[notice])}</p> : null}
      <p>{t('initiatives.staff-queue-count', { count: pending.length })}</p>
      <ul class="cards">
        {pending.map((initiative) => (
          <li>
            <h2><a href={`${staffQueuePath}/${initiative.id}`} lang={initiative.language}>{initiative.title}</a></h2>
            <p class="meta">
              {authorText(t, initiative.author)} · {countriesText(i18n.locale, initiative.countries)} · {i18n.formatDate(initiative.updatedAt)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
