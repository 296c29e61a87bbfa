// The page an invitation link opens (signed in): which organisation asks, and the button that joins it.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Organisation } from '../organisation.ts';
import { VerifiedMark } from './organisation-facts.tsx';

export function InvitationPage({ organisation, token }: { organisation: Organisation; token: string }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('organisations.invitation-title')}</h1>
      <p>{t('organisations.invitation-intro', { organisation: organisation.name })} <VerifiedMark organisation={organisation} /></p>
      <form method="post" action={`/organisations/invitations/${token}`}>
        <CsrfField />
        <div class="actions"><button type="submit">{t('organisations.invitation-accept')}</button></div>
      </form>
    </section>
  );
}
