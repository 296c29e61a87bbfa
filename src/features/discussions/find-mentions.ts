// Whom a post's `@` names reach: people who have written in this forum or network under their name (so a
// stranger cannot summon any member of the platform into a thread), and who can read the thread. A pseudonym's
// label resolves to the pseudonym only: the server cannot know whose it is, so it never becomes an email.
import type { Db } from '../../db/database.ts';
import type { Place } from './discussion.ts';
import { foldName, namesToLookUp, resolveMentions } from './mentions.ts';
import { isNetworkMember } from './network-access.ts';
import { participantsOf } from './mentions.repository.ts';

export interface Mentions {
  memberIds: string[];
  pseudonymIds: string[];
}

export async function findMentions(db: Db, place: Place, body: string): Promise<Mentions> {
  if (!namesToLookUp(body).length) return { memberIds: [], pseudonymIds: [] };
  const { members, pseudonyms } = await participantsOf(db, place);
  const named = new Map<string, string[]>();
  const add = (name: string, who: string) => named.set(foldName(name), [...(named.get(foldName(name)) ?? []), who]);
  for (const member of members) add(member.name, `member:${member.memberId}`);
  for (const pseudonym of pseudonyms) add(pseudonym.name, `pseudonym:${pseudonym.pseudonymId}`);
  const resolved = resolveMentions(body, named);
  const memberIds: string[] = [];
  for (const id of resolved.filter((r) => r.startsWith('member:')).map((r) => r.slice('member:'.length))) {
    if (place.kind === 'forum' || await isNetworkMember(db, place.networkId, id)) memberIds.push(id);
  }
  return { memberIds, pseudonymIds: resolved.filter((r) => r.startsWith('pseudonym:')).map((r) => r.slice('pseudonym:'.length)) };
}
