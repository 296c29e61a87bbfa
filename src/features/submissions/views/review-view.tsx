// The review page before submitting, and the receipt after: the same summary of who, what and which consent,
// so what the submitter checked is exactly what they get a receipt for. The receipt also shows the receipt code.
import type { ComponentChildren } from 'preact';
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { ProofOfWorkField } from '../../../views/proof-of-work-field.tsx';
import type { Call, Questionnaire } from '../../calls/index.ts';
import { formatReceiptCode } from '../receipt-code.ts';
import type { AttachmentInfo, Submission } from '../submission.ts';
import { AnswersView } from './answers-view.tsx';
import { formatDay } from './dates.ts';

interface SummaryProps {
  call: Call;
  questionnaire: Questionnaire;
  submission: Submission;
  downloadHref: (attachment: AttachmentInfo) => string | null;
}

function SubmitterSummary({ submission }: { submission: Submission }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { submitter, processingConsent } = submission.content;
  const rows: [string, string][] = [
    [t('submissions.form-answering-for'), t(`domain.stakeholder.${submission.stakeholderType}`)],
    [t('submissions.form-kind'), submitter.kind ? t(`submissions.form-kind.${submitter.kind}`) : ''],
    [t('submissions.form-name'), submitter.name],
    [t('submissions.form-organisation-type'), submitter.organisationType],
    [t('submissions.form-countries'), submitter.countries.map((code) => countryName(code, i18n.locale)).join(', ')],
    [t('submissions.form-email'), submitter.email],
    [t('submissions.form-co-signers'), submitter.coSigners],
    [t('submissions.form-language'), submission.language ? t(`domain.language.${submission.language}`) : ''],
    [t('submissions.form-consent'), submission.consent ? t(`domain.consent.${submission.consent}`) : ''],
    [t('submissions.form-processing-heading'), processingConsent ? t('domain.yes') : t('domain.no')],
  ];
  return (
    <dl class="summary">
      {rows.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value.trim() ? value : <span class="meta">{t('domain.no-answer')}</span>}</dd>
        </>
      ))}
    </dl>
  );
}

function InputSummary({ questionnaire, submission, downloadHref }: Omit<SummaryProps, 'call'>) {
  const { t } = usePage().i18n;
  const general = submission.attachments.filter((a) => a.partRef === null);
  return (
    <>
      <h2>{t('submissions.form-about-you')}</h2>
      <SubmitterSummary submission={submission} />
      <h2>{t('submissions.review-answers')}</h2>
      <AnswersView
        questionnaire={questionnaire} answers={submission.content.answers} attachments={submission.attachments}
        attachmentHref={downloadHref} answerLanguage={submission.language}
      />
      <h2>{t('submissions.form-attachments')}</h2>
      {general.length ? (
        <ul>
          {general.map((file) => {
            const href = downloadHref(file);
            const name = t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) });
            return <li>{href ? <a href={href}>{name}</a> : name}</li>;
          })}
        </ul>
      ) : <p class="meta">{t('submissions.no-attachments')}</p>}
    </>
  );
}

export function ReviewView(props: SummaryProps & { token: string; deadlineNotice?: ComponentChildren }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(props.call.title, i18n.locale);
  return (
    <>
      <h1>{t('submissions.review-heading')}</h1>
      <p><span lang={title.lang}>{title.text}</span></p>
      <p>{t('submissions.review-intro')}</p>
      {props.deadlineNotice}
      <InputSummary {...props} />
      <form method="post" action={`/drafts/${props.token}/submit`} class="actions">
        <CsrfField />
        <ProofOfWorkField />
        <a class="button secondary" href={`/drafts/${props.token}`}>{t('submissions.review-edit')}</a>
        <button type="submit">{t('submissions.review-submit')}</button>
      </form>
    </>
  );
}

/** The receipt code, once, with what it is for and how to keep it; the form ends its display on this browser. */
function ReceiptCode({ code, token }: { code: string; token: string }) {
  const { t } = usePage().i18n;
  return (
    <section class="warning" aria-labelledby="receipt-code-heading">
      <h2 id="receipt-code-heading">{t('follow-up.receipt-code-heading')}</h2>
      <p class="receipt-code" id="receipt-code"><strong>{formatReceiptCode(code)}</strong></p>
      <p><strong>{t('follow-up.receipt-code-write-down')}</strong></p>
      <p>{t('follow-up.receipt-code-what-for')}</p>
      <p>{t('follow-up.receipt-code-secret')}</p>
      <p>{t('follow-up.receipt-code-only-way')}</p>
      <form method="post" action={`/submissions/${token}/receipt/noted`}>
        <CsrfField />
        <button type="submit">{t('follow-up.receipt-code-noted')}</button>
      </form>
    </section>
  );
}

export function ReceiptView(props: SummaryProps & { mailFailed: boolean; receiptCode: string; token: string }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { submission, call } = props;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <>
      <h1>{t('submissions.receipt-heading')}</h1>
      <div class="notice" role="status">
        <p>{t('submissions.receipt-reference-label')}</p>
        <p class="reference"><strong>{submission.reference}</strong></p>
        {submission.late ? <p><span class="badge late">{t('domain.late')}</span> {t('submissions.receipt-late')}</p> : null}
      </div>
      <ReceiptCode code={props.receiptCode} token={props.token} />
      {props.mailFailed ? <div class="warning"><p>{t('submissions.receipt-mail-failed')}</p></div> : null}
      <dl class="summary">
        <dt>{t('submissions.receipt-call')}</dt>
        <dd><span lang={title.lang}>{title.text}</span></dd>
        <dt>{t('submissions.receipt-received-on')}</dt>
        <dd>{submission.submittedOn ? formatDay(i18n, submission.submittedOn) : ''}</dd>
      </dl>
      <InputSummary {...props} />
      <p><a href={`/calls/${encodeURIComponent(call.slug)}`}>{t('submissions.back-to-call')}</a></p>
    </>
  );
}
