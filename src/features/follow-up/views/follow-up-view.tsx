// The submitter's page about their input: where it stands, the conversation with the mandate's team, and what
// they can still do (reply, add information or files, narrow their consent to publication, sign out).
import { limits } from '../../../config.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, FieldError, fieldId, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { ProofOfWorkField } from '../../../views/proof-of-work-field.tsx';
import { acceptAttribute } from '../../submissions/index.ts';
import { informationFields } from '../add-information.ts';
import { narrowerConsents } from '../conversation.ts';
import type { FollowUpPage } from '../load-follow-up.ts';
import { messageField } from '../reply-to-staff.ts';
import { consentField } from '../withdraw-consent.ts';
import { ConversationList } from './conversation-list.tsx';

/** Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message. */
export const followUpNotices = {
  message: 'follow-up.done-message',
  information: 'follow-up.done-information',
  consent: 'follow-up.done-consent',
  unpublished: 'follow-up.done-unpublished',
} as const;
export type FollowUpNotice = keyof typeof followUpNotices;

export interface FollowUpViewProps {
  page: FollowUpPage;
  notice: FollowUpNotice | null;
  errors: FieldErrors;
  /** What was typed in a form that came back with an error. */
  values: { message?: string; information?: string };
}

const fileHref = (id: string) => `/follow-up/attachments/${id}`;

function day(i18n: ReturnType<typeof usePage>['i18n'], value: string): string {
  return i18n.formatDate(`${value}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
}

function InputSummary({ page }: { page: FollowUpPage }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { input, call, publication } = page;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <dl class="summary">
      <dt>{t('follow-up.summary-call')}</dt><dd><span lang={title.lang}>{title.text}</span></dd>
      <dt>{t('follow-up.summary-received')}</dt><dd>{input.submittedOn ? day(i18n, input.submittedOn) : ''}</dd>
      <dt>{t('follow-up.summary-status')}</dt><dd>{t(`follow-up.status.${input.reviewStatus}`)}</dd>
      <dt>{t('follow-up.summary-consent')}</dt><dd>{input.consent ? t(`domain.consent.${input.consent}`) : ''}</dd>
      <dt>{t('follow-up.summary-publication')}</dt>
      <dd>
        {publication ? (
          <>
            {t('follow-up.published-on', { day: day(i18n, publication.publishedOn) })}{' '}
            <a href={`/calls/${encodeURIComponent(call.slug)}/inputs/${encodeURIComponent(publication.reference)}`}>{t('follow-up.published-link')}</a>
          </>
        ) : t('follow-up.not-published')}
      </dd>
    </dl>
  );
}

function ConsentForm({ page, errors }: { page: FollowUpPage; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const choices = narrowerConsents(page.input.consent);
  return (
    <section aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t('follow-up.consent-heading')}</h2>
      {choices.length ? (
        <form method="post" action="/follow-up/consent">
          <CsrfField />
          <ProofOfWorkField />
          <p>{t('follow-up.consent-intro')}</p>
          {page.publication ? <p class="warning">{t('follow-up.consent-unpublish-warning')}</p> : null}
          <ChoiceGroup
            name={consentField} label={t('follow-up.consent-legend')} required errors={errors}
            options={choices.map((value) => ({ value, label: t(`domain.consent.${value}`) }))} selected={[]}
          />
          <div class="actions"><button type="submit">{t('follow-up.consent-submit')}</button></div>
        </form>
      ) : <p>{t('follow-up.consent-none-left')}</p>}
    </section>
  );
}

function InformationForm({ errors, value, attachments }: { errors: FieldErrors; value: string; attachments: number }) {
  const { t } = usePage().i18n;
  const name = informationFields.files;
  const hintId = `${fieldId(name)}-hint`;
  const maxMegabytes = Math.round(limits.attachmentMaxBytes / (1024 * 1024));
  const describedBy = [hintId, errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="information-heading">
      <h2 id="information-heading">{t('follow-up.information-heading')}</h2>
      <form method="post" action="/follow-up/information" enctype="multipart/form-data">
        <CsrfField />
        <ProofOfWorkField />
        <TextArea name={informationFields.text} label={t('follow-up.field-information')} hint={t('follow-up.field-information-hint')} value={value} errors={errors} />
        <div class={`field${errors[name] ? ' has-error' : ''}`}>
          <label for={fieldId(name)}>{t('follow-up.field-files')}</label>
          <p class="hint" id={hintId}>
            {t('follow-up.field-files-hint', { max: maxMegabytes, count: limits.attachmentsPerSubmission, attached: attachments })}
          </p>
          <FieldError name={name} errors={errors} />
          <input
            type="file" id={fieldId(name)} name={name} multiple accept={acceptAttribute}
            data-max-bytes={String(limits.attachmentMaxBytes)} data-too-large={t('submissions.error-file-too-large-short', { max: maxMegabytes })}
            aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy}
          />
        </div>
        <div class="actions"><button type="submit">{t('follow-up.information-submit')}</button></div>
      </form>
    </section>
  );
}

export function FollowUpView({ page, notice, errors, values }: FollowUpViewProps) {
  const { t } = usePage().i18n;
  const messageErrors = errors[messageField] ? errors : {};
  const otherErrors = Object.fromEntries(Object.entries(errors).filter(([name]) => name !== messageField));
  return (
    <article>
      <h1>{t('follow-up.page-heading', { reference: page.input.reference })}</h1>
      {notice ? <p class="notice" role="status">{t(followUpNotices[notice])}</p> : null}
      <ErrorSummary errors={errors} />
      <InputSummary page={page} />

      <section aria-labelledby="conversation-heading" id="conversation">
        <h2 id="conversation-heading">{t('follow-up.conversation-heading')}</h2>
        <p>{t('follow-up.conversation-intro')}</p>
        <ConversationList entries={page.conversation} reader="submitter" fileHref={fileHref} />
        <form method="post" action="/follow-up/messages">
          <CsrfField />
          <ProofOfWorkField />
          <TextArea name={messageField} label={t('follow-up.field-message')} value={values.message ?? ''} errors={messageErrors} rows={5} />
          <div class="actions"><button type="submit">{t('follow-up.message-submit')}</button></div>
        </form>
      </section>

      <InformationForm errors={otherErrors} value={values.information ?? ''} attachments={page.attachments.length} />

      {page.attachments.length ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t('follow-up.files-heading')}</h2>
          <ul>
            {page.attachments.map((file) => (
              <li><a href={fileHref(file.id)}>{t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) })}</a></li>
            ))}
          </ul>
        </section>
      ) : null}

      <ConsentForm page={page} errors={otherErrors} />

      <h2>{t('follow-up.sign-out-heading')}</h2>
      <p>{t('follow-up.sign-out-intro')}</p>
      <form method="post" action="/follow-up/sign-out">
        <CsrfField />
        <button type="submit" class="secondary">{t('follow-up.sign-out')}</button>
      </form>
    </article>
  );
}
