// A coordinator removes an organisation from the network: what that does, and the reason its administrators will
// read. The organisation appears under the name the coordinator may read.
import { CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { publicNameText, type PublicName } from '../../organisations/index.ts';
import type { Network } from '../network.ts';

interface Props {
  network: Network;
  organisation: { id: string; name: PublicName };
  reason: string;
  errors: FieldErrors;
}

export function RemoveOrganisationPage({ network, organisation, reason, errors }: Props) {
  const { t } = usePage().i18n;
  const name = publicNameText(organisation.name, t);
  return (
    <section>
      <p><a href={`/networks/${network.id}`}>{network.name}</a></p>
      <h1>{t('networks.remove-title', { organisation: name, network: network.name })}</h1>
      <ErrorSummary errors={errors} labels={{ reason: t('networks.field-removal-reason') }} />
      <p>{t('networks.remove-intro')}</p>
      <form method="post" action={`/networks/${network.id}/organisations/${organisation.id}/remove`} noValidate>
        <CsrfField />
        <TextArea name="reason" label={t('networks.field-removal-reason')} hint={t('networks.removal-reason-hint')} value={reason} errors={errors} required rows={5} />
        <div class="actions">
          <button type="submit" class="danger">{t('networks.remove-submit')}</button>
          <a href={`/networks/${network.id}`}>{t('networks.remove-cancel')}</a>
        </div>
      </form>
    </section>
  );
}
