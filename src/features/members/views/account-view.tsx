import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { SignedInMember } from '../member.ts';

export function AccountView({ member }: { member: SignedInMember }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('members.account-title')}</h1>
      <p>{t('members.account-signed-in-as', { name: member.displayName })}</p>
      {member.emailConfirmed ? null : <p class="notice">{t('members.email-unconfirmed')}</p>}
      <form method="post" action="/sign-out">
        <CsrfField />
        <div class="actions"><button type="submit">{t('members.sign-out-submit')}</button></div>
      </form>
    </section>
  );
}
