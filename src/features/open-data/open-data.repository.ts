// SQL for open data. Reads only the published copies (`publications`), never the confidential tables: what leaves
// through the API is exactly what the public pages already show.
import type { Db } from '../../db/database.ts';
import type { Publication } from '../publications/index.ts';

type PublicationRow = {
  submission_id: string; call_id: string; reference: string; stakeholder_type: string; display_name: string | null;
  countries: string; language: string; published_on: string; content: string;
};

const columns = [
  'submission_id', 'call_id', 'reference', 'stakeholder_type', 'display_name', 'countries', 'language', 'published_on', 'content',
] as const;

function toPublication(row: PublicationRow): Publication {
  return {
    submissionId: row.submission_id, callId: row.call_id, reference: row.reference, stakeholderType: row.stakeholder_type,
    displayName: row.display_name, countries: JSON.parse(row.countries) as string[], language: row.language,
    publishedOn: row.published_on, content: JSON.parse(row.content) as Publication['content'],
  };
}

/** A call's published inputs in reference order; a page of them when `page` is given. */
export async function listPublishedInputs(db: Db, callId: string, page?: { limit: number; offset: number }): Promise<Publication[]> {
  let query = db.selectFrom('publications').select(columns).where('call_id', '=', callId).orderBy('reference');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map(toPublication);
}

/** What counts need, without the content: a call's published inputs' facets. */
export async function listPublishedFacets(db: Db, callId: string): Promise<Omit<Publication, 'content' | 'submissionId' | 'callId'>[]> {
  const rows = await db
    .selectFrom('publications')
    .select(['reference', 'stakeholder_type', 'display_name', 'countries', 'language', 'published_on'])
    .where('call_id', '=', callId)
    .orderBy('reference')
    .execute();
  return rows.map((row) => ({
    reference: row.reference, stakeholderType: row.stakeholder_type, displayName: row.display_name,
    countries: JSON.parse(row.countries) as string[], language: row.language, publishedOn: row.published_on,
  }));
}

export async function totalPublished(db: Db, callId: string): Promise<number> {
  const row = await db
    .selectFrom('publications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('call_id', '=', callId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
