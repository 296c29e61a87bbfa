// What every change to a published statement shares: one transaction that locks the statement, makes the change and
// re-issues the signed files (and search entries); then the cached public pages are dropped, as they show it.
import type { AppDeps } from '../../deps.ts';
import type { Transaction } from '../../db/database.ts';
import { reissueSignedFiles } from './reissue-signed-files.ts';
import type { Statement } from './statement.ts';
import { lockStatement } from './statements.repository.ts';

export type StatementChangeDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'publicPages'>;

/**
 * Runs `change` on the locked statement. It returns its outcome and whether it changed what the public sees; when it
 * did, the signed files are re-issued before commit and the page cache is cleared after.
 */
export async function changeStatement<T>(
  deps: StatementChangeDeps, statementId: string,
  change: (trx: Transaction, statement: Statement, now: Date) => Promise<{ outcome: T; changed: boolean }>,
): Promise<T | 'not-found'> {
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const statement = await lockStatement(trx, statementId);
    if (!statement) return undefined;
    const done = await change(trx, statement, now);
    if (done.changed) {
      const changed = await lockStatement(trx, statementId);
      if (changed?.publishedAt) await reissueSignedFiles(trx, deps.config, changed, now);
    }
    return done;
  });
  if (!result) return 'not-found';
  if (result.changed) deps.publicPages.invalidate();
  return result.outcome;
}
