// Notices shown above a draft: the private link after its creation, "saved", and a warning when the call is closed.
import { usePage } from '../../../views/page-context.ts';

export function CreatedNotice({ link, resumeMail }: { link: string; resumeMail: 'sent' | 'failed' | 'none' }) {
  const { t } = usePage().i18n;
  return (
    <div class="notice" role="status">
      <h2>{t('submissions.created-heading')}</h2>
      <p>{t('submissions.created-keep-link')}</p>
      <code class="link" id="resume-link">{link}</code>
      <button type="button" class="secondary" data-copy="resume-link" hidden>{t('submissions.copy-link')}</button>
      {resumeMail === 'sent' ? <p>{t('submissions.created-emailed')}</p> : null}
      {resumeMail === 'failed' ? <p>{t('submissions.created-email-failed')}</p> : null}
    </div>
  );
}

export function SavedNotice() {
  const { t } = usePage().i18n;
  return <div class="notice" role="status"><p>{t('submissions.saved')}</p></div>;
}

export function ClosedWarning({ deadline, contact }: { deadline: string; contact: string }) {
  const { t } = usePage().i18n;
  return (
    <div class="warning">
      <p>{t('submissions.closed-warning', { deadline })}</p>
      <p>{t('submissions.closed-contact', { email: contact })}</p>
    </div>
  );
}

export function LateWarning({ deadline }: { deadline: string }) {
  const { t } = usePage().i18n;
  return <div class="warning"><p>{t('submissions.late-warning', { deadline })}</p></div>;
}
