// Whether an organisation belongs in search right now, decided in one place for every write (create, edit, hide,
// restore): a hidden profile stays out of the index whatever else changes, so an edit cannot bring it back before
// moderators restore it. Everything else is organisation-search.ts's rule (public profiles only).
import type { Transaction } from '../../db/database.ts';
import { removeEntry } from '../search/index.ts';
import type { Organisation } from './organisation.ts';
import { reindexOrganisation } from './organisation-search.ts';

export async function syncOrganisationSearch(trx: Transaction, organisation: Organisation, updatedAt: string): Promise<void> {
  if (organisation.hidden) await removeEntry(trx, 'organisation', organisation.id);
  else await reindexOrganisation(trx, organisation, updatedAt);
}
