// The people a member blocked (/moderation/blocks): private to them, each with the way to unblock.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { MemberBlock } from '../blocks.repository.ts';

export function BlocksPage({ blocks, notice }: { blocks: MemberBlock[]; notice: string | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{t('moderation.blocks-title')}</h1>
      <p>{t('moderation.blocks-intro')}</p>
      {blocks.length ? (
        <ul class="cards">
          {blocks.map((block) => (
            <li>
              {block.name} <span class="meta">· {i18n.formatDate(block.createdAt, { dateStyle: 'medium', timeZone: 'UTC' })}</span>
              <form method="post" action={`/moderation/blocks/${block.id}/remove`}>
                <CsrfField />
                <button type="submit" class="secondary">{t('moderation.unblock')}</button>
              </form>
            </li>
          ))}
        </ul>
      ) : <p>{t('moderation.blocks-none')}</p>}
      <p><a href="/moderation/notices">{t('moderation.notices-title')}</a></p>
    </section>
  );
}
