// Fields choosing several items from a long list (countries, themes, languages) with a plain <select multiple>,
// which works without JavaScript and with screen readers; shared with the networks feature's form.
import { countryOptions } from '../../../i18n/countries.ts';
import { themes, themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { FieldError, fieldId, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';

interface MultiSelectProps {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  errors: FieldErrors;
  required?: boolean;
  size?: number;
}

export function MultiSelectField({ name, label, options, selected, errors, required = false, size = 8 }: MultiSelectProps) {
  const { t } = usePage().i18n;
  const hintId = `${fieldId(name)}-hint`;
  const described = [hintId, errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{label}{required ? <span class="required"> ({t('common.required')})</span> : null}</label>
      <p class="hint" id={hintId}>{t('organisations.hint-several')}</p>
      <FieldError name={name} errors={errors} />
      <select
        id={fieldId(name)} name={name} multiple size={size} aria-invalid={errors[name] ? 'true' : undefined}
        aria-required={required ? 'true' : undefined} aria-describedby={described}
      >
        {options.map((o) => <option value={o.value} selected={selected.includes(o.value)}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function CountriesField(props: Omit<MultiSelectProps, 'options'>) {
  return <MultiSelectField {...props} options={countryOptions(usePage().i18n.locale)} />;
}

export function ThemesField(props: Omit<MultiSelectProps, 'options'>) {
  const { t } = usePage().i18n;
  return <MultiSelectField {...props} options={themes.map((theme) => ({ value: theme, label: t(themeLabelKey(theme)) }))} />;
}
