// The signatories in force, as an anonymous reader may know them: the public page and the signed file are the same
// for everyone, so names are decided for the anonymous viewer by the organisations feature's one visibility rule.
// Member organisations of the issuing network sign as its own (first-class); that is said of named ones when the
// network is public.
import type { Db, Transaction } from '../../db/database.ts';
import { findNetwork, networkLinks } from '../networks/index.ts';
import { anonymousViewer, findOrganisations, publicNameOf } from '../organisations/index.ts';
import { regionalGroupsOf, type Signatory } from './signatories.ts';
import { listSignaturesInForce } from './signatures.repository.ts';
import type { Statement } from './statement.ts';

export async function loadSignatories(db: Db | Transaction, statement: Pick<Statement, 'id' | 'networkId'>): Promise<Signatory[]> {
  const signatures = await listSignaturesInForce(db, statement.id);
  const ids = signatures.map((s) => s.organisationId);
  const organisations = new Map((await findOrganisations(db, ids)).map((o) => [o.id, o]));
  const publicNetwork = (await findNetwork(db, statement.networkId))?.visibility === 'public';
  const networksOf = publicNetwork ? await networkLinks.networkIdsOf(db, ids) : new Map<string, string[]>();
  return signatures.flatMap((signature): Signatory[] => {
    const organisation = organisations.get(signature.organisationId);
    if (!organisation) return [];
    // Networks only widen who may see a name; the anonymous viewer belongs to none, so none are passed.
    const publicName = publicNameOf({ ...organisation, networkIds: [] }, anonymousViewer);
    const base = { organisationId: organisation.id, signedAt: signature.signedAt };
    return publicName.kind === 'name'
      ? [{
        ...base, name: publicName.name, countries: organisation.countries, regionalGroups: regionalGroupsOf(organisation.countries),
        memberOfIssuingNetwork: (networksOf.get(organisation.id) ?? []).includes(statement.networkId),
      }]
      : [{ ...base, name: null, countries: [], regionalGroups: publicName.regionalGroup ? [publicName.regionalGroup] : [], memberOfIssuingNetwork: false }];
  });
}
