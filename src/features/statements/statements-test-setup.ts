// The cast statement tests need, made with test/support's members and networks: a network (its first
// organisation's administrator coordinates it), a plain member of that organisation, an organisation outside the
// network, an at-risk one (visible only to its networks), and a member belonging to none; and a drafted statement
// to comment on.
import assert from 'node:assert/strict';
import type { Db } from '../../db/database.ts';
import { createMember, type TestMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, createTestOrganisation } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import type { CookieJar, TestApp } from '../../../test/support/test-app.ts';

export interface StatementCast {
  networkId: string;
  coordinator: TestMember;
  /** A member (not administrator) of the network's first organisation. */
  plainMember: TestMember;
  networkOrganisationId: string;
  /** Administrator of an organisation outside the network. */
  otherAdmin: TestMember;
  otherOrganisationId: string;
  atRiskAdmin: TestMember;
  atRiskOrganisationId: string;
  outsider: TestMember;
}

export async function statementCast(db: Db, options: { visibility?: 'public' | 'private' } = {}): Promise<StatementCast> {
  const [coordinator, plainMember, otherAdmin, atRiskAdmin, outsider] = await Promise.all([
    createMember(db, { displayName: 'Coordinator Amina' }), createMember(db, { displayName: 'Member Bruno' }),
    createMember(db, { displayName: 'Admin Chen' }), createMember(db, { displayName: 'Admin Dana' }), createMember(db, { displayName: 'Outsider Eli' }),
  ]);
  const home = await createTestOrganisation(db, coordinator.id, { name: 'Housing Rights Kenya', countries: ['KE'] });
  await addToOrganisation(db, home.id, plainMember.id);
  const network = await createTestNetwork(db, coordinator, home, { name: 'Right to Housing Coalition', visibility: options.visibility ?? 'public' });
  const other = await createTestOrganisation(db, otherAdmin.id, { name: 'Moradia Digna Brasil', countries: ['BR', 'PT'] });
  const atRisk = await createTestOrganisation(db, atRiskAdmin.id, { name: 'Hidden Defenders Collective', countries: ['UG'], atRiskMode: 'networks' });
  return {
    networkId: network.id, coordinator, plainMember, networkOrganisationId: home.id, otherAdmin, otherOrganisationId: other.id,
    atRiskAdmin, atRiskOrganisationId: atRisk.id, outsider,
  };
}

/** An appeal this member drafts in the network through the app: its discussion's address, its id, and a way to comment. */
export async function draftedDiscussion(t: TestApp, drafter: CookieJar, networkId: string) {
  const drafted = await postForm(t, drafter, `/networks/${networkId}/statements/new`, {
    kind: 'appeal', language: 'en', title: 'Stop the evictions', text: 'We call on the ministry to stop the evictions.',
  });
  const discussion = String(drafted.headers.location).replace(/\?.*$/, '');
  const statementId = /\/statements\/([^/]+)\/discussion/.exec(discussion)![1]!;
  /** Posts a comment as this member; returns its id. */
  const comment = async (client: CookieJar, body: string): Promise<string> => {
    const posted = await postForm(t, client, `/statements/${statementId}/comments`, { body }, discussion);
    assert.equal(posted.statusCode, 303);
    return /#comment-(.+)$/.exec(String(posted.headers.location))![1]!;
  };
  return { discussion, statementId, comment };
}
