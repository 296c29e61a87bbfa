// /staff/imports/to-sort: messages no call could be matched to, or that could not be read, kept sealed to the
// administrators. Each can be imported into a call chosen here, dismissed, or downloaded as received.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField, ErrorSummary, SelectField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import type { KeptMessageView } from '../kept-messages.ts';
import { problemKey } from './problem-list.tsx';

/** What the page says after an action: a message key, and the input a sorted message became. */
export interface ToSortNotice {
  key: string;
  inputId?: string | undefined;
}

export interface ToSortPageProps {
  messages: readonly KeptMessageView[];
  calls: readonly Call[];
  notice: ToSortNotice | null;
  /** A message key: why the action just tried did not happen. */
  error: string | null;
  /** Errors beside each message's call select, keyed by the select's name. */
  errors: FieldErrors;
  /** The call chosen for each message, by select name, kept when the page comes back with an error. */
  chosen: Record<string, string>;
}

export const callFieldOf = (messageId: string) => `call-${messageId}`;

export function ToSortPage({ messages, calls, notice, error, errors, chosen }: ToSortPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const options = calls.map((call) => ({ value: call.id, label: `${pickTranslation(call.title, i18n.locale).text} (${call.referenceCode})` }));
  return (
    <section>
      <p><a href="/staff/imports">{t('mail-import.back-to-imports')}</a></p>
      <h1>{t('mail-import.to-sort-title')}</h1>
      <p>{t('mail-import.to-sort-intro')}</p>
      {notice ? (
        <p class="notice" role="status">
          {t(notice.key)}
          {notice.inputId ? <> <a href={`/staff/inputs/${notice.inputId}`}>{t('mail-import.open-new-input')}</a></> : null}
        </p>
      ) : null}
      {error ? <p class="error-summary" role="alert">{t(error)}</p> : null}
      <ErrorSummary errors={errors} />
      {messages.length ? messages.map((message, index) => (
        <KeptMessageSection message={message} index={index} options={options} errors={errors} chosen={chosen[callFieldOf(message.id)] ?? ''} />
      )) : <p>{t('mail-import.to-sort-empty')}</p>}
    </section>
  );
}

function KeptMessageSection({ message, index, options, errors, chosen }: {
  message: KeptMessageView; index: number; options: { value: string; label: string }[]; errors: FieldErrors; chosen: string;
}) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { summary } = message;
  const headingId = `message-${index + 1}`;
  return (
    <section class="kept-message" aria-labelledby={headingId}>
      <h2 id={headingId}>{summary ? summary.subject || t('mail-import.no-subject') : t('mail-import.message-sealed-title', { number: index + 1 })}</h2>
      {summary ? (
        <dl class="summary">
          <dt>{t('mail-import.from')}</dt>
          <dd>{summary.from ? `${summary.from.name} <${summary.from.address}>`.trim() : t('mail-import.unknown-sender')}</dd>
          <dt>{t('mail-import.sent-on')}</dt>
          <dd>{i18n.formatDate(summary.date ?? message.receivedOn, { dateStyle: 'long', timeZone: 'UTC' })}</dd>
          {summary.attachmentNames.length ? <><dt>{t('mail-import.attachments')}</dt><dd>{summary.attachmentNames.join('\n')}</dd></> : null}
          {summary.excerpt ? <><dt>{t('mail-import.excerpt')}</dt><dd>{summary.excerpt}</dd></> : null}
        </dl>
      ) : <p class="warning">{t('mail-import.message-sealed')}</p>}
      {message.problem ? <p class="warning">{t(problemKey(message.problem))}</p> : null}
      <form method="post" action={`/staff/imports/to-sort/${message.id}/sort`}>
        <CsrfField />
        <SelectField
          name={callFieldOf(message.id)} label={t('mail-import.sort-into')} errors={errors} value={chosen} options={options}
          placeholder={t('mail-import.choose-call')}
        />
        <button type="submit" aria-describedby={headingId}>{t('mail-import.sort')}</button>
      </form>
      <div class="actions">
        <a href={`/staff/imports/to-sort/${message.id}/original`} download aria-describedby={headingId}>{t('mail-import.download-original')}</a>
        <form method="post" action={`/staff/imports/to-sort/${message.id}/dismiss`}>
          <CsrfField />
          <button type="submit" class="secondary" aria-describedby={headingId}>{t('mail-import.dismiss')}</button>
        </form>
      </div>
    </section>
  );
}
