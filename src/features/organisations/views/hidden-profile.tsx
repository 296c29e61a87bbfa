// What a hidden profile shows: "hidden by moderators" and the reason's name in the reader's language, in the words
// moderation uses everywhere (moderation.hidden-notice, moderation.reason.*). Written here rather than imported
// from moderation's index: moderation asks organisations who belongs where, so the import would be a cycle.
import { usePage } from '../../../views/page-context.ts';

export function HiddenProfileNotice({ reason, ownMember }: { reason: string; ownMember: boolean }) {
  const { t } = usePage().i18n;
  return (
    <div class="warning" role="note">
      <p>{t('moderation.hidden-notice', { reason: t(`moderation.reason.${reason}`) })}</p>
      {ownMember ? <p>{t('organisations.hidden-own')} <a href="/moderation/notices">{t('moderation.notices-title')}</a></p> : null}
    </div>
  );
}
