// Organisations' use cases on both engines: creating (and the form's validation), the administrator invariant,
// invitations that work once, verification that lapses on a new name, and leaving without stranding a network.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, createTestOrganisation } from '../../../test/support/network.ts';
import { MemoryMailer } from '../../../test/support/test-app.ts';
import { translator } from '../../i18n/translator.ts';
import { networkLinks } from '../networks/index.ts';
import { acceptInvitation, findValidInvitation } from './accept-invitation.ts';
import { changeMemberRole } from './change-member-role.ts';
import { createOrganisation } from './create-organisation.ts';
import { inviteMember } from './invite-member.ts';
import { leaveOrganisation, removeMember } from './leave-organisation.ts';
import { emptyOrganisationForm, validateOrganisationForm } from './organisation-form.ts';
import { findMembership, listMemberships } from './organisation-members.repository.ts';
import { findOrganisation } from './organisations.repository.ts';
import { updateOrganisationDetails } from './update-organisation.ts';
import { listVerificationNotes } from './verification.repository.ts';
import { setVerification } from './verify-organisation.ts';

const now = new Date('2026-12-03T10:00:00Z');
const valid = { ...emptyOrganisationForm, name: '  Réseau des Femmes du Sahel ', kind: 'ngo', countries: ['ML', 'NE', 'ML'], themes: ['womens-rights'], languages: ['fr'], website: 'https://femmes-sahel.example/' };

it('validateOrganisationForm keeps clean values and refuses what it cannot trust', () => {
  const checked = validateOrganisationForm(valid);
  assert.equal(checked.kind, 'valid');
  if (checked.kind === 'valid') assert.deepEqual([checked.details.name, checked.details.countries], ['Réseau des Femmes du Sahel', ['ML', 'NE']]);
  const invalid = validateOrganisationForm({
    ...valid, name: ' ', kind: 'militia', countries: [], themes: ['not-a-theme'], website: 'javascript:alert(1)', atRiskMode: 'invisible',
  });
  assert.equal(invalid.kind, 'invalid');
  if (invalid.kind === 'invalid') assert.deepEqual(Object.keys(invalid.errors).sort(), ['atRiskMode', 'countries', 'kind', 'name', 'themes', 'website']);
  for (const website of ['ftp://files.example', 'https://user:pass@site.example', 'http://localhost', 'not a url']) {
    assert.equal(validateOrganisationForm({ ...valid, website }).kind, 'invalid', website);
  }
});

describeEachEngine('organisations', (database) => {
  let admin: { id: string };
  let other: { id: string };
  before(async () => {
    admin = await createMember(database().db);
    other = await createMember(database().db);
  });

  it('makes the creator the administrator of a new, unverified organisation', async () => {
    const { db } = database();
    const checked = validateOrganisationForm(valid);
    assert.equal(checked.kind, 'valid');
    if (checked.kind !== 'valid') return;
    const organisation = await createOrganisation(db, admin.id, checked.details, now);
    assert.equal((await findMembership(db, organisation.id, admin.id))?.role, 'admin');
    assert.equal((await findOrganisation(db, organisation.id))?.verifiedAt, null);
  });

  it('never leaves an organisation without an administrator', async () => {
    const { db } = database();
    const organisation = await createTestOrganisation(db, admin.id);
    await addToOrganisation(db, organisation.id, other.id);
    assert.equal((await changeMemberRole(db, admin.id, organisation.id, admin.id, 'member')).kind, 'last-admin');
    assert.equal((await leaveOrganisation(db, networkLinks, admin.id, organisation.id)).kind, 'last-admin');
    assert.equal((await changeMemberRole(db, other.id, organisation.id, admin.id, 'member')).kind, 'not-found', 'a member cannot change roles');
    assert.equal((await changeMemberRole(db, admin.id, organisation.id, other.id, 'admin')).kind, 'changed');
    assert.equal((await leaveOrganisation(db, networkLinks, admin.id, organisation.id)).kind, 'left');
    assert.deepEqual((await listMemberships(db, organisation.id)).map((m) => [m.memberId, m.role]), [[other.id, 'admin']]);
    assert.equal((await removeMember(db, networkLinks, other.id, organisation.id, other.id)).kind, 'last-admin');
  });

  it('sends an invitation link that works once, for 14 days', async () => {
    const { db } = database();
    const organisation = await createTestOrganisation(db, admin.id, { name: 'Housing Rights Watch' });
    const mailer = new MemoryMailer();
    const deps = { db, mailer, baseUrl: 'https://solidarity.example' };
    const refused = await inviteMember(deps, other.id, organisation.id, 'someone@example.org', translator('en'), now);
    assert.equal(refused.kind, 'not-found', 'only administrators invite');
    assert.equal((await inviteMember(deps, admin.id, organisation.id, 'not an address', translator('en'), now)).kind, 'invalid');
    assert.equal((await inviteMember(deps, admin.id, organisation.id, ' New.Member@Example.org ', translator('en'), now)).kind, 'invited');
    const mail = mailer.sent.at(-1)!;
    assert.equal(mail.to, 'new.member@example.org');
    const token = /\/organisations\/invitations\/([\w-]+)/.exec(mail.text)?.[1];
    assert.ok(token && mail.text.includes('Housing Rights Watch'));
    const stored = await db.selectFrom('organisation_invitations').select('token_hash').execute();
    assert.ok(stored.every((row) => row.token_hash !== token), 'only the hash of the token is stored');
    const late = new Date(now.getTime() + 15 * 86_400_000);
    assert.equal((await findValidInvitation(db, token, late)).kind, 'not-found');
    const joiner = await createMember(db);
    assert.deepEqual(await acceptInvitation(db, token, joiner.id, now), { kind: 'joined', organisationId: organisation.id });
    assert.equal((await findMembership(db, organisation.id, joiner.id))?.role, 'member');
    assert.equal((await acceptInvitation(db, token, other.id, now)).kind, 'not-found', 'a used link works no more');
  });

  it('does not name an at-risk organisation in its invitation email', async () => {
    const { db } = database();
    const organisation = await createTestOrganisation(db, admin.id, { name: 'Quiet Defenders', atRiskMode: 'networks' });
    const mailer = new MemoryMailer();
    await inviteMember({ db, mailer, baseUrl: 'https://solidarity.example' }, admin.id, organisation.id, 'x@example.org', translator('fr'), now);
    assert.ok(!`${mailer.sent[0]!.subject}${mailer.sent[0]!.text}`.includes('Quiet Defenders'));
  });

  it('records verification with private evidence, and lets it lapse when the organisation is renamed', async () => {
    const { db } = database();
    const organisation = await createTestOrganisation(db, admin.id, { name: 'Coastal Union', verified: false });
    assert.equal((await setVerification(db, 'staff-1', organisation.id, true, '   ', now)).kind, 'invalid');
    assert.equal((await setVerification(db, 'staff-1', organisation.id, true, 'Registry entry 1234 checked by phone', now)).kind, 'done');
    assert.ok((await findOrganisation(db, organisation.id))?.verifiedAt);
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_id', '=', organisation.id).execute();
    assert.deepEqual(audit.map((e) => e.action), ['organisation-verified']);
    assert.ok(!audit[0]!.details.includes('Registry'), 'the audit log does not copy the evidence');
    const details = { name: 'Coastal Union', kind: 'trade-union' as const, countries: ['PE'], themes: [], languages: [], description: 'Fishers', website: null, atRiskMode: 'off' as const };
    assert.deepEqual(await updateOrganisationDetails(db, admin.id, organisation.id, details, now).then((o) => o.kind === 'updated' && o.verificationLapsed), false);
    const later = new Date(now.getTime() + 60_000);
    const renamed = await updateOrganisationDetails(db, admin.id, organisation.id, { ...details, name: 'Coastal Workers Union' }, later);
    assert.ok(renamed.kind === 'updated' && renamed.verificationLapsed);
    assert.equal((await findOrganisation(db, organisation.id))?.verifiedAt, null);
    assert.deepEqual((await listVerificationNotes(db, organisation.id)).map((n) => n.outcome), ['lapsed', 'verified']);
    assert.equal((await updateOrganisationDetails(db, other.id, organisation.id, details, now)).kind, 'not-found', 'only administrators edit');
  });

  it('refuses to let the last coordinator of a network leave the organisation through which they coordinate', async () => {
    const { db } = database();
    const organisation = await createTestOrganisation(db, admin.id);
    const coordinator = await createMember(db);
    await addToOrganisation(db, organisation.id, coordinator.id);
    const network = await createTestNetwork(db, admin, organisation, { coordinators: [{ memberId: coordinator.id, organisationId: organisation.id }] });
    assert.equal((await leaveOrganisation(db, networkLinks, coordinator.id, organisation.id)).kind, 'left', 'another coordinator remains');
    assert.equal(await db.selectFrom('network_coordinators').select('member_id').where('network_id', '=', network.id).where('member_id', '=', coordinator.id).executeTakeFirst(), undefined);
    const second = await createMember(db);
    await addToOrganisation(db, organisation.id, second.id, 'admin');
    assert.equal((await leaveOrganisation(db, networkLinks, admin.id, organisation.id)).kind, 'last-coordinator');
  });
});
