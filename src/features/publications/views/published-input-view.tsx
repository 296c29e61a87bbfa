// One published input: who sent it (unless anonymous), where from, and the answers with any published files.
// Passages hidden at publication show as marks giving the reason, in the reader's language; a text without marks
// renders exactly as it always did.
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { Call, Questionnaire } from '../../calls/index.ts';
import { hasRedactedTexts, RedactedText } from '../../review/redaction/index.ts';
import { AnswersView, type AttachmentInfo } from '../../submissions/index.ts';
import type { Publication } from '../publication.ts';

export function PublishedInputView({ call, publication, questionnaire }: { call: Call; publication: Publication; questionnaire: Questionnaire | undefined }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const base = `/calls/${call.slug}/inputs/${encodeURIComponent(publication.reference)}`;
  const href = (file: AttachmentInfo) => `${base}/attachments/${file.id}`;
  const { answers, coSigners, attachments } = publication.content;
  const general = attachments.filter((a) => a.partRef === null);
  return (
    <article>
      <p><a href={`/calls/${call.slug}/inputs`}>{t('publications.back-to-list')}</a> · <a href={`/calls/${call.slug}`} lang={title.lang}>{title.text}</a></p>
      <h1>{publication.displayName ?? t('publications.anonymous')}</h1>
      <dl class="summary">
        <dt>{t('publications.stakeholder-type')}</dt>
        <dd>{t(`domain.stakeholder.${publication.stakeholderType}`)}</dd>
        {publication.countries.length ? (
          <>
            <dt>{t('publications.countries')}</dt>
            <dd>{publication.countries.map((c) => countryName(c, i18n.locale)).join(', ')}</dd>
          </>
        ) : null}
        <dt>{t('publications.language')}</dt>
        <dd>{t(`domain.language.${publication.language}`)}</dd>
        <dt>{t('publications.published-on')}</dt>
        <dd>{i18n.formatDate(publication.publishedOn, { dateStyle: 'long', timeZone: 'UTC' })}</dd>
        {coSigners.length ? (
          <>
            <dt>{t('publications.co-signers')}</dt>
            <dd><ul>{coSigners.map((name) => <li><RedactedText text={name} /></li>)}</ul></dd>
          </>
        ) : null}
      </dl>
      <h2>{t('publications.answers')}</h2>
      {hasRedactedTexts(publication.content) ? <p class="redaction-note">{t('redaction.public-note')}</p> : null}
      {questionnaire ? (
        <AnswersView
          questionnaire={questionnaire} answers={answers} attachments={attachments}
          attachmentHref={href} answerLanguage={publication.language} renderText={(text) => <RedactedText text={text} />}
        />
      ) : null}
      {general.length ? (
        <>
          <h2>{t('publications.attachments')}</h2>
          <ul>{general.map((file) => <li><a href={href(file)}>{t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) })}</a></li>)}</ul>
        </>
      ) : null}
    </article>
  );
}
