// The page where an administrator deletes their organisation: what deletion removes and what it cannot recall, and
// the name to type to confirm. A refusal comes back here with the reason and what was typed.
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Organisation } from '../organisation.ts';

interface Props {
  organisation: Organisation;
  typedName: string;
  errors: FieldErrors;
  /** Networks whose last coordinators act through this organisation, when that refused the deletion. */
  blockingNetworks: string[];
}

export function DeleteOrganisationPage({ organisation, typedName, errors, blockingNetworks }: Props) {
  const { t } = usePage().i18n;
  const base = `/organisations/${organisation.id}`;
  return (
    <section>
      <p><a href={base}>{organisation.name}</a></p>
      <h1>{t('organisations.delete-title', { organisation: organisation.name })}</h1>
      {blockingNetworks.length ? (
        <p class="warning" role="alert">{t('organisations.delete-last-coordinator', { networks: blockingNetworks.join(', ') })}</p>
      ) : null}
      <ErrorSummary errors={errors} labels={{ confirmName: t('organisations.delete-confirm-label') }} />
      <p>{t('organisations.delete-intro')}</p>
      <ul>
        <li>{t('organisations.delete-effect-members')}</li>
        <li>{t('organisations.delete-effect-networks')}</li>
        <li>{t('organisations.delete-effect-signatures')}</li>
        <li>{t('organisations.delete-effect-trail')}</li>
      </ul>
      <p class="warning">{t('organisations.delete-cannot-recall')}</p>
      <form method="post" action={`${base}/delete`} noValidate>
        <CsrfField />
        <TextField
          name="confirmName" label={t('organisations.delete-confirm-label')} hint={t('organisations.delete-confirm-hint', { organisation: organisation.name })}
          value={typedName} errors={errors} required autocomplete="off"
        />
        <div class="actions">
          <button type="submit" class="danger">{t('organisations.delete-submit')}</button>
          <a href={base}>{t('organisations.delete-cancel')}</a>
        </div>
      </form>
    </section>
  );
}
