// The decisions on a case in order, and the posting blocks still in force, each with the way to lift it (a
// coordinator lifts only their network's blocks).
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { CaseView } from '../case-view.ts';

export function CaseHistory({ view, base, staff }: { view: CaseView; base: string; staff: boolean }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const date = (iso: string) => i18n.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <>
      {view.blocks.length ? (
        <section aria-labelledby="blocks-heading">
          <h2 id="blocks-heading">{t('moderation.active-blocks-heading')}</h2>
          <ul class="cards">
            {view.blocks.map((block) => (
              <li>
                <p>
                  {t(block.networkId ? 'moderation.block-scope-network' : 'moderation.block-scope-platform')} · {t(`moderation.reason.${block.reason}`)}
                  {' · '}{block.endsAt ? t('moderation.block-until', { date: i18n.formatDate(new Date(new Date(block.endsAt).getTime() - 1), { dateStyle: 'medium', timeZone: 'UTC' }) }) : t('moderation.block-no-end')}
                </p>
                {staff || block.networkId ? (
                  <form method="post" action={`${base}/cases/${view.kase.id}/blocks/${block.id}/lift`}>
                    <CsrfField />
                    <button type="submit" class="secondary">{t('moderation.lift-block')}</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('moderation.history-heading')}</h2>
        {view.actions.length ? (
          <ol class="cards">
            {view.actions.map((action) => (
              <li>
                <p class="meta">
                  <strong>{t(`moderation.action.${action.action}`)}</strong>
                  {action.reason ? ` · ${t(`moderation.reason.${action.reason}`)}` : ''} · {date(action.at)} · {action.moderatorName ?? t('moderation.former-moderator')}
                </p>
                {action.note ? <p>{action.note}</p> : null}
              </li>
            ))}
          </ol>
        ) : <p>{t('moderation.history-none')}</p>}
      </section>
    </>
  );
}
