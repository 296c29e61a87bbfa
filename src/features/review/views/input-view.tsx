// One input as staff read it: who sent it, what they agreed to, their answers and files, and the actions.
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call, Questionnaire } from '../../calls/index.ts';
import type { PublicationSummary } from '../../publications/index.ts';
import { AnswersView, publicationAllowed, type AttachmentInfo, type Submission } from '../../submissions/index.ts';
import { coSignerList } from '../co-signers.ts';
import { languageLabel } from './labels.ts';
import { WithheldFilesView } from './withheld-files-view.tsx';
import type { WithheldFile } from '../withheld-files.ts';
import { ReplacedPicturesView } from './replaced-pictures-view.tsx';
import type { FileWithReplacedPictures } from '../replaced-pictures.ts';
import { ActiveContentView } from './active-content-view.tsx';
import type { FileWithActiveContent } from '../active-content.ts';
import { MessagesSection, type MessagesSectionProps } from './messages-section.tsx';
import { EmailArrival, GeneralComments, type ImportFlags } from '../../mail-import/index.ts';

export interface InputViewProps {
  call: Call;
  questionnaire: Questionnaire | undefined;
  input: Submission;
  publication: PublicationSummary | undefined;
  /** A message key: the outcome of the action just taken. */
  notice: string | null;
  error: string | null;
  /** Files just left out of the publication because they could not be cleaned. */
  withheld?: readonly WithheldFile[];
  /** Files just published with placeholders in place of pictures that could not be cleaned. */
  replaced?: readonly FileWithReplacedPictures[];
  /** PDFs just published without the scripts, automatic actions or attached files they carried. */
  activeContent?: readonly FileWithActiveContent[];
  /** The conversation with the anonymous submitter, and the message form's state. */
  messages?: MessagesSectionProps;
  /** Set when the input arrived by email (imported from a mailbox). */
  email?: ImportFlags | undefined;
}

export function InputView({ call, questionnaire, input, publication, notice, error, messages, withheld = [], replaced = [], activeContent = [], email }: InputViewProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const { submitter } = input.content;
  const coSigners = coSignerList(submitter.coSigners);
  const href = (file: AttachmentInfo) => `/staff/inputs/${input.id}/attachments/${file.id}`;
  const general = input.attachments.filter((a) => a.partRef === null);
  return (
    <article>
      <p><a href={`/staff/calls/${call.id}/inputs`}>{t('review.back-to-inbox')}</a></p>
      <h1>
        {t('review.input-title', { reference: input.reference ?? '' })}
        {input.late ? <> <span class="badge late">{t('domain.late')}</span></> : null}
      </h1>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <WithheldFilesView files={withheld} />
      <ReplacedPicturesView files={replaced} when="published" />
      <ActiveContentView files={activeContent} when="published" />
      {error ? <p class="error-summary" role="alert">{t(error)}</p> : null}

      <h2>{t('review.submitter')}</h2>
      <dl class="summary">
        <dt>{t('review.column-name')}</dt><dd>{submitter.name || t('review.no-name')}</dd>
        {submitter.kind ? <><dt>{t('review.kind')}</dt><dd>{t(`review.kind.${submitter.kind}`)}</dd></> : null}
        {submitter.organisationType ? <><dt>{t('review.organisation-type')}</dt><dd>{submitter.organisationType}</dd></> : null}
        <dt>{t('review.filter.country')}</dt><dd>{submitter.countries.map((c) => countryName(c, i18n.locale)).join(', ')}</dd>
        <dt>{t('review.email')}</dt><dd>{submitter.email ? <a href={`mailto:${submitter.email}`}>{submitter.email}</a> : null}</dd>
        {coSigners.length ? <><dt>{t('review.co-signers')}</dt><dd><ul>{coSigners.map((name) => <li>{name}</li>)}</ul></dd></> : null}
      </dl>

      {email ? <EmailArrival inputId={input.id} flags={email} /> : null}
      <InputFacts call={call} input={input} publication={publication} />

      <h2>{t('review.actions')}</h2>
      <form method="post" action={`/staff/inputs/${input.id}/review-status`}>
        <CsrfField />
        <input type="hidden" name="status" value={input.reviewStatus === 'new' ? 'reviewed' : 'new'} />
        <button type="submit" class="secondary">{t(input.reviewStatus === 'new' ? 'review.mark-reviewed' : 'review.mark-new')}</button>
      </form>
      <PublishActions input={input} published={publication !== undefined} />

      <h2>{t('review.answers')}</h2>
      {questionnaire ? (
        <AnswersView questionnaire={questionnaire} answers={input.content.answers} attachments={input.attachments} attachmentHref={href} answerLanguage={input.language} />
      ) : null}
      <GeneralComments text={input.content.generalComments} lang={input.language} />
      {general.length ? (
        <>
          <h2>{t('review.attachments')}</h2>
          <ul>{general.map((file) => <li><a href={href(file)}>{t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) })}</a></li>)}</ul>
        </>
      ) : null}
      {messages ? <MessagesSection {...messages} /> : null}
    </article>
  );
}

/** The workflow's metadata of an input (all stored in clear): shown whether or not its content can be opened. */
export function InputFacts({ call, input, publication }: { call: Call; input: InputMetadata; publication: PublicationSummary | undefined }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <>
      <h2>{t('review.details')}</h2>
      <dl class="summary">
        <dt>{t('review.column-call')}</dt><dd lang={title.lang}>{title.text}</dd>
        <dt>{t('review.filter.type')}</dt><dd>{t(`domain.stakeholder.${input.stakeholderType}`)}</dd>
        <dt>{t('review.filter.language')}</dt><dd>{languageLabel(t, input.language ?? '')}</dd>
        <dt>{t('review.column-received')}</dt><dd>{input.submittedOn ? i18n.formatDate(input.submittedOn, { dateStyle: 'long', timeZone: 'UTC' }) : null}</dd>
        <dt>{t('review.late-label')}</dt><dd>{t(input.late ? 'domain.yes' : 'domain.no')}</dd>
        <dt>{t('review.filter.consent')}</dt><dd>{input.consent ? t(`domain.consent.${input.consent}`) : null}</dd>
        <dt>{t('review.filter.review')}</dt><dd>{t(`review.status.${input.reviewStatus}`)}</dd>
        <dt>{t('review.filter.publication')}</dt>
        <dd>{publication ? t('review.published-on', { day: i18n.formatDate(publication.publishedOn, { dateStyle: 'long', timeZone: 'UTC' }) }) : t('review.publication.unpublished')}</dd>
      </dl>
    </>
  );
}

export type InputMetadata = Pick<Submission, 'stakeholderType' | 'language' | 'submittedOn' | 'late' | 'consent' | 'reviewStatus'>;

function PublishActions({ input, published }: { input: Submission; published: boolean }) {
  const { t } = usePage().i18n;
  const allowed = publicationAllowed(input.consent);
  return (
    <section aria-labelledby="publication-heading">
      <h3 id="publication-heading">{t('review.publication')}</h3>
      {allowed === 'named' ? <p>{t('review.publish-named-explained', { files: input.attachments.length })}</p> : null}
      {allowed === 'anonymous' ? <p class="warning">{t('review.publish-anonymous-explained')}</p> : null}
      {allowed !== 'none' && input.attachments.length ? (
        <p>
          {t('review.publish-files-cleaned', { files: input.attachments.length })}
          {allowed === 'anonymous' ? <> {t('review.publish-files-renamed')}</> : null}
        </p>
      ) : null}
      {allowed === 'none' ? <p class="warning">{t('review.publish-not-allowed')}</p> : (
        // A plain GET: publishing continues on the redaction page, which shows what the public would read.
        <form method="get" action={`/staff/inputs/${input.id}/publish`}>
          <button type="submit">{t(published ? 'review.publish-again' : 'review.publish')}</button>
        </form>
      )}
      {published ? (
        <form method="post" action={`/staff/inputs/${input.id}/withdraw`}>
          <CsrfField />
          <button type="submit" class="danger">{t('review.withdraw')}</button>
        </form>
      ) : null}
    </section>
  );
}
