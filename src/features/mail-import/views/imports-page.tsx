// /staff/imports: the imports so far, newest first, and the form to upload a mailbox (an mbox file or .eml files).
// The upload form works without JavaScript; the file-size pre-check in app.js only saves a long wait.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField, ErrorSummary, FieldError, fieldId, SelectField, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import type { ImportRecord } from '../mail-import.ts';
import { uploadField, uploadLimits } from './upload-limits.ts';

export interface ImportsPageProps {
  imports: readonly ImportRecord[];
  calls: readonly Call[];
  /** Messages waiting to be sorted, for those who may sort them; null for the others. */
  toSort: number | null;
  /** The call chosen in the form (kept when the form comes back with an error). */
  chosenCall: string;
  errors: FieldErrors;
}

export function ImportsPage({ imports, calls, toSort, chosenCall, errors }: ImportsPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const titles = new Map(calls.map((call) => [call.id, pickTranslation(call.title, i18n.locale)]));
  return (
    <section>
      <p><a href="/staff">{t('review.back-to-staff')}</a></p>
      <h1>{t('mail-import.imports-title')}</h1>
      <p>{t('mail-import.imports-intro')}</p>
      {toSort !== null ? <p><a href="/staff/imports/to-sort">{t('mail-import.link-to-sort', { count: toSort })}</a></p> : null}

      <h2>{t('mail-import.upload-title')}</h2>
      <ErrorSummary errors={errors} labels={{ call: t('mail-import.field-call'), [uploadField]: t('mail-import.field-files') }} />
      <form method="post" action="/staff/imports" enctype="multipart/form-data">
        <CsrfField />
        <SelectField
          name="call" label={t('mail-import.field-call')} hint={t('mail-import.field-call-hint')} errors={errors} value={chosenCall}
          placeholder={t('mail-import.match-each-message')}
          options={calls.map((call) => ({ value: call.id, label: `${titles.get(call.id)!.text} (${call.referenceCode})` }))}
        />
        <MailboxFileField errors={errors} />
        <div class="actions"><button type="submit">{t('mail-import.upload')}</button></div>
      </form>

      <h2>{t('mail-import.list-title')}</h2>
      {imports.length ? (
        <table>
          <caption>{t('mail-import.list-caption', { count: imports.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mail-import.column-day')}</th>
              <th scope="col">{t('mail-import.column-origin')}</th>
              <th scope="col">{t('mail-import.column-call')}</th>
              <th scope="col">{t('mail-import.column-status')}</th>
              <th scope="col">{t('mail-import.column-messages')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => {
              const title = record.callId ? titles.get(record.callId) : undefined;
              return (
                <tr>
                  <td><a href={`/staff/imports/${record.id}`}>{i18n.formatDate(record.createdOn, { dateStyle: 'medium', timeZone: 'UTC' })}</a></td>
                  <td>{t(`mail-import.origin.${record.origin}`)}</td>
                  <td>{title ? <span lang={title.lang}>{title.text}</span> : <span class="meta">{t('mail-import.matched-per-message')}</span>}</td>
                  <td>{t(`mail-import.status.${record.status}`)}</td>
                  <td>{t('mail-import.processed-of-total', { processed: record.processed, total: record.total })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : <p>{t('mail-import.no-imports')}</p>}
    </section>
  );
}

function MailboxFileField({ errors }: { errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const id = fieldId(uploadField);
  const describedBy = [`${id}-hint`, errors[uploadField] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${errors[uploadField] ? ' has-error' : ''}`}>
      <label for={id}>{t('mail-import.field-files')}</label>
      <p class="hint" id={`${id}-hint`}>{t('mail-import.field-files-hint', { max: uploadLimits.maxMegabytes, count: uploadLimits.maxFiles })}</p>
      <FieldError name={uploadField} errors={errors} />
      <input
        type="file" id={id} name={uploadField} multiple accept=".mbox,.eml,.mbx,message/rfc822,application/mbox"
        data-max-bytes={String(uploadLimits.maxBytes)} data-too-large={t('mail-import.error-file-too-large-short', { max: uploadLimits.maxMegabytes })}
        aria-invalid={errors[uploadField] ? 'true' : undefined} aria-describedby={describedBy}
      />
    </div>
  );
}
