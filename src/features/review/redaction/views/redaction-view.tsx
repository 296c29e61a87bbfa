// The redaction view staff go through before publishing: each published text with the suggested passages
// highlighted, a box and a reason per suggestion, a box for passages the suggestions missed, "Preview" (the same
// page with the published version shown) and "Publish". Plain props, no data access; works without JavaScript.
import type { ComponentChildren } from 'preact';
import { CsrfField, ErrorSummary, FieldError, SelectField, TextArea, fieldId, type FieldErrors } from '../../../../views/form.tsx';
import { usePage } from '../../../../views/page-context.ts';
import { redactionFields, type RedactionChoice } from '../redaction-form.ts';
import { redactionReasons, type FieldSuggestion, type RedactableField } from '../redaction.ts';
import { RedactedText } from './redacted-text.tsx';

export interface RedactionViewProps {
  /** The input's reference number, for the heading. */
  reference: string;
  /** Where the form posts (both buttons). */
  action: string;
  /** Back to the input. */
  backHref: string;
  fields: readonly RedactableField[];
  suggestions: readonly FieldSuggestion[];
  choice: RedactionChoice;
  errors: FieldErrors;
  /** The published texts by field key, after "Preview"; null before. */
  preview: Readonly<Record<string, string>> | null;
  /** Shown in the preview after the texts: what publishing would do to the files. */
  previewNotes?: ComponentChildren;
}

export function RedactionView({ reference, action, backHref, fields, suggestions, choice, errors, preview, previewNotes }: RedactionViewProps) {
  const { t } = usePage().i18n;
  const reasonOptions = redactionReasons.map((reason) => ({ value: reason, label: t(`redaction.reason.${reason}`) }));
  return (
    <section class="redaction">
      <p><a href={backHref}>{t('redaction.back')}</a></p>
      <h1>{t('redaction.title', { reference })}</h1>
      <ErrorSummary errors={errors} labels={{ [redactionFields.manual]: t('redaction.manual-legend'), [redactionFields.redact]: t('redaction.review-heading') }} />
      <p>{t('redaction.intro')}</p>
      {preview ? <PreviewSection fields={fields} preview={preview}>{previewNotes}</PreviewSection> : null}
      <form method="post" action={action}>
        <CsrfField />
        <h2 id={fieldId(redactionFields.redact)} tabindex={-1}>{t('redaction.review-heading')}</h2>
        <FieldError name={redactionFields.redact} errors={errors} />
        {fields.length ? null : <p class="meta">{t('redaction.no-texts')}</p>}
        {fields.map((field) => (
          <FieldReview field={field} suggestions={suggestions.filter((s) => s.fieldKey === field.key)} choice={choice} reasonOptions={reasonOptions} />
        ))}
        <fieldset>
          <legend>{t('redaction.manual-legend')}</legend>
          <TextArea name={redactionFields.manual} label={t('redaction.manual-label')} hint={t('redaction.manual-hint')} value={choice.manual} rows={4} errors={errors} />
          <SelectField name={redactionFields.manualReason} label={t('redaction.manual-reason')} value={choice.manualReason} options={reasonOptions} errors={errors} />
        </fieldset>
        <p>{t('redaction.before-publishing')}</p>
        <div class="actions">
          <button type="submit" name={redactionFields.intent} value="preview" class="secondary">{t('redaction.preview')}</button>
          <button type="submit" name={redactionFields.intent} value="publish">{t('redaction.publish')}</button>
        </div>
      </form>
    </section>
  );
}

function FieldReview({ field, suggestions, choice, reasonOptions }: {
  field: RedactableField;
  suggestions: readonly FieldSuggestion[];
  choice: RedactionChoice;
  reasonOptions: { value: string; label: string }[];
}) {
  const { t } = usePage().i18n;
  return (
    <fieldset class="redaction-field">
      <legend>{field.label}</legend>
      <p class="answer redaction-source" lang={field.lang}><Highlighted text={field.text} suggestions={suggestions} /></p>
      {suggestions.length ? (
        <ul class="redaction-choices">
          {suggestions.map((suggestion) => {
            const box = fieldId(`${redactionFields.redact}-${suggestion.id}`);
            const reason = fieldId(redactionFields.reason(suggestion.id));
            const passage = suggestion.text;
            return (
              <li>
                <div class="choice">
                  <input type="checkbox" id={box} name={redactionFields.redact} value={suggestion.id} checked={choice.selected.includes(suggestion.id)} />
                  <label for={box}>{t('redaction.suggestion-label', { passage, kind: t(`redaction.kind.${suggestion.kind}`) })}</label>
                </div>
                <div class="field redaction-reason">
                  <label for={reason}>{t('redaction.reason-for', { passage })}</label>
                  <select id={reason} name={redactionFields.reason(suggestion.id)}>
                    {reasonOptions.map((o) => <option value={o.value} selected={o.value === choice.reasons[suggestion.id]}>{o.label}</option>)}
                  </select>
                </div>
              </li>
            );
          })}
        </ul>
      ) : <p class="meta">{t('redaction.no-suggestions')}</p>}
    </fieldset>
  );
}

/** The text with each suggested passage in a <mark>; suggestions never overlap (suggestRedactions merges them). */
function Highlighted({ text, suggestions }: { text: string; suggestions: readonly FieldSuggestion[] }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const suggestion of [...suggestions].sort((a, b) => a.start - b.start)) {
    if (suggestion.start < at) continue;
    parts.push(text.slice(at, suggestion.start), <mark class="redaction-suggested">{text.slice(suggestion.start, suggestion.end)}</mark>);
    at = suggestion.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function PreviewSection({ fields, preview, children }: {
  fields: readonly RedactableField[]; preview: Readonly<Record<string, string>>; children?: ComponentChildren;
}) {
  const { t } = usePage().i18n;
  return (
    <section class="redaction-preview" aria-labelledby="redaction-preview-heading">
      <h2 id="redaction-preview-heading">{t('redaction.preview-heading')}</h2>
      <p>{t('redaction.preview-intro')}</p>
      {fields.map((field) => (
        <div class="redaction-preview-field">
          <h3>{field.label}</h3>
          <p class="answer" lang={field.lang}><RedactedText text={preview[field.key] ?? field.text} /></p>
        </div>
      ))}
      {children}
    </section>
  );
}
