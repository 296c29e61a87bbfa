// One question of the answer form, each part rendered by its kind. Required parts are marked and announced, but
// never carry the HTML `required` attribute (it would stop "Save draft" on a half-finished answer) nor maxlength
// (browsers cut pasted text silently; the server says what is too long and keeps it all).
import { limits } from '../../../config.ts';
import { countryOptions } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { FieldError, fieldId, textareaText, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { partRef, type Part, type Question } from '../../calls/index.ts';
import { answerField, formFields } from '../answer-form.ts';
import { acceptAttribute } from '../limits.ts';
import type { AttachmentInfo, PartAnswer } from '../submission.ts';

export function RequiredMark({ required }: { required: boolean }) {
  const { t } = usePage().i18n;
  return required ? <span class="required"> ({t('common.required')})</span> : null;
}

/** aria-describedby for a control: the question it answers, then its error when it has one. */
function describedBy(name: string, errors: FieldErrors, ...others: string[]): string {
  return [...others, errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ');
}

function invalid(name: string, errors: FieldErrors): 'true' | undefined {
  return errors[name] ? 'true' : undefined;
}

export function LongText(props: {
  name: string; label: string; labelLang?: string; value: string | undefined; errors: FieldErrors; required?: boolean;
  describedByIds?: string[]; answerLanguage?: string | undefined; rows?: number;
}) {
  const { name, label, labelLang, value, errors, required = false, describedByIds = [], answerLanguage, rows = 8 } = props;
  return (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}><span lang={labelLang}>{label}</span><RequiredMark required={required} /></label>
      <FieldError name={name} errors={errors} />
      <textarea
        id={fieldId(name)} name={name} rows={rows} lang={answerLanguage}
        aria-invalid={invalid(name, errors)} aria-required={required ? 'true' : undefined}
        aria-describedby={describedBy(name, errors, ...describedByIds) || undefined}
      >{textareaText(value)}</textarea>
    </div>
  );
}

export function CountrySelect(props: { name: string; label: string; labelLang?: string; selected: readonly string[]; errors: FieldErrors; required?: boolean; describedByIds?: string[] }) {
  const { name, label, labelLang, selected, errors, required = false, describedByIds = [] } = props;
  const { i18n } = usePage();
  const hintId = `${fieldId(name)}-hint`;
  return (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}><span lang={labelLang}>{label}</span><RequiredMark required={required} /></label>
      <p class="hint" id={hintId}>{i18n.t('submissions.form-countries-hint')}</p>
      <FieldError name={name} errors={errors} />
      <select
        id={fieldId(name)} name={name} multiple size={8} aria-invalid={invalid(name, errors)}
        aria-required={required ? 'true' : undefined} aria-describedby={describedBy(name, errors, ...describedByIds, hintId)}
      >
        {countryOptions(i18n.locale).map((o) => <option value={o.value} selected={selected.includes(o.value)}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function FileField(props: {
  name: string; label: string; labelLang?: string; files: readonly AttachmentInfo[]; errors: FieldErrors; required?: boolean;
  downloadHref: (attachment: AttachmentInfo) => string | null; describedByIds?: string[];
}) {
  const { name, label, labelLang, files, errors, required = false, downloadHref, describedByIds = [] } = props;
  const { t } = usePage().i18n;
  const maxMegabytes = Math.round(limits.attachmentMaxBytes / (1024 * 1024));
  const hintId = `${fieldId(name)}-hint`;
  return (
    <div class={`field${errors[name] ? ' has-error' : ''}`}>
      <label for={fieldId(name)}><span lang={labelLang}>{label}</span><RequiredMark required={required} /></label>
      <p class="hint" id={hintId}>{t('submissions.form-file-hint', { max: maxMegabytes, count: limits.attachmentsPerSubmission })}</p>
      <FieldError name={name} errors={errors} />
      <input
        type="file" id={fieldId(name)} name={name} multiple accept={acceptAttribute}
        data-max-bytes={String(limits.attachmentMaxBytes)} data-too-large={t('submissions.error-file-too-large-short', { max: maxMegabytes })}
        aria-invalid={invalid(name, errors)} aria-describedby={describedBy(name, errors, ...describedByIds, hintId)}
      />
      {files.length ? (
        <ul>
          {files.map((file, i) => {
            const href = downloadHref(file);
            const size = t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) });
            const id = `${fieldId(name)}-remove-${i}`;
            return (
              <li>
                {href ? <a href={href}>{size}</a> : size}
                <span class="choice">
                  <input type="checkbox" id={id} name={formFields.removeAttachment} value={file.id} />
                  <label for={id}>{t('submissions.form-remove-file', { filename: file.filename })}</label>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

function Choices(props: {
  name: string; type: 'radio' | 'checkbox'; options: { value: string; label: string; lang?: string }[]; selected: readonly string[];
}) {
  const { name, type, options, selected } = props;
  return (
    <>
      {options.map((o, i) => (
        <div class="choice">
          <input type={type} id={`${fieldId(name)}-${i}`} name={name} value={o.value} checked={selected.includes(o.value)} />
          <label for={`${fieldId(name)}-${i}`} lang={o.lang}>{o.label}</label>
        </div>
      ))}
    </>
  );
}

interface PartProps {
  question: Question;
  part: Part;
  answer: PartAnswer | undefined;
  files: readonly AttachmentInfo[];
  errors: FieldErrors;
  downloadHref: (attachment: AttachmentInfo) => string | null;
  answerLanguage?: string | undefined;
}

function PartField({ question, part, answer, files, errors, downloadHref, answerLanguage }: PartProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const ref = partRef(question, part);
  const label = pickTranslation(part.label, i18n.locale);
  const questionId = `q-${fieldId(question.id)}`;
  const details = part.details ? pickTranslation(part.details, i18n.locale) : null;
  const detailsField = details ? (
    <LongText
      name={answerField(ref, 'details')} label={details.text} labelLang={details.lang} value={answer?.details} errors={errors}
      describedByIds={[questionId]} answerLanguage={answerLanguage} rows={4}
    />
  ) : null;

  switch (part.kind) {
    case 'long-text':
      return (
        <>
          <LongText name={answerField(ref, 'text')} label={label.text} labelLang={label.lang} value={answer?.text} errors={errors}
            required={part.required} describedByIds={[questionId]} answerLanguage={answerLanguage} />
          {detailsField}
        </>
      );
    case 'country-list':
      return (
        <>
          <CountrySelect name={answerField(ref, 'countries')} label={label.text} labelLang={label.lang} selected={answer?.countries ?? []}
            errors={errors} required={part.required} describedByIds={[questionId]} />
          {detailsField}
        </>
      );
    case 'file':
      return (
        <>
          <FileField name={answerField(ref, 'files')} label={label.text} labelLang={label.lang} files={files} errors={errors}
            required={part.required} downloadHref={downloadHref} describedByIds={[questionId]} />
          {detailsField}
        </>
      );
    default: {
      const name = part.kind === 'yes-no' ? answerField(ref, 'yes-no') : answerField(ref, 'choices');
      const options = part.kind === 'yes-no'
        ? [{ value: 'yes', label: t('domain.yes') }, { value: 'no', label: t('domain.no') }]
        : part.choices.map((c) => {
          const choice = pickTranslation(c.label, i18n.locale);
          return { value: c.key, label: choice.text, lang: choice.lang };
        });
      const selected = part.kind === 'yes-no' ? (answer?.yesNo ? [answer.yesNo] : []) : (answer?.choices ?? []);
      const otherName = answerField(ref, 'other');
      return (
        <fieldset id={fieldId(name)} class={`field choices${errors[name] ? ' has-error' : ''}`} aria-describedby={describedBy(name, errors, questionId)}>
          <legend><span lang={label.lang}>{label.text}</span><RequiredMark required={part.required} /></legend>
          <FieldError name={name} errors={errors} />
          <Choices name={name} type={part.kind === 'choose-many' ? 'checkbox' : 'radio'} options={options} selected={selected} />
          {part.allowOther && part.kind !== 'yes-no' ? (
            <div class={`field${errors[otherName] ? ' has-error' : ''}`}>
              <label for={fieldId(otherName)}>{t('submissions.form-other')}</label>
              <FieldError name={otherName} errors={errors} />
              <input
                type="text" id={fieldId(otherName)} name={otherName} value={answer?.other ?? ''}
                lang={answerLanguage} aria-invalid={invalid(otherName, errors)} aria-describedby={describedBy(otherName, errors) || undefined}
              />
            </div>
          ) : null}
          {detailsField}
        </fieldset>
      );
    }
  }
}

export function QuestionFields(props: Omit<PartProps, 'part' | 'answer' | 'files'> & {
  answers: Record<string, PartAnswer>;
  attachments: readonly AttachmentInfo[];
}) {
  const { question, answers, attachments, errors, downloadHref, answerLanguage } = props;
  const { i18n } = usePage();
  const text = pickTranslation(question.text, i18n.locale);
  const headingId = `q-${fieldId(question.id)}`;
  return (
    <section class="question" aria-labelledby={headingId}>
      <h3 id={headingId}><span lang={text.lang}>{question.number}. {text.text}</span></h3>
      {question.parts.map((part) => {
        const ref = partRef(question, part);
        return (
          <PartField
            question={question} part={part} answer={answers[ref]} files={attachments.filter((a) => a.partRef === ref)}
            errors={errors} downloadHref={downloadHref} answerLanguage={answerLanguage}
          />
        );
      })}
    </section>
  );
}
