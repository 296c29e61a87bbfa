// Organisations and networks for tests of features built on them (statements, threads, search): a verified
// organisation with an administrator, members added to it, a network of organisations with its coordinators.
// Everything is written through the features' own use cases and repositories, as the pages would.
import type { Db } from '../../src/db/database.ts';
import { createNetwork } from '../../src/features/networks/create-network.ts';
import type { Network, NetworkScope, NetworkVisibility } from '../../src/features/networks/index.ts';
import { insertCoordinator, insertNetworkOrganisation } from '../../src/features/networks/network-membership.repository.ts';
import { createOrganisation } from '../../src/features/organisations/create-organisation.ts';
import type { AtRiskMode, Organisation, OrganisationKind, OrganisationRole } from '../../src/features/organisations/index.ts';
import { insertMembership } from '../../src/features/organisations/organisation-members.repository.ts';
import { setVerifiedAt } from '../../src/features/organisations/organisations.repository.ts';
import type { Theme } from '../../src/platform/vocabulary/solidarity-vocabulary.ts';
import { createMember, signUpMember, type MemberOptions, type TestMember } from './member.ts';
import type { CookieJar, TestApp } from './test-app.ts';

const at = new Date('2026-11-20T09:00:00Z');
let sequence = 0;

export interface OrganisationOptions {
  name?: string;
  kind?: OrganisationKind;
  countries?: string[];
  themes?: Theme[];
  atRiskMode?: AtRiskMode;
  /** Verified by platform staff (default true: most features deal with verified organisations). */
  verified?: boolean;
}

/** An organisation administered by `adminId`, as the creation form makes it. */
export async function createTestOrganisation(db: Db, adminId: string, options: OrganisationOptions = {}): Promise<Organisation> {
  sequence += 1;
  const organisation = await createOrganisation(db, adminId, {
    name: options.name ?? `Organisation ${sequence}`, kind: options.kind ?? 'ngo', countries: options.countries ?? ['SN'],
    themes: options.themes ?? ['housing'], languages: ['fr'], description: '', website: null, atRiskMode: options.atRiskMode ?? 'off',
  }, at);
  if (options.verified ?? true) {
    await setVerifiedAt(db, organisation.id, at.toISOString());
    return { ...organisation, verifiedAt: at.toISOString() };
  }
  return organisation;
}

export async function addToOrganisation(db: Db, organisationId: string, memberId: string, role: OrganisationRole = 'member'): Promise<void> {
  await insertMembership(db, { organisationId, memberId, role, joinedAt: at.toISOString() });
}

/** A member (through the repository, not signed in) administering a new organisation. */
export async function organisationWithAdmin(db: Db, options: OrganisationOptions & { admin?: MemberOptions } = {}): Promise<{ organisation: Organisation; admin: TestMember }> {
  const admin = await createMember(db, options.admin);
  return { organisation: await createTestOrganisation(db, admin.id, options), admin };
}

/** A member who joined and signed in through the real forms (`client`), administering a new organisation. */
export async function signedInOrganisationAdmin(t: TestApp, options: OrganisationOptions & { admin?: MemberOptions } = {}): Promise<{ organisation: Organisation; admin: TestMember & { client: CookieJar } }> {
  const admin = await signUpMember(t, options.admin);
  return { organisation: await createTestOrganisation(t.db, admin.id, options), admin };
}

export interface NetworkOptions {
  name?: string;
  scope?: NetworkScope;
  visibility?: NetworkVisibility;
  themes?: Theme[];
  /** More member organisations besides the founder's. */
  organisations?: Organisation[];
  /** More coordinators (members of a member organisation, with the organisation they coordinate through). */
  coordinators?: { memberId: string; organisationId: string }[];
}

/** A network founded by `founder` (an administrator of `organisation`, who becomes its first coordinator). */
export async function createTestNetwork(db: Db, founder: { id: string }, organisation: Organisation, options: NetworkOptions = {}): Promise<Network> {
  sequence += 1;
  const outcome = await createNetwork(db, founder.id, organisation.id, {
    name: options.name ?? `Network ${sequence}`, scope: options.scope ?? 'transnational', themes: options.themes ?? ['housing'],
    countries: [], visibility: options.visibility ?? 'public', description: '',
  }, at);
  if (outcome.kind !== 'created') throw new Error('the founder does not administer the organisation');
  for (const other of options.organisations ?? []) await insertNetworkOrganisation(db, outcome.network.id, other.id, at.toISOString());
  for (const c of options.coordinators ?? []) {
    await insertCoordinator(db, { networkId: outcome.network.id, memberId: c.memberId, organisationId: c.organisationId, appointedAt: at.toISOString() });
  }
  return outcome.network;
}
