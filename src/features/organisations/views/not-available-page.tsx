// A page that says only that there is nothing here for this reader. Used alike for an organisation (or network)
// that does not exist and one the viewer may not see (status 404), so it never confirms that an at-risk
// organisation or a private network exists; and for an invitation link that no longer works.
import { usePage } from '../../../views/page-context.ts';

export function NotAvailablePage({ titleKey = 'organisations.not-available-title', messageKey = 'organisations.not-available' }: { titleKey?: string; messageKey?: string }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t(titleKey)}</h1>
      <p>{t(messageKey)}</p>
    </section>
  );
}
