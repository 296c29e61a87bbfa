// Keeps the search index in step with public networks: a public network is indexed for everyone; a private one
// never is (private network content stays out of the index) and leaves it when made private.
import type { Transaction } from '../../db/database.ts';
import { soleRegionalGroup } from '../organisations/index.ts';
import { indexEntry, removeEntry } from '../search/index.ts';
import type { Network } from './network.ts';

const kind = 'network';

export async function reindexNetwork(trx: Transaction, network: Network, updatedAt: string): Promise<void> {
  if (network.visibility !== 'public') {
    await removeEntry(trx, kind, network.id);
    return;
  }
  await indexEntry(trx, {
    kind, refId: network.id, url: `/networks/${network.id}`, language: 'und', title: network.name, body: network.description,
    themes: network.themes, country: network.countries.length === 1 ? network.countries[0]! : null,
    regionalGroup: soleRegionalGroup(network.countries), audience: 'public', updatedAt,
  });
}
