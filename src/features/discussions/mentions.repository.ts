// SQL for mentions: who a post's `@` names reached (members, to notify once; pseudonyms, for their holder to find)
// and who can be reached in a place at all.
import type { Db, Transaction } from '../../db/database.ts';
import type { Place } from './discussion.ts';
import { notSignedBy, type LeftOutAuthors } from './threads.repository.ts';

type Executor = Db | Transaction;

/**
 * Records a post's mentions; returns the members not mentioned in it before, so an edit notifies only newcomers.
 * Mentions the new text no longer makes are kept: the person was told, and telling them again would be noise.
 */
export async function recordMentions(trx: Transaction, postId: string, mentions: { memberIds: readonly string[]; pseudonymIds: readonly string[] }): Promise<string[]> {
  const known = new Set((await trx.selectFrom('discussion_mentions').select('member_id').where('post_id', '=', postId).execute()).map((r) => r.member_id));
  const added = mentions.memberIds.filter((id) => !known.has(id));
  if (added.length) await trx.insertInto('discussion_mentions').values(added.map((member_id) => ({ post_id: postId, member_id }))).execute();
  if (mentions.pseudonymIds.length) {
    await trx.insertInto('discussion_pseudonym_mentions').values(mentions.pseudonymIds.map((pseudonym_id) => ({ post_id: postId, pseudonym_id })))
      .onConflict((oc) => oc.columns(['post_id', 'pseudonym_id']).doNothing()).execute();
  }
  return added;
}

/**
 * Visible posts that mention any of these pseudonyms, newest first: what their holder sees when signed in. Posts
 * signed by `leftOut` (the people the holder blocked) are left out here, before the limit, so the list stays full.
 */
export async function postsMentioningPseudonyms(db: Executor, pseudonymIds: readonly string[], limit: number, leftOut: LeftOutAuthors) {
  if (!pseudonymIds.length) return [];
  return db.selectFrom('discussion_pseudonym_mentions as pm').innerJoin('discussion_posts as p', 'p.id', 'pm.post_id')
    .innerJoin('discussion_threads as t', 't.id', 'p.thread_id')
    .select(['p.id as post_id', 'p.position', 'p.created_at', 't.id as thread_id', 't.title', 't.forum_theme', 't.network_id',
      't.author_member_id as thread_member_id', 't.author_pseudonym_id as thread_pseudonym_id'])
    .where('pm.pseudonym_id', 'in', [...pseudonymIds]).where('p.deleted_at', 'is', null).where('p.hidden_at', 'is', null)
    .where('t.hidden_at', 'is', null).where((eb) => notSignedBy(eb, { member: 'p.author_member_id', pseudonym: 'p.author_pseudonym_id' }, leftOut))
    .orderBy('p.created_at', 'desc').orderBy('p.id').limit(limit).execute();
}

/** The people who have written in a place under their own name, and the pseudonyms seen there: who `@` can reach. */
export async function participantsOf(db: Executor, place: Place) {
  const posts = db.selectFrom('discussion_posts as p').innerJoin('discussion_threads as t', 't.id', 'p.thread_id')
    .where(place.kind === 'forum' ? 't.forum_theme' : 't.network_id', '=', place.kind === 'forum' ? place.theme : place.networkId);
  const members = await posts.innerJoin('members as m', 'm.id', 'p.author_member_id').select(['m.id', 'm.display_name']).distinct().execute();
  const pseudonyms = await posts.select(['p.author_pseudonym_id', 'p.author_pseudonym_label']).where('p.author_pseudonym_id', 'is not', null).distinct().execute();
  return {
    members: members.map((m) => ({ memberId: m.id, name: m.display_name })),
    pseudonyms: pseudonyms.map((p) => ({ pseudonymId: p.author_pseudonym_id!, name: p.author_pseudonym_label ?? '' })),
  };
}
