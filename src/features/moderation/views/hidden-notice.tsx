// What content features show in place of an item moderators hid, and their "report" link — so every place says it
// the same way, with the reason's name in the reader's language (MODERATION.md "What every decision leaves behind").
import { usePage } from '../../../views/page-context.ts';
import { isModerationReason } from '../moderation.ts';

export function HiddenByModerators({ reason }: { reason: string | null }) {
  const { t } = usePage().i18n;
  const name = reason && isModerationReason(reason) ? t(`moderation.reason.${reason}`) : (reason ?? '');
  return <p class="warning">{t('moderation.hidden-notice', { reason: name })}</p>;
}

export function ReportLink({ kind, id }: { kind: string; id: string }) {
  const { t } = usePage().i18n;
  return <a href={`/report/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`} rel="nofollow">{t('moderation.report-link')}</a>;
}
