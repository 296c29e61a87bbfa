// Pieces shared by the staff editing pages: the trail back to where staff came from, a text in each language,
// a lone checkbox, and the notice after a save.
import { localeCodes } from '../../../i18n/locales.ts';
import { FieldError, fieldId, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Translated } from '../call.ts';

export function Breadcrumbs({ trail }: { trail: { href: string; label: string; lang?: string | undefined }[] }) {
  const { t } = usePage().i18n;
  return (
    <nav aria-label={t('calls-staff.breadcrumbs')}>
      <p class="meta">
        <a href="/staff">{t('common.nav-staff')}</a>
        {trail.map((step) => <> › <a href={step.href} lang={step.lang}>{step.label}</a></>)}
      </p>
    </nav>
  );
}

/** One text in each editing language, grouped under the field's name; English first because it is required. */
export function TranslatedFields(props: {
  name: string; label: string; values: Translated; errors: FieldErrors; multiline?: boolean; rows?: number; hint?: string;
  englishRequired?: boolean;
}) {
  const { t } = usePage().i18n;
  const { name, label, values, errors, multiline, rows, hint, englishRequired } = props;
  return (
    <fieldset class="translated">
      <legend>{label}</legend>
      {hint ? <p class="hint">{hint}</p> : null}
      {localeCodes.map((lang) => {
        const field = {
          name: `${name}-${lang}`, label: t(`domain.language.${lang}`), value: values[lang] ?? '', errors,
          required: englishRequired === true && lang === 'en',
        };
        return multiline ? <TextArea {...field} rows={rows ?? 4} lang={lang} /> : <TextField {...field} />;
      })}
    </fieldset>
  );
}

export function Checkbox({ name, label, checked, hint }: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <div class="choice">
      <input type="checkbox" id={fieldId(name)} name={name} value="1" checked={checked} aria-describedby={hint ? `${fieldId(name)}-hint` : undefined} />
      <label for={fieldId(name)}>{label}</label>
      {hint ? <span class="hint" id={`${fieldId(name)}-hint`}> {hint}</span> : null}
    </div>
  );
}

export function SavedNotice({ show }: { show: boolean }) {
  const { t } = usePage().i18n;
  return show ? <p class="notice" role="status">{t('calls-staff.saved')}</p> : null;
}

export { FieldError };
