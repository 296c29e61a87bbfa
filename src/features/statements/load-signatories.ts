// The signatories in force, as an anonymous reader may know them: the public page and the signed file are the same
// for everyone, so names are decided for the anonymous viewer by the organisations feature's one visibility rule.
import type { Db, Transaction } from '../../db/database.ts';
import { anonymousViewer, findOrganisations, publicNameOf } from '../organisations/index.ts';
import { regionalGroupsOf, type Signatory } from './signatories.ts';
import { listSignaturesInForce } from './signatures.repository.ts';

export async function loadSignatories(db: Db | Transaction, statementId: string): Promise<Signatory[]> {
  const signatures = await listSignaturesInForce(db, statementId);
  const organisations = new Map((await findOrganisations(db, signatures.map((s) => s.organisationId))).map((o) => [o.id, o]));
  return signatures.flatMap((signature): Signatory[] => {
    const organisation = organisations.get(signature.organisationId);
    if (!organisation) return [];
    // Networks only widen who may see a name; the anonymous viewer belongs to none, so none are loaded.
    const publicName = publicNameOf({ ...organisation, networkIds: [] }, anonymousViewer);
    const base = { organisationId: organisation.id, signedAt: signature.signedAt };
    return publicName.kind === 'name'
      ? [{ ...base, name: publicName.name, countries: organisation.countries, regionalGroups: regionalGroupsOf(organisation.countries) }]
      : [{ ...base, name: null, countries: [], regionalGroups: publicName.regionalGroup ? [publicName.regionalGroup] : [] }];
  });
}
