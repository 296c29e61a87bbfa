// Who may decide on a case (MODERATION.md "Who decides"): platform staff on every case; a network's coordinators on
// their network's cases only, and never on what they wrote or what their own organisation wrote or is — those
// cases stay with platform staff, who see every case. People (member, pseudonym) are platform staff's alone.
import type { Db } from '../../db/database.ts';
import { isCoordinator } from '../networks/index.ts';
import { findMembership } from '../organisations/index.ts';
import type { AuthorRef, ModerationCase, Moderator } from './moderation.ts';

/** Whether the moderator wrote the item: their member id, or a pseudonym their own session recognises. */
export function isAuthoredBy(author: AuthorRef | null, moderator: Moderator): boolean {
  if (!author || moderator.kind === 'staff') return false;
  if (author.kind === 'member') return author.memberId === moderator.memberId;
  return moderator.holdsPseudonym(author.context, author.pseudonymId);
}

export async function mayModerate(db: Db, moderator: Moderator, kase: ModerationCase): Promise<boolean> {
  if (moderator.kind === 'staff') return true;
  if (kase.scope === 'platform') return false;
  if (isAuthoredBy(kase.author, moderator)) return false;
  if (kase.organisationId && (await findMembership(db, kase.organisationId, moderator.memberId))) return false;
  return isCoordinator(db, kase.scope.networkId, moderator.memberId);
}
