// Form building blocks. Each field shows its error beside it, linked by aria-describedby, and keeps what was typed.
import type { ComponentChildren } from 'preact';
import { usePage } from './page-context.ts';

/** Field errors as message keys (with optional values), keyed by the field's name. */
export type FieldErrors = Record<string, { key: string; values?: Record<string, string | number> }>;

/**
 * A textarea's text as it must be written in HTML: the parser drops one newline right after `<textarea>`, so one
 * is always added; otherwise an answer starting with a blank line would lose it each time the form is shown again.
 */
export function textareaText(value: string | undefined): string {
  return `\n${value ?? ''}`;
}

export function CsrfField() {
  return <input type="hidden" name="_csrf" value={usePage().csrfToken()} />;
}

export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels?: Record<string, string> }) {
  const { t } = usePage().i18n;
  const names = Object.keys(errors);
  if (!names.length) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t('common.error-summary-title', { count: names.length })}</h2>
      <ul>
        {names.map((name) => (
          <li>
            <a href={`#${fieldId(name)}`}>
              {labels?.[name] ? `${labels[name]}: ` : ''}
              {t(errors[name]!.key, errors[name]!.values)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export function FieldError({ name, errors }: { name: string; errors?: FieldErrors | undefined }) {
  const { t } = usePage().i18n;
  const error = errors?.[name];
  if (!error) return null;
  return <p class="field-error" id={`${fieldId(name)}-error`}>{t(error.key, error.values)}</p>;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
  required?: boolean;
}

function describedBy(name: string, hint: string | undefined, errors: FieldErrors | undefined): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', errors?.[name] ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ name, hint }: { name: string; hint?: string | undefined }) {
  return hint ? <p class="hint" id={`${fieldId(name)}-hint`}>{hint}</p> : null;
}

export function TextField(props: FieldProps & { value?: string | undefined; type?: string; autocomplete?: string; maxLength?: number }) {
  const { name, label, hint, errors, required, value, type = 'text', autocomplete, maxLength } = props;
  return (
    <div class={`field${errors?.[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{label}{required ? <RequiredMark /> : null}</label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <input
        id={fieldId(name)} name={name} type={type as 'text'} value={value ?? ''} autocomplete={autocomplete}
        maxLength={maxLength} aria-invalid={errors?.[name] ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, errors)} aria-required={required ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { value?: string | undefined; rows?: number; lang?: string | undefined }) {
  const { name, label, hint, errors, required, value, rows = 6, lang } = props;
  return (
    <div class={`field${errors?.[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{label}{required ? <RequiredMark /> : null}</label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <textarea
        id={fieldId(name)} name={name} rows={rows} lang={lang} aria-invalid={errors?.[name] ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, errors)} aria-required={required ? 'true' : undefined}
      >{textareaText(value)}</textarea>
    </div>
  );
}

export function SelectField(props: FieldProps & { value?: string | undefined; options: { value: string; label: string }[]; placeholder?: string }) {
  const { name, label, hint, errors, required, value, options, placeholder } = props;
  return (
    <div class={`field${errors?.[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{label}{required ? <RequiredMark /> : null}</label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <select id={fieldId(name)} name={name} aria-invalid={errors?.[name] ? 'true' : undefined} aria-describedby={describedBy(name, hint, errors)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option value={o.value} selected={o.value === value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** Radio buttons or checkboxes in a fieldset; the legend is the question a screen reader announces. */
export function ChoiceGroup(props: FieldProps & {
  multiple?: boolean;
  options: { value: string; label: string }[];
  selected: readonly string[];
  children?: ComponentChildren;
}) {
  const { name, label, hint, errors, required, multiple, options, selected, children } = props;
  return (
    <fieldset id={fieldId(name)} class={`field choices${errors?.[name] ? ' has-error' : ''}`} aria-describedby={describedBy(name, hint, errors)}>
      <legend>{label}{required ? <RequiredMark /> : null}</legend>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      {options.map((o, i) => (
        <div class="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'} id={`${fieldId(name)}-${i}`} name={name} value={o.value}
            checked={selected.includes(o.value)}
          />
          <label for={`${fieldId(name)}-${i}`}>{o.label}</label>
        </div>
      ))}
      {children}
    </fieldset>
  );
}

function RequiredMark() {
  const { t } = usePage().i18n;
  return <span class="required"> ({t('common.required')})</span>;
}
