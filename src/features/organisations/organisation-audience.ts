// Organisations with the networks they belong to: what the visibility rule needs beside the organisation itself.
import type { Db, Transaction } from '../../db/database.ts';
import type { NetworkLinks } from './network-links.ts';
import type { Organisation } from './organisation.ts';

export type AudiencedOrganisation = Organisation & { networkIds: readonly string[] };

export async function withAudience(db: Db | Transaction, links: NetworkLinks, organisations: readonly Organisation[]): Promise<AudiencedOrganisation[]> {
  const networks = await links.networkIdsOf(db, organisations.map((o) => o.id));
  return organisations.map((organisation) => ({ ...organisation, networkIds: networks.get(organisation.id) ?? [] }));
}
