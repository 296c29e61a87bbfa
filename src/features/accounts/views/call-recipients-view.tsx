import { ChoiceGroup, CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { AssignableMember } from '../call-recipients.repository.ts';

export interface CallRecipientsViewProps {
  call: { id: string; title: { text: string; lang: string } };
  members: AssignableMember[];
  saved: boolean;
}

/** Which recipients receive a call's inputs; administrators always do. Works as one plain form of checkboxes. */
export function CallRecipientsView({ call, members, saved }: CallRecipientsViewProps) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href="/staff">{t('accounts.back-to-staff')}</a></p>
      <h1>{t('accounts.recipients-title')}</h1>
      <p lang={call.title.lang}>{call.title.text}</p>
      {saved ? <p class="notice" role="status">{t('accounts.recipients-saved')}</p> : null}
      <p>{t('accounts.recipients-intro')}</p>
      {members.length ? (
        <form method="post" action={`/staff/calls/${call.id}/recipients`}>
          <CsrfField />
          <ChoiceGroup
            name="recipients" multiple label={t('accounts.recipients-legend')}
            options={members.map((m) => ({ value: m.id, label: `${m.displayName} (${m.email})` }))}
            selected={members.filter((m) => m.assigned).map((m) => m.id)}
          />
          <div class="actions"><button type="submit">{t('accounts.recipients-submit')}</button></div>
        </form>
      ) : <p>{t('accounts.recipients-none')}</p>}
    </section>
  );
}
