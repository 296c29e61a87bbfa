// The signed file of a published statement in a language: the one asked for when it has a text in it, else the
// original language's. Named so a downloaded copy says what it is. Not handed out while moderators hide the statement.
import type { Db } from '../../db/database.ts';
import type { DownloadableFile } from '../../http/send-file.ts';
import { findSignedFile } from './signatures.repository.ts';
import { findStatement } from './statements.repository.ts';

export async function findSignedStatementFile(db: Db, statementId: string, language: string | undefined): Promise<DownloadableFile | 'hidden' | undefined> {
  const statement = await findStatement(db, statementId);
  if (!statement?.publishedAt) return undefined;
  if (statement.hidden) return 'hidden';
  const file = (language ? await findSignedFile(db, statement.id, language) : undefined) ?? (await findSignedFile(db, statement.id, statement.originalLanguage));
  if (!file) return undefined;
  return {
    filename: `statement-${statement.id.slice(0, 8)}-${file.language}-v${file.version}.signed.json`,
    mediaType: 'application/json; charset=utf-8',
    data: Buffer.from(file.document, 'utf8'),
  };
}
