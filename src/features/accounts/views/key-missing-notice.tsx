import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

/**
 * Said wherever a member's private key is needed but not in this server's memory (it restarted since they signed
 * in): their key is only ever unwrapped by their password, so they sign in again.
 */
export function KeyMissingNotice() {
  const { t } = usePage().i18n;
  return (
    <div class="warning" role="status">
      <p>{t('accounts.key-missing')}</p>
      <form method="post" action="/staff/sign-out">
        <CsrfField />
        <input type="hidden" name="again" value="1" />
        <button type="submit">{t('accounts.key-missing-sign-in-again')}</button>
      </form>
    </div>
  );
}
