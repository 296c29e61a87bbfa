// Keeps the search index in step with what the public may read of organisations: a public profile is indexed for
// everyone; an at-risk one is never indexed (the index's "members" audience means any signed-in member, wider than
// either at-risk level), and leaves the index the moment it turns at-risk. Runs inside the caller's transaction.
import type { Transaction } from '../../db/database.ts';
import { indexEntry, removeEntry } from '../search/index.ts';
import type { Organisation } from './organisation.ts';

const kind = 'organisation';

export async function reindexOrganisation(trx: Transaction, organisation: Organisation, updatedAt: string): Promise<void> {
  if (organisation.atRiskMode !== 'off') {
    await removeEntry(trx, kind, organisation.id);
    return;
  }
  await indexEntry(trx, {
    kind, refId: organisation.id, url: `/organisations/${organisation.id}`,
    // The profile's text is in whatever language the organisation wrote it: known only when it works in one.
    language: organisation.languages.length === 1 ? organisation.languages[0]! : 'und',
    title: organisation.name, body: organisation.description, themes: organisation.themes,
    // Every country it works in, so the country and region filters find it by any of them.
    countries: organisation.countries, audience: 'public', updatedAt,
  });
}
