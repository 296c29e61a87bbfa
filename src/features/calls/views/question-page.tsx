// The question editor: number, text per language, then one fieldset per part and one empty fieldset to add a
// part. Without JavaScript, staff add parts one save at a time.
import { localeCodes } from '../../../i18n/locales.ts';
import { CsrfField, ErrorSummary, FieldError, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { partKinds, type CallWithQuestionnaires, type Question, type Questionnaire } from '../call.ts';
import { emptyPartForm, isBlankPart, type PartForm, type QuestionForm } from '../question-form.ts';
import { Breadcrumbs, Checkbox, TranslatedFields } from './staff-parts.tsx';
import { useTranslated } from './translated.tsx';

interface Props {
  call: CallWithQuestionnaires;
  questionnaire: Questionnaire;
  question: Question | null;
  form: QuestionForm;
  errors: FieldErrors;
}

export function QuestionPage({ call, questionnaire, question, form, errors }: Props) {
  const { t } = usePage().i18n;
  const tx = useTranslated();
  const callTitle = tx(call.title);
  const qTitle = tx(questionnaire.title);
  const base = `/staff/calls/${call.id}/questionnaires/${questionnaire.id}`;
  const action = question ? `${base}/questions/${question.id}` : `${base}/questions/new`;
  // Always end with one empty fieldset to add a part; keep a half-typed new part as typed.
  const parts = form.parts.length && isBlankPart(form.parts.at(-1)!) ? form.parts : [...form.parts, emptyPartForm()];
  return (
    <>
      <Breadcrumbs trail={[
        { href: '/staff/calls', label: t('calls-staff.list-title') },
        { href: `/staff/calls/${call.id}/edit`, label: callTitle.text, lang: callTitle.lang },
        { href: base, label: qTitle.text, lang: qTitle.lang },
      ]} />
      <h1>{question ? t('calls-staff.edit-question', { number: question.number }) : t('calls-staff.add-question')}</h1>
      <form method="post" action={action} noValidate>
        <CsrfField />
        <ErrorSummary errors={errors} />
        <TextField name="number" label={t('calls-staff.field-number')} hint={t('calls-staff.hint-number')} value={form.number} errors={errors} required />
        <TranslatedFields name="text" label={t('calls-staff.field-question-text')} values={form.text} errors={errors} multiline rows={3} englishRequired />
        <h2 id="f-parts">{t('calls-staff.parts-heading')}</h2>
        <p class="hint">{t('calls-staff.hint-parts')}</p>
        <FieldError name="parts" errors={errors} />
        <input type="hidden" name="partCount" value={String(parts.length)} />
        {parts.map((part, index) => <PartFieldset index={index} part={part} errors={errors} adding={isBlankPart(part)} />)}
        <div class="actions"><button type="submit">{t('calls-staff.save')}</button></div>
      </form>
      <p><a href={base}>{t('calls-staff.cancel')}</a></p>
    </>
  );
}

function PartFieldset({ index, part, errors, adding }: { index: number; part: PartForm; errors: FieldErrors; adding: boolean }) {
  const { t } = usePage().i18n;
  const name = (field: string) => `part-${index}-${field}`;
  return (
    <fieldset class="part">
      <legend>{adding ? t('calls-staff.add-part') : t('calls-staff.part-legend', { number: index + 1 })}</legend>
      <input type="hidden" name={name('was')} value={part.was} />
      <SelectField
        name={name('kind')} label={t('calls-staff.field-kind')} value={part.kind} errors={errors}
        options={partKinds.map((k) => ({ value: k, label: t(`calls-staff.kind.${k}`) }))}
      />
      <TextField name={name('key')} label={t('calls-staff.field-part-key')} hint={t('calls-staff.hint-part-key')} value={part.key} errors={errors} />
      <TranslatedFields name={name('label')} label={t('calls-staff.field-part-label')} hint={t('calls-staff.hint-part-label')} values={part.label} errors={errors} englishRequired />
      <Checkbox name={name('required')} label={t('calls-staff.field-required')} checked={part.required} />
      <Checkbox name={name('allowOther')} label={t('calls-staff.field-allow-other')} checked={part.allowOther} hint={t('calls-staff.hint-allow-other')} />
      <TranslatedFields name={name('details')} label={t('calls-staff.field-details')} hint={t('calls-staff.hint-details')} values={part.details} errors={errors} />
      <fieldset>
        <legend>{t('calls-staff.field-choices')}</legend>
        <p class="hint">{t('calls-staff.hint-choices')}</p>
        {localeCodes.map((lang) => (
          <TextArea name={name(`choices-${lang}`)} label={t(`domain.language.${lang}`)} value={part.choices[lang] ?? ''} errors={errors} rows={4} lang={lang} />
        ))}
      </fieldset>
      {adding || !part.was ? null : <Checkbox name={name('remove')} label={t('calls-staff.field-remove-part')} checked={part.remove} />}
    </fieldset>
  );
}
