// Every change the public can see (publication, a new version or translation, a signature given or withdrawn)
// re-signs the canonical file of each language's current version, in the same transaction as the change: a file on
// offer always says what the page says. Earlier files stay genuine where they were saved: they were true then.
// A statement moderators hide is still re-signed (its file is kept for when it is restored) but stays out of search.
import type { Config } from '../../config.ts';
import type { Transaction } from '../../db/database.ts';
import { signDocument } from '../../platform/signing/index.ts';
import { loadSignatories } from './load-signatories.ts';
import { signedStatementKind, signedStatementPayload } from './signed-statement.ts';
import { currentVersions, type Statement } from './statement.ts';
import { syncStatementSearch } from './statement-search.ts';
import { saveSignedFile } from './signatures.repository.ts';
import { listVersions } from './statements.repository.ts';

export async function reissueSignedFiles(trx: Transaction, config: Pick<Config, 'sessionSecret'>, statement: Statement, now: Date): Promise<void> {
  const versions = currentVersions(await listVersions(trx, [statement.id]));
  const signatories = await loadSignatories(trx, statement);
  for (const version of versions.values()) {
    const document = await signDocument(trx, config, signedStatementKind, signedStatementPayload(statement, version, signatories), now);
    await saveSignedFile(trx, statement.id, { language: version.language, version: version.version, document, issuedAt: now.toISOString() });
  }
  await syncStatementSearch(trx, statement, versions.values(), now);
}
