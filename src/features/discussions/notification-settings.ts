// A member's email choices: what they see on /account/notifications, saving them, and the unsubscribe link.
// Everything starts off; the digest only ever covers forums and the member's own networks.
import { themes } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { placeFromKey, placeKey } from './discussion.ts';
import { networksOfMember } from './network-access.ts';
import type { DiscussionDeps } from './notify-after-post.ts';
import { findNotificationSettings, noNotifications, saveNotificationSettings, turnOff, type NotificationKind, type NotificationSettings } from './notifications.repository.ts';
import { readUnsubscribeToken } from './unsubscribe-token.ts';

export interface SettingsPage {
  settings: NotificationSettings;
  /** The places a digest may cover, by key: every theme's forum, then the member's networks. */
  forums: string[];
  networks: { key: string; name: string }[];
}

export async function loadNotificationSettings(deps: DiscussionDeps, memberId: string, language: string): Promise<SettingsPage> {
  const settings = (await findNotificationSettings(deps.db, memberId)) ?? noNotifications(language);
  const networks = (await networksOfMember(deps.db, memberId)).map((n) => ({ key: placeKey({ kind: 'network', networkId: n.id }), name: n.name }));
  return { settings, forums: themes.map((theme) => placeKey({ kind: 'forum', theme })), networks };
}

export async function saveNotificationChoices(
  deps: DiscussionDeps, memberId: string, language: string,
  typed: { onReply: boolean; onMention: boolean; dailyDigest: boolean; places: string[] },
): Promise<void> {
  const mine = new Set((await networksOfMember(deps.db, memberId)).map((n) => n.id));
  // Keys are checked, not trusted: a forged network key must not subscribe anyone to another network.
  const places = [...new Set(typed.places)].filter((key) => {
    const place = placeFromKey(key);
    return place?.kind === 'forum' || (place?.kind === 'network' && mine.has(place.networkId));
  });
  const settings: NotificationSettings = { onReply: typed.onReply, onMention: typed.onMention, dailyDigest: typed.dailyDigest, digestPlaces: places, language };
  await deps.db.transaction().execute((trx) => saveNotificationSettings(trx, memberId, settings, deps.clock.now().toISOString()));
}

/** What an unsubscribe link stands for, or null when it is not one of ours. */
export function readUnsubscribeLink(deps: DiscussionDeps, token: string): { memberId: string; kind: NotificationKind } | null {
  return readUnsubscribeToken(deps.config.sessionSecret, token);
}

export async function unsubscribe(deps: DiscussionDeps, token: string): Promise<NotificationKind | null> {
  const link = readUnsubscribeLink(deps, token);
  if (!link) return null;
  await turnOff(deps.db, link.memberId, link.kind, deps.clock.now().toISOString());
  return link.kind;
}
