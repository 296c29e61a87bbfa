// What a member reads in place of words written by someone they blocked (MODERATION.md "Blocking"): the content
// feature's own sentence ("their post is not shown") and the way to their blocks, so every place links there alike.
import { usePage } from '../../../views/page-context.ts';

export function BlockedAuthorNotice({ notice }: { notice: string }) {
  const { t } = usePage().i18n;
  return <p class="meta"><em>{notice}</em> <a href="/moderation/blocks">{t('moderation.blocks-title')}</a></p>;
}
