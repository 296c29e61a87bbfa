// An organisation's administrator deletes it, confirming by typing its name (a slip of the finger must not erase an
// organisation; the typed name is checked here, not only in the form).
//
// What goes, and why: members, invitations, join requests and invitations from networks, network memberships (with
// its members' coordination), its search entry, and its signatures. An organisation that deletes itself is often one
// under pressure (a foreign-agent law, a raid, a threat) that needs its name gone from every public page, so its
// signatures are withdrawn through statements' own withdrawal — each statement it signed re-issues its signed file
// without it and its counts drop — rather than left as history. The trail (organisation_deletions) keeps the
// organisation's random id, when, which administrator and how many signatures were withdrawn: never its name. Copies
// of signed files downloaded before still carry the name and still verify; the platform cannot recall them
// (THREAT_MODEL.md). A network that would be left without a coordinator refuses it, as leaving does.
import type { AppDeps } from '../../deps.ts';
import { removeEntry } from '../search/index.ts';
import type { NetworkLinks } from './network-links.ts';
import { findMembership } from './organisation-members.repository.ts';
import { deleteOrganisationRow, findOrganisation, insertDeletion, lockOrganisation } from './organisations.repository.ts';
import type { StatementLinks } from './statement-links.ts';

export type DeleteOrganisationOutcome =
  | { kind: 'deleted' }
  | { kind: 'not-found' }
  | { kind: 'name-mismatch' }
  | { kind: 'last-coordinator'; networks: string[] };

type Deps = Pick<AppDeps, 'db' | 'clock' | 'publicPages'>;

/** The name as typed matches the organisation's, spaces around it and Unicode composition aside. */
export const confirmsName = (typed: string, name: string): boolean => typed.trim().normalize('NFC') === name.trim().normalize('NFC');

export async function deleteOrganisation(
  deps: Deps, links: NetworkLinks, statements: StatementLinks, actorId: string, organisationId: string, typedName: string,
): Promise<DeleteOrganisationOutcome> {
  const { db } = deps;
  const [organisation, membership] = await Promise.all([findOrganisation(db, organisationId), findMembership(db, organisationId, actorId)]);
  if (!organisation || membership?.role !== 'admin') return { kind: 'not-found' };
  if (!confirmsName(typedName, organisation.name)) return { kind: 'name-mismatch' };
  // Asked before anything changes, so a refusal withdraws no signature.
  const alone = await links.networksOnlyItCoordinates(db, organisationId);
  if (alone.length) return { kind: 'last-coordinator', networks: alone.map((n) => n.name) };

  // Each withdrawal is a statement's own transaction (it re-signs that statement), so they run before the deletion;
  // should a coordinator's change refuse the deletion meanwhile, the signatures stay withdrawn, which the
  // administrator asked for anyway and can give again.
  const signaturesWithdrawn = await statements.withdrawEverySignature(organisationId, actorId);
  const outcome = await db.transaction().execute(async (trx): Promise<DeleteOrganisationOutcome> => {
    await lockOrganisation(trx, organisationId);
    if ((await findMembership(trx, organisationId, actorId))?.role !== 'admin') return { kind: 'not-found' };
    if ((await links.leaveEveryNetwork(trx, organisationId)) === 'last-coordinator') {
      throw new RefusedDeletion((await links.networksOnlyItCoordinates(trx, organisationId)).map((n) => n.name));
    }
    await removeEntry(trx, 'organisation', organisationId);
    await deleteOrganisationRow(trx, organisationId);
    await insertDeletion(trx, { organisationId, deletedBy: actorId, deletedAt: deps.clock.now().toISOString(), signaturesWithdrawn });
    return { kind: 'deleted' };
  }).catch((error: unknown) => {
    if (error instanceof RefusedDeletion) return { kind: 'last-coordinator', networks: error.networks } as const;
    throw error;
  });
  if (outcome.kind === 'deleted' || signaturesWithdrawn > 0) deps.publicPages.invalidate();
  return outcome;
}

/** Thrown inside the transaction so that leaving some networks before meeting the refusing one is rolled back. */
class RefusedDeletion extends Error {
  constructor(readonly networks: string[]) {
    super('the organisation holds a network’s last coordinators');
  }
}
