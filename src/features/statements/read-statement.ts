// A published statement as moderation sees it (hidden or not): the text moderators judge, in the language it was
// drafted in; and the statements a member answers for, since a statement has no personal author — it speaks for its
// network, so the network's coordinators are told when it is hidden and may appeal.
import type { Db } from '../../db/database.ts';
import { networkIdsCoordinatedByMember } from '../networks/index.ts';
import { pickVersion, type Statement, type StatementVersion } from './statement.ts';
import { findStatement, listVersions, publishedStatementIdsOf } from './statements.repository.ts';

/** Undefined for an unknown id and for a draft: drafts are their network's to discuss, never reported as statements. */
export async function readPublishedStatement(db: Db, id: string): Promise<{ statement: Statement; version: StatementVersion } | undefined> {
  const statement = await findStatement(db, id);
  if (!statement?.publishedAt) return undefined;
  const version = pickVersion(statement, await listVersions(db, [id]), []);
  return version && { statement, version };
}

/** The published statements of the networks this member coordinates now. */
export async function statementsAnsweredBy(db: Db, memberId: string): Promise<string[]> {
  return publishedStatementIdsOf(db, await networkIdsCoordinatedByMember(db, memberId));
}
