// /forums: one public forum per theme of the shared vocabulary, with how much is going on in each.
import { usePage } from '../../../views/page-context.ts';
import { themeLabelKey, themes } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { When } from './bits.tsx';

export function ForumsPage({ activity }: { activity: ReadonlyMap<string, { threads: number; lastPostedAt: string }> }) {
  const { t } = usePage().i18n;
  return (
    <>
      <h1>{t('discussions.forums-title')}</h1>
      <p>{t('discussions.forums-intro')}</p>
      <ul class="cards">
        {themes.map((theme) => {
          const seen = activity.get(theme);
          return (
            <li>
              <h2><a href={`/forums/${theme}`}>{t(themeLabelKey(theme))}</a></h2>
              <p class="meta">
                {t('discussions.thread-count', { count: seen?.threads ?? 0 })}
                {seen ? <> · {t('discussions.last-activity')} <When at={seen.lastPostedAt} /></> : null}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
