import { usePage } from '../../../views/page-context.ts';

export function CheckEmailView() {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.check-email-title')}</h1>
      <p>{t('members.check-email-message')}</p>
      <p><a href="/sign-in">{t('members.sign-in-link')}</a></p>
    </section>
  );
}
