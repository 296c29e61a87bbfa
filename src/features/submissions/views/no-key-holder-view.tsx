// Shown when a call has nobody who could ever read its inputs (no key holder yet, no escrow key): submitting would
// seal the input to no one, so the draft stays as it is and the submitter is told whom to write to.
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';

export function NoKeyHolderView({ call, draftHref }: { call: Call; draftHref: string }) {
  const { t, locale } = usePage().i18n;
  const title = pickTranslation(call.title, locale);
  return (
    <>
      <h1>{t('submissions.no-key-holder-heading')}</h1>
      <p><span lang={title.lang}>{title.text}</span></p>
      <p>{t('submissions.no-key-holder-body')}</p>
      <p>{t('submissions.closed-contact', { email: call.contactEmail })}</p>
      <ul>
        <li><a href={draftHref}>{t('submissions.closed-back-to-draft')}</a></li>
      </ul>
    </>
  );
}
