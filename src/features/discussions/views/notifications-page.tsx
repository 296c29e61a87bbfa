// /account/notifications: every discussion email is off until the member turns it on here. The page also says
// plainly what cannot be emailed (anything about pseudonymous posts) and lists mentions of their pseudonyms.
import { ChoiceGroup, CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { placeFromKey } from '../discussion.ts';
import type { SettingsPage } from '../notification-settings.ts';
import type { PseudonymMention } from '../pseudonym-mentions.ts';
import { When } from './bits.tsx';

export function NotificationsPage({ page, mentions, saved }: { page: SettingsPage; mentions: PseudonymMention[]; saved: boolean }) {
  const { t } = usePage().i18n;
  const { settings } = page;
  const emails = [
    ...(settings.onReply ? ['onReply'] : []), ...(settings.onMention ? ['onMention'] : []), ...(settings.dailyDigest ? ['dailyDigest'] : []),
  ];
  const forumLabel = (key: string) => {
    const place = placeFromKey(key);
    return place?.kind === 'forum' ? t('discussions.forum-title', { theme: t(themeLabelKey(place.theme)) }) : key;
  };
  return (
    <>
      <h1>{t('discussions.notifications-title')}</h1>
      {saved ? <p class="notice" role="status">{t('discussions.notifications-saved')}</p> : null}
      <p>{t('discussions.notifications-intro')}</p>
      <form method="post" action="/account/notifications">
        <CsrfField />
        <ChoiceGroup name="emails" label={t('discussions.emails-legend')} multiple selected={emails} options={[
          { value: 'onReply', label: t('discussions.email-on-reply') },
          { value: 'onMention', label: t('discussions.email-on-mention') },
          { value: 'dailyDigest', label: t('discussions.email-daily-digest') },
        ]} />
        <ChoiceGroup name="places" label={t('discussions.digest-places-legend')} hint={t('discussions.digest-places-hint')} multiple selected={settings.digestPlaces} options={[
          ...page.forums.map((key) => ({ value: key, label: forumLabel(key) })),
          ...page.networks.map((network) => ({ value: network.key, label: t('discussions.network-threads-title', { network: network.name }) })),
        ]} />
        <p class="hint">{t('discussions.emails-content')}</p>
        <div class="actions"><button type="submit">{t('discussions.save-notifications')}</button></div>
      </form>
      <h2>{t('discussions.pseudonym-mentions-title')}</h2>
      <p>{t('discussions.pseudonym-mentions-intro')}</p>
      {mentions.length ? (
        <ul class="cards">
          {mentions.map((mention) => (
            <li><a href={mention.link}>{mention.startedByBlocked ? t('discussions.blocked-thread-title') : mention.title}</a> <span class="meta">· <When at={mention.at} /></span></li>
          ))}
        </ul>
      ) : <p class="meta">{t('discussions.pseudonym-mentions-none')}</p>}
    </>
  );
}

export function UnsubscribePage({ token, kind, done }: { token: string; kind: 'reply' | 'mention' | 'digest'; done: boolean }) {
  const { t } = usePage().i18n;
  const what = { reply: 'discussions.unsubscribe-what-reply', mention: 'discussions.unsubscribe-what-mention', digest: 'discussions.unsubscribe-what-digest' }[kind];
  return (
    <>
      <h1>{t('discussions.unsubscribe-title')}</h1>
      {done ? <p class="notice" role="status">{t('discussions.unsubscribed', { what: t(what) })}</p> : (
        <form method="post" action={`/account/notifications/unsubscribe/${token}`}>
          <CsrfField />
          <p>{t('discussions.unsubscribe-question', { what: t(what) })}</p>
          <div class="actions"><button type="submit">{t('discussions.unsubscribe-confirm')}</button></div>
        </form>
      )}
      <p><a href="/account/notifications">{t('discussions.notifications-title')}</a></p>
    </>
  );
}
