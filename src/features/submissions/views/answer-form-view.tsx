// The answer form, one page: about you, the questions, attachments, then consent. It posts as multipart so files
// travel with the text, and works without JavaScript; the script only warns before leaving unsaved changes.
import type { ComponentChildren } from 'preact';
import { pickTranslation } from '../../../i18n/translator.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, FieldError, fieldId, SelectField, TextArea, TextField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { ProofOfWorkField } from '../../../views/proof-of-work-field.tsx';
import type { CallWithQuestionnaires, Questionnaire, StakeholderType } from '../../calls/index.ts';
import { formFields } from '../answer-form.ts';
import { consentChoices, submitterKinds, type AttachmentInfo, type SubmissionContent } from '../submission.ts';
import { formatDeadline } from './dates.ts';
import { CountrySelect, FileField, QuestionFields, RequiredMark } from './part-fields.tsx';

export interface AnswerFormViewProps {
  call: CallWithQuestionnaires;
  questionnaire: Questionnaire;
  stakeholderType: StakeholderType;
  /** Where the form posts: the call's answer address for a new draft, the draft's own address afterwards. */
  action: string;
  content: SubmissionContent;
  language: string | null;
  consent: string | null;
  attachments: readonly AttachmentInfo[];
  errors: FieldErrors;
  downloadHref: (attachment: AttachmentInfo) => string | null;
  notices?: ComponentChildren;
}

export function AnswerFormView(props: AnswerFormViewProps) {
  const { call, questionnaire, stakeholderType, action, content, language, consent, attachments, errors, downloadHref, notices } = props;
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const questionnaireTitle = pickTranslation(questionnaire.title, i18n.locale);
  const intro = pickTranslation(questionnaire.intro, i18n.locale);
  const policy = pickTranslation(call.publicationPolicy, i18n.locale);
  const { submitter } = content;
  const answerLanguage = language ?? undefined;
  return (
    <>
      <h1>{t('submissions.form-heading')} <span lang={title.lang}>{title.text}</span></h1>
      <p class="meta">
        {t('submissions.form-answering-as', { type: t(`domain.stakeholder.${stakeholderType}`) })}{' '}
        {t('submissions.deadline', { deadline: formatDeadline(i18n, call) })}
      </p>
      {notices}
      <ErrorSummary errors={errors} />
      <form method="post" action={action} enctype="multipart/form-data" data-warn-unsaved noValidate>
        <CsrfField />
        <ProofOfWorkField />
        <p>{t('submissions.form-intro')}</p>

        <h2>{t('submissions.form-about-you')}</h2>
        <ChoiceGroup
          name={formFields.kind} label={t('submissions.form-kind')} errors={errors} required selected={[submitter.kind]}
          options={submitterKinds.map((kind) => ({ value: kind, label: t(`submissions.form-kind.${kind}`) }))}
        />
        <TextField name={formFields.name} label={t('submissions.form-name')} hint={t('submissions.form-name-hint')} value={submitter.name} errors={errors} required autocomplete="organization" />
        <TextField name={formFields.organisationType} label={t('submissions.form-organisation-type')} hint={t('submissions.form-organisation-type-hint')} value={submitter.organisationType} errors={errors} />
        <CountrySelect name={formFields.countries} label={t('submissions.form-countries')} selected={submitter.countries} errors={errors} />
        <TextField name={formFields.email} type="email" label={t('submissions.form-email')} hint={t('submissions.form-email-hint')} value={submitter.email} errors={errors} required autocomplete="email" />
        <TextArea name={formFields.coSigners} label={t('submissions.form-co-signers')} hint={t('submissions.form-co-signers-hint')} value={submitter.coSigners} errors={errors} rows={3} />
        <SelectField
          name={formFields.language} label={t('submissions.form-language')} hint={t('submissions.form-language-hint')} value={language ?? ''}
          errors={errors} required placeholder={t('submissions.form-choose')}
          options={call.languages.map((code) => ({ value: code, label: t(`domain.language.${code}`) }))}
        />

        <h2><span lang={questionnaireTitle.lang}>{questionnaireTitle.text}</span></h2>
        {intro.text ? <p lang={intro.lang}>{intro.text}</p> : null}
        {questionnaire.questions.map((question) => (
          <QuestionFields
            question={question} answers={content.answers} attachments={attachments} errors={errors}
            downloadHref={downloadHref} answerLanguage={answerLanguage}
          />
        ))}

        <h2>{t('submissions.form-attachments')}</h2>
        <p>{t('submissions.form-attachments-intro')}</p>
        <FileField
          name={formFields.generalFiles} label={t('submissions.form-attachments-field')} errors={errors}
          files={attachments.filter((a) => a.partRef === null)} downloadHref={downloadHref}
        />

        <h2>{t('submissions.form-consent-heading')}</h2>
        {policy.text ? <p lang={policy.lang}>{policy.text}</p> : null}
        <ChoiceGroup
          name={formFields.consent} label={t('submissions.form-consent')} errors={errors} required selected={consent ? [consent] : []}
          options={consentChoices.map((choice) => ({ value: choice, label: t(`domain.consent.${choice}`) }))}
        />
        <ProcessingConsent checked={content.processingConsent} errors={errors} />

        <div class="actions">
          <button type="submit" name={formFields.action} value="save" class="secondary">{t('submissions.form-save')}</button>
          <button type="submit" name={formFields.action} value="review">{t('submissions.form-review')}</button>
        </div>
      </form>
    </>
  );
}

function ProcessingConsent({ checked, errors }: { checked: boolean; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const name = formFields.processingConsent;
  const id = fieldId(name);
  return (
    <fieldset id={id} class={`field choices${errors[name] ? ' has-error' : ''}`} aria-describedby={`${id}-explanation${errors[name] ? ` ${id}-error` : ''}`}>
      <legend>{t('submissions.form-processing-heading')}<RequiredMark required /></legend>
      <p id={`${id}-explanation`}>{t('submissions.form-processing-explanation')}</p>
      <FieldError name={name} errors={errors} />
      <div class="choice">
        <input type="checkbox" id={`${id}-yes`} name={name} value="yes" checked={checked} aria-required="true" />
        <label for={`${id}-yes`}>{t('submissions.form-processing-consent')}</label>
      </div>
    </fieldset>
  );
}
