// Mentions of a member's pseudonyms, found only in their own session: their pseudonym in every forum and in each
// of their networks is computed from the secret their password unlocked, then looked up. The server keeps no list
// of a member's pseudonyms, so this is the only way such a mention reaches its holder — no email can. Mentions by
// people the member blocked are left out, as their emails would be: in the query, so the list still holds 20. A
// thread such a person started is not named (its title is their words), as in the thread page and mention emails.
import type { Db } from '../../db/database.ts';
import { themes } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { blockedBy, isBlockedAuthor } from '../moderation/index.ts';
import { placeOfColumns, postPath, type Place } from './discussion.ts';
import { postsMentioningPseudonyms } from './mentions.repository.ts';
import { networksOfMember } from './network-access.ts';

export interface PseudonymMention {
  title: string;
  /** The thread was started by someone the member blocked: its title is not shown. */
  startedByBlocked: boolean;
  link: string;
  at: string;
}

export async function mentionsOfMyPseudonyms(db: Db, memberId: string, pseudonymIn: (place: Place) => string | null): Promise<PseudonymMention[]> {
  const places: Place[] = [
    ...themes.map((theme): Place => ({ kind: 'forum', theme })),
    ...(await networksOfMember(db, memberId)).map((network): Place => ({ kind: 'network', networkId: network.id })),
  ];
  const ids = places.map(pseudonymIn).filter((id): id is string => id !== null);
  const blocked = await blockedBy(db, memberId);
  const rows = await postsMentioningPseudonyms(db, ids, 20, blocked);
  return rows.flatMap((row) => {
    const place = placeOfColumns(row);
    const startedByBlocked = isBlockedAuthor(blocked, { memberId: row.thread_member_id, pseudonymId: row.thread_pseudonym_id });
    return place ? [{
      title: startedByBlocked ? '' : row.title, startedByBlocked, at: row.created_at,
      link: postPath(place, row.thread_id, { id: row.post_id, position: Number(row.position) }),
    }] : [];
  });
}
