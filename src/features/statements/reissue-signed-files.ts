// Every change the public can see (publication, a new version or translation, a signature given or withdrawn)
// re-signs the canonical file of each language's current version, in the same transaction as the change: a file on
// offer always says what the page says. Earlier files stay genuine where they were saved: they were true then.
import type { Config } from '../../config.ts';
import type { Transaction } from '../../db/database.ts';
import { signDocument } from '../../platform/signing/index.ts';
import { indexEntry } from '../search/index.ts';
import { loadSignatories } from './load-signatories.ts';
import { regionalGroupsOf } from './signatories.ts';
import { signedStatementKind, signedStatementPayload } from './signed-statement.ts';
import { currentVersions, type Statement, type StatementVersion } from './statement.ts';
import { saveSignedFile } from './signatures.repository.ts';
import { listVersions } from './statements.repository.ts';
import { soleCountry, statementPath } from './statement-paths.ts';

export async function reissueSignedFiles(trx: Transaction, config: Pick<Config, 'sessionSecret'>, statement: Statement, now: Date): Promise<void> {
  const versions = currentVersions(await listVersions(trx, [statement.id]));
  const signatories = await loadSignatories(trx, statement);
  for (const version of versions.values()) {
    const document = await signDocument(trx, config, signedStatementKind, signedStatementPayload(statement, version, signatories), now);
    await saveSignedFile(trx, statement.id, { language: version.language, version: version.version, document, issuedAt: now.toISOString() });
    await indexVersion(trx, statement, version, now);
  }
}

/** Each language's current text is a search entry of its own, so a search in French finds the French text. */
function indexVersion(trx: Transaction, statement: Statement, version: StatementVersion, now: Date): Promise<void> {
  const groups = regionalGroupsOf(statement.countries);
  return indexEntry(trx, {
    kind: 'statement', refId: `${statement.id}:${version.language}`, url: statementPath(statement.id, version.language),
    language: version.language, title: version.title, body: version.text, themes: statement.themes,
    country: soleCountry(statement.countries), regionalGroup: groups.length === 1 ? groups[0]! : null, audience: 'public', updatedAt: now,
  });
}
