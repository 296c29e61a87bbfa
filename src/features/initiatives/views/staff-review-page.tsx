// One pending initiative as staff review it: everything the public would see, then approve, or reject with a
// reason the author will read.
import { CsrfField, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Initiative } from '../initiative.ts';
import { InitiativeFacts, InitiativeImages, InitiativeText } from './initiative-details.tsx';
import { statusLabelKey } from './my-initiatives-page.tsx';
import { staffQueuePath } from './staff-queue-page.tsx';

export function StaffReviewPage({ initiative, reason, errors }: { initiative: Initiative; reason: string; errors: FieldErrors }) {
  const { t } = usePage().i18n;
  const base = `${staffQueuePath}/${initiative.id}`;
  return (
    <article>
      <p><a href={staffQueuePath}>{t('initiatives.staff-queue-back')}</a></p>
      <h1 lang={initiative.language}>{initiative.title}</h1>
      <p><span class="badge">{t(statusLabelKey(initiative.status))}</span></p>
      <InitiativeFacts initiative={initiative} />
      <InitiativeText initiative={initiative} />
      <InitiativeImages images={initiative.images} />
      {initiative.status === 'pending' ? (
        <>
          <h2>{t('initiatives.staff-decide')}</h2>
          <form method="post" action={`${base}/approve`} class="actions">
            <CsrfField />
            <button type="submit">{t('initiatives.staff-approve')}</button>
          </form>
          <form method="post" action={`${base}/reject`} noValidate>
            <CsrfField />
            <TextArea name="reason" label={t('initiatives.staff-reason')} hint={t('initiatives.staff-reason-hint')} value={reason} errors={errors} required rows={4} />
            <div class="actions"><button type="submit" class="danger">{t('initiatives.staff-reject')}</button></div>
          </form>
        </>
      ) : null}
    </article>
  );
}
