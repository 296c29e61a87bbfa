// A published statement's search entries: each language's current text is an entry of its own (a search in French
// finds the French text) while the statement is on public view; none while moderators hide it. Called inside the
// transaction that changes the statement, so the index changes with it or not at all.
import type { Transaction } from '../../db/database.ts';
import { indexEntry, removeEntry } from '../search/index.ts';
import { regionalGroupsOf } from './signatories.ts';
import { isOnPublicView, type Statement, type StatementVersion } from './statement.ts';
import { soleCountry, statementPath } from './statement-paths.ts';

const refIdOf = (statementId: string, language: string) => `${statementId}:${language}`;

export async function syncStatementSearch(trx: Transaction, statement: Statement, current: Iterable<StatementVersion>, now: Date): Promise<void> {
  const groups = regionalGroupsOf(statement.countries);
  for (const version of current) {
    if (!isOnPublicView(statement)) {
      await removeEntry(trx, 'statement', refIdOf(statement.id, version.language));
      continue;
    }
    await indexEntry(trx, {
      kind: 'statement', refId: refIdOf(statement.id, version.language), url: statementPath(statement.id, version.language),
      language: version.language, title: version.title, body: version.text, themes: statement.themes,
      country: soleCountry(statement.countries), regionalGroup: groups.length === 1 ? groups[0]! : null, audience: 'public', updatedAt: now,
    });
  }
}
