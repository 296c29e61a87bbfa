// The front door: what this platform is, how answers are protected, and the calls open now.
import { CallCards, groupForReaders, type Call } from '../../calls/index.ts';
import { usePage } from '../../../views/page-context.ts';

/** Enough closed calls to find the recent ones; the full list is one click away. */
const recentlyClosedShown = 3;

export function HomePage({ calls, now }: { calls: Call[]; now: Date }) {
  const { t } = usePage().i18n;
  const groups = groupForReaders(calls, now);
  const closed = groups.closed.slice(0, recentlyClosedShown);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <p>{t('home.protection')}</p>
      <h2>{t('home.open-heading')}</h2>
      {groups.open.length ? <CallCards calls={groups.open} now={now} /> : <p>{t('home.none-open')}</p>}
      {closed.length ? <><h2>{t('home.closed-heading')}</h2><CallCards calls={closed} now={now} /></> : null}
      <p><a href="/calls">{t('home.all-calls')}</a></p>
      <h2>{t('home.next-heading')}</h2>
      <p>{t('home.next-text')}</p>
    </>
  );
}
