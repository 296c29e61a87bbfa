// SQL for published inputs and their files. Public pages read only these tables, never the confidential ones.
import type { Db, Transaction } from '../../db/database.ts';
import type { DownloadableFile, Publication, PublicationSummary } from './publication.ts';

type Executor = Db | Transaction;

const summaryColumns = [
  'submission_id', 'call_id', 'reference', 'stakeholder_type', 'display_name', 'countries', 'language', 'published_on',
] as const;

type SummaryRow = { submission_id: string; call_id: string; reference: string; stakeholder_type: string; display_name: string | null; countries: string; language: string; published_on: string };

function toSummary(row: SummaryRow): PublicationSummary {
  return {
    submissionId: row.submission_id, callId: row.call_id, reference: row.reference, stakeholderType: row.stakeholder_type,
    displayName: row.display_name, countries: JSON.parse(row.countries) as string[], language: row.language, publishedOn: row.published_on,
  };
}

/** Inserts or replaces the publication of an input; a re-publication keeps the day it was first published. */
export async function savePublication(trx: Transaction, publication: Publication): Promise<void> {
  const columns = {
    call_id: publication.callId, reference: publication.reference, stakeholder_type: publication.stakeholderType,
    display_name: publication.displayName, countries: JSON.stringify(publication.countries), language: publication.language,
    content: JSON.stringify(publication.content),
  };
  await trx
    .insertInto('publications')
    .values({ submission_id: publication.submissionId, ...columns, published_on: publication.publishedOn })
    .onConflict((oc) => oc.column('submission_id').doUpdateSet(columns))
    .execute();
}

/** Stores one published file: a cleaned copy made at publication, never the bytes the submitter uploaded. */
export async function insertPublishedAttachment(
  trx: Transaction,
  file: { id: string; submissionId: string; filename: string; mediaType: string; data: Buffer },
): Promise<void> {
  await trx
    .insertInto('published_attachments')
    .values({ id: file.id, submission_id: file.submissionId, filename: file.filename, media_type: file.mediaType, size_bytes: file.data.length, data: file.data })
    .execute();
}

export async function deletePublishedAttachments(trx: Transaction, submissionId: string): Promise<void> {
  await trx.deleteFrom('published_attachments').where('submission_id', '=', submissionId).execute();
}

/** Removes a publication and its files; true when there was one. */
export async function deletePublication(trx: Transaction, submissionId: string): Promise<boolean> {
  await deletePublishedAttachments(trx, submissionId);
  const result = await trx.deleteFrom('publications').where('submission_id', '=', submissionId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findPublicationSummary(db: Executor, submissionId: string): Promise<PublicationSummary | undefined> {
  const row = await db.selectFrom('publications').select(summaryColumns).where('submission_id', '=', submissionId).executeTakeFirst();
  return row && toSummary(row);
}

/** A call's published inputs, without their content: what the "Inputs received" list shows. */
export async function listPublications(db: Executor, callId: string): Promise<PublicationSummary[]> {
  const rows = await db.selectFrom('publications').select(summaryColumns).where('call_id', '=', callId).orderBy('reference').execute();
  return rows.map(toSummary);
}

export async function findPublication(db: Executor, callId: string, reference: string): Promise<Publication | undefined> {
  const row = await db
    .selectFrom('publications')
    .select([...summaryColumns, 'content'])
    .where('call_id', '=', callId)
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row && { ...toSummary(row), content: JSON.parse(row.content) as Publication['content'] };
}

export async function findPublishedAttachment(db: Executor, callId: string, reference: string, attachmentId: string): Promise<DownloadableFile | undefined> {
  const row = await db
    .selectFrom('published_attachments')
    .innerJoin('publications', 'publications.submission_id', 'published_attachments.submission_id')
    .select(['published_attachments.filename', 'published_attachments.media_type', 'published_attachments.data'])
    .where('publications.call_id', '=', callId)
    .where('publications.reference', '=', reference)
    .where('published_attachments.id', '=', attachmentId)
    .executeTakeFirst();
  return row && { filename: row.filename, mediaType: row.media_type, data: Buffer.from(row.data) };
}

/** Published inputs per call, for the staff overview. */
export async function countPublicationsByCall(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('publications')
    .select(['call_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('call_id')
    .execute();
  return new Map(rows.map((r) => [r.call_id, Number(r.n)]));
}
