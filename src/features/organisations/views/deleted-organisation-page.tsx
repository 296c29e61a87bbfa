// What staff read at a deleted organisation's address: that it was deleted, when, and how many signatures that
// withdrew — the trail keeps no name, so neither does this page.
import { usePage } from '../../../views/page-context.ts';
import type { OrganisationDeletion } from '../organisations.repository.ts';

export function DeletedOrganisationPage({ deletion }: { deletion: OrganisationDeletion }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <p><a href="/staff/network/organisations">{t('organisations.staff-title')}</a></p>
      <h1>{t('organisations.staff-deleted-title')}</h1>
      <p>{t('organisations.staff-deleted', {
        date: i18n.formatDate(deletion.deletedAt, { dateStyle: 'medium', timeZone: 'UTC' }), count: deletion.signaturesWithdrawn,
      })}</p>
    </section>
  );
}
