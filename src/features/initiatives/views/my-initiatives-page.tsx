// The author's own initiatives, whatever their state: waiting for moderation, published, or rejected with the
// reason staff gave; each can be changed or withdrawn from here.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { initiativePath, isEditable, type InitiativeStatus } from '../initiative.ts';
import type { InitiativeRecord } from '../initiative-rows.repository.ts';
import { countriesText } from './initiative-details.tsx';

export const myInitiativesNotices = { posted: 'initiatives.done-posted', saved: 'initiatives.done-saved', withdrawn: 'initiatives.done-withdrawn' } as const;
export type MyInitiativesNotice = keyof typeof myInitiativesNotices;

export const statusLabelKey = (status: InitiativeStatus) => `initiatives.status.${status}`;

export function MyInitiativesPage({ initiatives, notice }: { initiatives: readonly InitiativeRecord[]; notice: MyInitiativesNotice | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <p><a href="/initiatives">{t('initiatives.back-to-list')}</a></p>
      <h1>{t('initiatives.mine-title')}</h1>
      {notice ? <p class="notice" role="status">{t(myInitiativesNotices[notice])}</p> : null}
      <p><a class="button" href="/initiatives/new">{t('initiatives.new-link')}</a></p>
      {initiatives.length ? null : <p>{t('initiatives.mine-empty')}</p>}
      <ul class="cards">
        {initiatives.map((initiative) => (
          <li id={`initiative-${initiative.id}`}>
            <h2 lang={initiative.language}>
              {initiative.status === 'published' && !initiative.hiddenAt ? <a href={initiativePath(initiative.id)}>{initiative.title}</a> : initiative.title}
            </h2>
            <p class="meta">
              <span class="badge">{t(statusLabelKey(initiative.status))}</span>
              {initiative.hiddenAt ? <> <span class="badge">{t('initiatives.status-hidden')}</span></> : null}
              {' '}{countriesText(i18n.locale, initiative.countries)}
            </p>
            {initiative.status === 'rejected' && initiative.rejectionReason ? (
              <div class="warning"><p>{t('initiatives.rejected-because')}</p><p class="answer">{initiative.rejectionReason}</p></div>
            ) : null}
            {initiative.hiddenAt ? <p class="warning">{t('initiatives.hidden-notice', { reason: initiative.hiddenReason ?? '' })}</p> : null}
            {isEditable(initiative) ? (
              <div class="actions">
                <a class="button secondary" href={`${initiativePath(initiative.id)}/edit`}>{t('initiatives.edit-link')}</a>
                <form method="post" action={`${initiativePath(initiative.id)}/withdraw`}>
                  <CsrfField />
                  <button type="submit" class="danger">{t('initiatives.withdraw')}</button>
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
