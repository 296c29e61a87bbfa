// A coordinator publishes a draft: from now on its words are frozen (a correction is a new version), it is public,
// organisations may co-sign it, and its signed file is on offer.
import { changeStatement, type StatementChangeDeps } from './statement-change.ts';
import { markPublished } from './statements.repository.ts';

export type PublishOutcome = 'published' | 'already-published' | 'not-found';

export function publishStatement(deps: StatementChangeDeps, statementId: string): Promise<PublishOutcome> {
  return changeStatement(deps, statementId, async (trx, statement, now) => {
    if (statement.publishedAt) return { outcome: 'already-published' as const, changed: false };
    await markPublished(trx, statement.id, now.toISOString());
    return { outcome: 'published' as const, changed: true };
  });
}
