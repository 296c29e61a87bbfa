// The call's details form, for a new call and for editing one. Works without JavaScript; errors sit beside fields.
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { answerLanguages, callStatuses, latePolicies } from '../call.ts';
import { timeZones, translatedCallFields, type CallForm } from '../call-form.ts';
import { TranslatedFields } from './staff-parts.tsx';

const multiline = new Set(['summary', 'body', 'publicationPolicy']);

export function CallFormFields({ action, form, errors, submitLabel }: { action: string; form: CallForm; errors: FieldErrors; submitLabel: string }) {
  const { t } = usePage().i18n;
  return (
    <form method="post" action={action} noValidate>
      <CsrfField />
      <ErrorSummary errors={errors} />
      <TextField name="slug" label={t('calls-staff.field-slug')} hint={t('calls-staff.hint-slug')} value={form.slug} errors={errors} required />
      <TextField name="referenceCode" label={t('calls-staff.field-reference-code')} hint={t('calls-staff.hint-reference-code')} value={form.referenceCode} errors={errors} required />
      {translatedCallFields.map((field) => (
        <TranslatedFields
          name={field} label={t(`calls-staff.call-field.${field}`)} values={form.text[field]} errors={errors}
          multiline={multiline.has(field)} rows={field === 'body' ? 10 : 3} englishRequired={field === 'title'}
          hint={field === 'body' ? t('calls-staff.hint-body') : undefined}
        />
      ))}
      <TextField name="opensOn" type="date" label={t('calls-staff.field-opens-on')} hint={t('calls-staff.hint-date')} value={form.opensOn} errors={errors} required />
      <fieldset>
        <legend>{t('calls-staff.field-deadline')}</legend>
        <p class="hint">{t('calls-staff.hint-deadline')}</p>
        <TextField name="deadlineDate" type="date" label={t('calls-staff.field-deadline-date')} hint={t('calls-staff.hint-date')} value={form.deadlineDate} errors={errors} required />
        <TextField name="deadlineTime" type="time" label={t('calls-staff.field-deadline-time')} hint={t('calls-staff.hint-time')} value={form.deadlineTime} errors={errors} required />
        <SelectField
          name="timeZone" label={t('calls-staff.field-time-zone')} value={form.timeZone} errors={errors} required
          options={timeZones.map((zone) => ({ value: zone, label: zone }))}
        />
      </fieldset>
      <ChoiceGroup
        name="languages" multiple label={t('calls-staff.field-languages')} errors={errors} required selected={form.languages}
        options={answerLanguages.map((l) => ({ value: l, label: t(`domain.language.${l}`) }))}
      />
      <TextField name="contactEmail" type="email" label={t('calls-staff.field-contact-email')} value={form.contactEmail} errors={errors} required />
      <TextField name="emailSubject" label={t('calls-staff.field-email-subject')} hint={t('calls-staff.hint-email-subject')} value={form.emailSubject} errors={errors} />
      <ChoiceGroup
        name="latePolicy" label={t('calls-staff.field-late-policy')} errors={errors} required selected={[form.latePolicy]}
        options={latePolicies.map((p) => ({ value: p, label: t(`calls-staff.late-policy.${p}`) }))}
      />
      <SelectField
        name="status" label={t('calls-staff.field-status')} hint={t('calls-staff.hint-status')} value={form.status} errors={errors} required
        options={callStatuses.map((s) => ({ value: s, label: t(`domain.call-status.${s}`) }))}
      />
      <div class="actions"><button type="submit">{submitLabel}</button></div>
    </form>
  );
}
