import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

/** A form that acts only with the member's current password (a session left open must not be enough). */
export function PasswordConfirmForm({ action, submitLabel, danger = false, errors }: { action: string; submitLabel: string; danger?: boolean; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField />
        <TextField name="password" type="password" label={t('members.field-current-password')} errors={errors} required autocomplete="current-password" />
        <div class="actions"><button type="submit" class={danger ? 'danger' : undefined}>{submitLabel}</button></div>
      </form>
    </>
  );
}
