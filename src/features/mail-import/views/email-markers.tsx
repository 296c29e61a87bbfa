// What the review pages show of an input that arrived by email: a marker in the inbox row, and on the input's page
// where it came from, whether its answers still need confirming, and what the letter said outside the questions.
import { usePage } from '../../../views/page-context.ts';

/** From listImportFlags: only imported inputs have them. */
export interface ImportFlags {
  toConfirm: boolean;
  refusesPublication: boolean;
}

/** Badges after the reference in an inbox row. */
export function ImportMarkers({ flags }: { flags: ImportFlags | undefined }) {
  const { t } = usePage().i18n;
  if (!flags) return null;
  return (
    <>
      {' '}<span class="badge">{t('mail-import.marker-email')}</span>
      {flags.toConfirm ? <>{' '}<span class="badge">{t('mail-import.marker-to-confirm')}</span></> : null}
      {flags.refusesPublication ? <>{' '}<span class="badge late">{t('mail-import.marker-refuses-publication')}</span></> : null}
    </>
  );
}

/** On the input's page: how it arrived, and the way to the page where staff confirm what the import found. */
export function EmailArrival({ inputId, flags }: { inputId: string; flags: ImportFlags }) {
  const { t } = usePage().i18n;
  return (
    <section aria-labelledby="email-arrival-heading">
      <h2 id="email-arrival-heading">
        {t('mail-import.arrived-by-email')}
        {flags.toConfirm ? <>{' '}<span class="badge">{t('mail-import.marker-to-confirm')}</span></> : null}
      </h2>
      {flags.refusesPublication ? <p class="warning">{t('mail-import.input-refuses-publication')}</p> : null}
      <p>
        {t(flags.toConfirm ? 'mail-import.answers-to-confirm' : 'mail-import.answers-confirmed')}{' '}
        <a href={`/staff/inputs/${inputId}/letter`}>{t('mail-import.open-letter')}</a>
      </p>
    </section>
  );
}

/** What a letter says outside any question: introduction, closing, text no question took. Staff only. */
export function GeneralComments({ text, lang }: { text: string | undefined; lang: string | null }) {
  const { t } = usePage().i18n;
  if (!text?.trim()) return null;
  return (
    <section aria-labelledby="general-comments-heading">
      <h2 id="general-comments-heading">{t('mail-import.general-comments')}</h2>
      <div class="answer" lang={lang ?? undefined}>{text}</div>
    </section>
  );
}
