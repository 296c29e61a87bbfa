// SQL for who belongs to an organisation, and the email invitations that bring people in.
import type { Db, Transaction } from '../../db/database.ts';
import type { OrganisationMembership, OrganisationRole } from './organisation.ts';

type Executor = Db | Transaction;

export async function insertMembership(db: Executor, membership: OrganisationMembership): Promise<void> {
  await db.insertInto('organisation_members').values({
    organisation_id: membership.organisationId, member_id: membership.memberId, role: membership.role, joined_at: membership.joinedAt,
  }).execute();
}

export async function deleteMembership(db: Executor, organisationId: string, memberId: string): Promise<void> {
  await db.deleteFrom('organisation_members').where('organisation_id', '=', organisationId).where('member_id', '=', memberId).execute();
}

export async function setMembershipRole(db: Executor, organisationId: string, memberId: string, role: OrganisationRole): Promise<void> {
  await db.updateTable('organisation_members').set({ role }).where('organisation_id', '=', organisationId).where('member_id', '=', memberId).execute();
}

const toMembership = (row: { organisation_id: string; member_id: string; role: string; joined_at: string }): OrganisationMembership => ({
  organisationId: row.organisation_id, memberId: row.member_id, role: row.role as OrganisationRole, joinedAt: row.joined_at,
});

export async function findMembership(db: Executor, organisationId: string, memberId: string): Promise<OrganisationMembership | undefined> {
  const row = await db.selectFrom('organisation_members').selectAll()
    .where('organisation_id', '=', organisationId).where('member_id', '=', memberId).executeTakeFirst();
  return row && toMembership(row);
}

export async function listMemberships(db: Executor, organisationId: string): Promise<OrganisationMembership[]> {
  const rows = await db.selectFrom('organisation_members').selectAll().where('organisation_id', '=', organisationId).orderBy('joined_at').orderBy('member_id').execute();
  return rows.map(toMembership);
}

/** Every organisation a member belongs to, with whether each is verified (what visibility needs about them). */
export async function membershipsOfMember(db: Executor, memberId: string): Promise<(OrganisationMembership & { verified: boolean; name: string })[]> {
  const rows = await db.selectFrom('organisation_members')
    .innerJoin('organisations', 'organisations.id', 'organisation_members.organisation_id')
    .select(['organisation_members.organisation_id', 'organisation_members.member_id', 'organisation_members.role',
      'organisation_members.joined_at', 'organisations.verified_at', 'organisations.name'])
    .where('organisation_members.member_id', '=', memberId).orderBy('organisations.name').execute();
  return rows.map((row) => ({ ...toMembership(row), verified: row.verified_at !== null, name: row.name }));
}

export async function countAdmins(db: Executor, organisationId: string): Promise<number> {
  const row = await db.selectFrom('organisation_members').select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organisation_id', '=', organisationId).where('role', '=', 'admin').executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface InvitationRecord {
  id: string;
  organisationId: string;
  email: string;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

export async function insertInvitation(db: Executor, invitation: InvitationRecord, tokenHash: string): Promise<void> {
  await db.insertInto('organisation_invitations').values({
    id: invitation.id, organisation_id: invitation.organisationId, email: invitation.email, token_hash: tokenHash,
    invited_by: invitation.invitedBy, created_at: invitation.createdAt, expires_at: invitation.expiresAt,
  }).execute();
}

const toInvitation = (row: { id: string; organisation_id: string; email: string; invited_by: string | null; created_at: string; expires_at: string }): InvitationRecord => ({
  id: row.id, organisationId: row.organisation_id, email: row.email, invitedBy: row.invited_by, createdAt: row.created_at, expiresAt: row.expires_at,
});

export async function findInvitationByTokenHash(db: Executor, tokenHash: string): Promise<InvitationRecord | undefined> {
  const row = await db.selectFrom('organisation_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toInvitation(row);
}

export async function listPendingInvitations(db: Executor, organisationId: string, now: string): Promise<InvitationRecord[]> {
  const rows = await db.selectFrom('organisation_invitations').selectAll()
    .where('organisation_id', '=', organisationId).where('expires_at', '>', now).orderBy('created_at').execute();
  return rows.map(toInvitation);
}

/** Deletes one invitation; true when it existed (a second acceptance of the same link finds nothing). */
export async function deleteInvitation(db: Executor, organisationId: string, invitationId: string): Promise<boolean> {
  const result = await db.deleteFrom('organisation_invitations').where('organisation_id', '=', organisationId).where('id', '=', invitationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Expired invitations hold an email address for no purpose: swept whenever an organisation's invitations are read. */
export async function deleteExpiredInvitations(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('organisation_invitations').where('expires_at', '<=', now).execute();
}

/**
 * An organisation's members with the name they chose and their at-risk flag. Reads the members feature's table
 * (this feature's view of it, as review reads submissions): only the two columns listings need.
 */
export async function listMembersWithNames(db: Executor, organisationId: string): Promise<(OrganisationMembership & { displayName: string; atRisk: boolean })[]> {
  const rows = await db.selectFrom('organisation_members')
    .innerJoin('members', 'members.id', 'organisation_members.member_id')
    .select(['organisation_members.organisation_id', 'organisation_members.member_id', 'organisation_members.role',
      'organisation_members.joined_at', 'members.display_name', 'members.at_risk'])
    .where('organisation_members.organisation_id', '=', organisationId)
    .orderBy('organisation_members.role').orderBy('members.display_name').orderBy('organisation_members.member_id').execute();
  return rows.map((row) => ({ ...toMembership(row), displayName: row.display_name, atRisk: Number(row.at_risk) === 1 }));
}

export async function countMembers(db: Executor, organisationId: string): Promise<number> {
  const row = await db.selectFrom('organisation_members').select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
  return Number(row.count);
}
