// SQL for what the public reads: published initiatives that moderators have not hidden, filtered by tag, a page at a
// time, and counted by country for the map. Every filter is an indexed lookup in initiative_tags.
import type { Db, Transaction } from '../../db/database.ts';
import { selectRows, toRecords, type InitiativeRecord } from './initiative-rows.repository.ts';

type Executor = Db | Transaction;

export interface TagFilters {
  right?: string;
  theme?: string;
  /** Any of these countries (one country, or the members of a regional group). */
  countries?: readonly string[];
}

function visible(db: Executor) {
  return selectRows(db).where('initiatives.status', '=', 'published').where('initiatives.hidden_at', 'is', null);
}

function filtered(db: Executor, filters: TagFilters) {
  let query = visible(db);
  const tagged = (kind: 'right' | 'theme' | 'country', values: readonly string[]) =>
    db.selectFrom('initiative_tags').select('initiative_id').where('kind', '=', kind).where('value', 'in', values);
  if (filters.right) query = query.where('initiatives.id', 'in', tagged('right', [filters.right]));
  if (filters.theme) query = query.where('initiatives.id', 'in', tagged('theme', [filters.theme]));
  if (filters.countries) {
    // A region with no member countries (cannot happen with the UN groups) must match nothing, not everything.
    query = filters.countries.length ? query.where('initiatives.id', 'in', tagged('country', filters.countries)) : query.where('initiatives.id', '=', '');
  }
  return query;
}

/** Newest published first. */
export async function listPublished(db: Executor, filters: TagFilters, page: { offset: number; limit: number }): Promise<{ items: InitiativeRecord[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, filters).orderBy('initiatives.published_at', 'desc').orderBy('initiatives.id').limit(page.limit).offset(page.offset).execute(),
    filtered(db, filters).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toRecords(db, rows), total: Number(count.n) };
}

/** How many public initiatives work in each country (an initiative in three countries counts in each). */
export async function countPublishedByCountry(db: Executor): Promise<Record<string, number>> {
  const rows = await db.selectFrom('initiative_tags')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_tags.initiative_id')
    .select(['initiative_tags.value as country', (eb) => eb.fn.countAll<number>().as('n')])
    .where('initiative_tags.kind', '=', 'country').where('initiatives.status', '=', 'published').where('initiatives.hidden_at', 'is', null)
    .groupBy('initiative_tags.value')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.country, Number(row.n)]));
}
