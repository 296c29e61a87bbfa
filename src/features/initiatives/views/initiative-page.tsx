// The public page of one initiative. A hidden one keeps its place and says that moderators hid it and why
// (docs/MODERATION.md), without its text or pictures.
import { usePage } from '../../../views/page-context.ts';
import type { Initiative } from '../initiative.ts';
import { InitiativeFacts, InitiativeImages, InitiativeText } from './initiative-details.tsx';

export function InitiativePage({ initiative }: { initiative: Initiative }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <article>
      <p><a href="/initiatives">{t('initiatives.back-to-list')}</a> · <a href="/initiatives/map">{t('initiatives.map-link')}</a></p>
      <h1 lang={initiative.language}>{initiative.title}</h1>
      {initiative.hiddenAt ? (
        <p class="warning">{t('initiatives.hidden-notice', { reason: t(`moderation.reason.${initiative.hiddenReason}`) })}</p>
      ) : (
        <>
          {initiative.publishedAt ? <p class="meta">{t('initiatives.published-on', { date: i18n.formatDate(initiative.publishedAt) })}</p> : null}
          <InitiativeFacts initiative={initiative} />
          <InitiativeText initiative={initiative} />
          <InitiativeImages images={initiative.images} />
          <p><a href={`/report/initiative/${initiative.id}`} rel="nofollow">{t('moderation.report-link')}</a></p>
        </>
      )}
    </article>
  );
}
