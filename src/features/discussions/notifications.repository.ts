// SQL for who hears about what: each member's opt-in choices, the places their digest covers, the claims that
// make a day's digest go out once across instances, the mentions already notified, and where mail may go (only to
// confirmed addresses: an unconfirmed one may belong to somebody else).
import type { Db, Transaction } from '../../db/database.ts';
import type { Place } from './discussion.ts';

type Executor = Db | Transaction;

export interface NotificationSettings {
  onReply: boolean;
  onMention: boolean;
  dailyDigest: boolean;
  /** Place keys (forum:<theme>, network:<id>) the digest covers. */
  digestPlaces: string[];
  language: string;
}

export const noNotifications = (language: string): NotificationSettings =>
  ({ onReply: false, onMention: false, dailyDigest: false, digestPlaces: [], language });

export async function findNotificationSettings(db: Executor, memberId: string): Promise<NotificationSettings | undefined> {
  const row = await db.selectFrom('discussion_notification_settings').selectAll().where('member_id', '=', memberId).executeTakeFirst();
  if (!row) return undefined;
  const places = await db.selectFrom('discussion_digest_places').select('place').where('member_id', '=', memberId).orderBy('place').execute();
  return {
    onReply: Number(row.on_reply) === 1, onMention: Number(row.on_mention) === 1, dailyDigest: Number(row.daily_digest) === 1,
    digestPlaces: places.map((p) => p.place), language: row.language,
  };
}

export async function saveNotificationSettings(trx: Transaction, memberId: string, settings: NotificationSettings, now: string): Promise<void> {
  const values = {
    on_reply: settings.onReply ? 1 : 0, on_mention: settings.onMention ? 1 : 0, daily_digest: settings.dailyDigest ? 1 : 0,
    language: settings.language, updated_at: now,
  };
  await trx.insertInto('discussion_notification_settings').values({ member_id: memberId, ...values })
    .onConflict((oc) => oc.column('member_id').doUpdateSet(values)).execute();
  await trx.deleteFrom('discussion_digest_places').where('member_id', '=', memberId).execute();
  if (settings.digestPlaces.length) {
    await trx.insertInto('discussion_digest_places').values(settings.digestPlaces.map((place) => ({ member_id: memberId, place }))).execute();
  }
}

export type NotificationKind = 'reply' | 'mention' | 'digest';
const column = { reply: 'on_reply', mention: 'on_mention', digest: 'daily_digest' } as const;

/** Turns one kind of email off (the unsubscribe link); true when it was on. */
export async function turnOff(db: Executor, memberId: string, kind: NotificationKind, now: string): Promise<boolean> {
  const result = await db.updateTable('discussion_notification_settings').set({ [column[kind]]: 0, updated_at: now })
    .where('member_id', '=', memberId).where(column[kind], '=', 1).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface Recipient {
  memberId: string;
  email: string;
  language: string;
}

/** Of these members, who asked for this kind of email and can receive it. */
export async function recipientsWanting(db: Executor, memberIds: readonly string[], kind: NotificationKind): Promise<Recipient[]> {
  if (!memberIds.length) return [];
  const rows = await db.selectFrom('discussion_notification_settings as s').innerJoin('members as m', 'm.id', 's.member_id')
    .select(['m.id', 'm.email', 's.language']).where('s.member_id', 'in', [...memberIds]).where(`s.${column[kind]}`, '=', 1)
    .where('m.email_confirmed_at', 'is not', null).execute();
  return rows.map((row) => ({ memberId: row.id, email: row.email, language: row.language }));
}

/** Everyone whose daily digest is on, with the places it covers. */
export async function digestSubscribers(db: Executor): Promise<(Recipient & { places: string[] })[]> {
  const rows = await db.selectFrom('discussion_notification_settings as s').innerJoin('members as m', 'm.id', 's.member_id')
    .innerJoin('discussion_digest_places as d', 'd.member_id', 's.member_id')
    .select(['m.id', 'm.email', 's.language', 'd.place']).where('s.daily_digest', '=', 1).where('m.email_confirmed_at', 'is not', null)
    .orderBy('m.id').orderBy('d.place').execute();
  const byMember = new Map<string, Recipient & { places: string[] }>();
  for (const row of rows) {
    const entry = byMember.get(row.id) ?? { memberId: row.id, email: row.email, language: row.language, places: [] };
    entry.places.push(row.place);
    byMember.set(row.id, entry);
  }
  return [...byMember.values()];
}

/** Claims a member's digest for a day; false when another run (or instance) already has. */
export async function claimDigest(db: Executor, memberId: string, day: string, now: string): Promise<boolean> {
  const result = await db.insertInto('digests_sent').values({ member_id: memberId, day, claimed_at: now })
    .onConflict((oc) => oc.columns(['member_id', 'day']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives a claim back when the mail could not be sent, so a later run tries again. */
export async function releaseDigest(db: Executor, memberId: string, day: string): Promise<void> {
  await db.deleteFrom('digests_sent').where('member_id', '=', memberId).where('day', '=', day).execute();
}

/** Visible threads started in these places within [from, to), oldest first, except the reader's own. */
export async function threadsStartedIn(db: Executor, places: readonly Place[], from: string, to: string, exceptAuthor: string) {
  const themes = places.flatMap((p) => (p.kind === 'forum' ? [p.theme] : []));
  const networks = places.flatMap((p) => (p.kind === 'network' ? [p.networkId] : []));
  if (!themes.length && !networks.length) return [];
  return db.selectFrom('discussion_threads').select(['id', 'forum_theme', 'network_id', 'title', 'author_member_id', 'author_pseudonym_id'])
    .where('created_at', '>=', from).where('created_at', '<', to).where('hidden_at', 'is', null)
    .where((eb) => eb.or([
      ...(themes.length ? [eb('forum_theme', 'in', themes)] : []), ...(networks.length ? [eb('network_id', 'in', networks)] : []),
    ]))
    .where((eb) => eb.or([eb('author_member_id', 'is', null), eb('author_member_id', '<>', exceptAuthor)]))
    .orderBy('created_at').orderBy('id').execute();
}
