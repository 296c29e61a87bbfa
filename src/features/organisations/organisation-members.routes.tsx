// An organisation's members: the list (its members, staff administrators), invitations by email and their links,
// role changes, removal and leaving. Every refusal (the last administrator, a network's last coordinator) comes
// back to the list with the reason.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { requireMemberOrStaff } from './require-member-or-staff.ts';
import { acceptInvitation, findValidInvitation, withdrawInvitation } from './accept-invitation.ts';
import { changeMemberRole } from './change-member-role.ts';
import { findVisibleOrganisation } from './find-visible-organisation.ts';
import { inviteMember } from './invite-member.ts';
import { leaveOrganisation, removeMember } from './leave-organisation.ts';
import { listOrganisationMembers } from './list-organisation-members.ts';
import { viewerOf } from './load-viewer.ts';
import type { NetworkLinks } from './network-links.ts';
import { isOrganisationRole } from './organisation.ts';
import { listPendingInvitations } from './organisation-members.repository.ts';
import { noticeFrom, notAvailable } from './organisations.routes.tsx';
import { InvitationPage } from './views/invitation-page.tsx';
import { NotAvailablePage } from './views/not-available-page.tsx';
import { MembersPage } from './views/members-page.tsx';

const done = {
  invited: 'organisations.done-invited', withdrawn: 'organisations.done-withdrawn', 'role-changed': 'organisations.done-role-changed',
  removed: 'organisations.done-removed',
} as const;
const problems = { 'last-admin': 'organisations.problem-last-admin', 'last-coordinator': 'organisations.problem-last-coordinator' } as const;

type IdParams = { Params: { id: string }; Querystring: { done?: string; problem?: string } };
type MemberParams = { Params: { id: string; memberId: string } };

export function organisationMembersRoutes(deps: AppDeps, links: NetworkLinks): FastifyPluginAsync {
  const { db, clock } = deps;

  async function renderMembers(request: FastifyRequest, reply: FastifyReply, id: string, form: { email: string; errors: FieldErrors }, notice: { key: string; problem: boolean } | null) {
    const viewer = await viewerOf(db, links, request);
    const found = await findVisibleOrganisation(db, links, viewer, id);
    const rows = found && (await listOrganisationMembers(db, viewer, id));
    if (!found || !rows) return notAvailable(request, reply);
    const invitations = found.role === 'admin' ? await listPendingInvitations(db, id, clock.now().toISOString()) : [];
    return reply.page(request.i18n.t('organisations.members-title', { organisation: found.organisation.name }), (
      <MembersPage
        organisation={found.organisation} rows={rows} viewerId={viewer.memberId} viewerRole={found.role} invitations={invitations}
        inviteEmail={form.email} errors={form.errors} notice={notice}
      />
    ), { status: Object.keys(form.errors).length ? 422 : 200 });
  }

  const back = (reply: FastifyReply, id: string, outcome: string) =>
    reply.redirect(`/organisations/${id}/members?${outcome in problems ? 'problem' : 'done'}=${outcome}`, 303);

  return async (app) => {
    const memberPost = { preHandler: [requireMember(), app.csrfProtection] };

    app.get<IdParams>('/organisations/:id/members', { preHandler: requireMemberOrStaff() }, async (request, reply) => {
      const problem = noticeFrom(problems, request.query.problem);
      const success = noticeFrom(done, request.query.done);
      const notice = problem ? { key: problem, problem: true } : success ? { key: success, problem: false } : null;
      return renderMembers(request, reply, request.params.id, { email: '', errors: {} }, notice);
    });

    app.post<IdParams>('/organisations/:id/invitations', memberPost, async (request, reply) => {
      const email = formText(request.body, 'email');
      const outcome = await inviteMember({ db, mailer: deps.mailer, baseUrl: deps.config.baseUrl }, request.member!.id, request.params.id, email, request.i18n, clock.now());
      if (outcome.kind === 'not-found') return notAvailable(request, reply);
      if (outcome.kind === 'invalid') return renderMembers(request, reply, request.params.id, { email, errors: outcome.errors }, null);
      return back(reply, request.params.id, 'invited');
    });

    app.post<{ Params: { id: string; invitationId: string } }>('/organisations/:id/invitations/:invitationId/withdraw', memberPost, async (request, reply) => {
      if (!(await withdrawInvitation(db, request.member!.id, request.params.id, request.params.invitationId))) return notAvailable(request, reply);
      return back(reply, request.params.id, 'withdrawn');
    });

    app.post<MemberParams>('/organisations/:id/members/:memberId/role', memberPost, async (request, reply) => {
      const role = formText(request.body, 'role');
      if (!isOrganisationRole(role)) return notAvailable(request, reply);
      const outcome = await changeMemberRole(db, request.member!.id, request.params.id, request.params.memberId, role);
      if (outcome.kind === 'not-found') return notAvailable(request, reply);
      return back(reply, request.params.id, outcome.kind === 'changed' ? 'role-changed' : outcome.kind);
    });

    app.post<MemberParams>('/organisations/:id/members/:memberId/remove', memberPost, async (request, reply) => {
      const outcome = await removeMember(db, links, request.member!.id, request.params.id, request.params.memberId);
      if (outcome.kind === 'not-found') return notAvailable(request, reply);
      return back(reply, request.params.id, outcome.kind === 'left' ? 'removed' : outcome.kind);
    });

    app.post<IdParams>('/organisations/:id/leave', memberPost, async (request, reply) => {
      const outcome = await leaveOrganisation(db, links, request.member!.id, request.params.id);
      if (outcome.kind === 'not-found') return notAvailable(request, reply);
      if (outcome.kind === 'left') return reply.redirect('/organisations?done=left', 303);
      return back(reply, request.params.id, outcome.kind);
    });

    app.get<{ Params: { token: string } }>('/organisations/invitations/:token', { preHandler: requireMember() }, async (request, reply) => {
      const found = await findValidInvitation(db, request.params.token, clock.now());
      if (found.kind === 'not-found') return reply.page(request.i18n.t('organisations.invitation-gone-title'), <NotAvailablePage titleKey="organisations.invitation-gone-title" messageKey="organisations.invitation-gone" />, { status: 404 });
      return reply.header('Referrer-Policy', 'no-referrer').page(request.i18n.t('organisations.invitation-title'), <InvitationPage organisation={found.organisation} token={request.params.token} />);
    });

    app.post<{ Params: { token: string } }>('/organisations/invitations/:token', memberPost, async (request, reply) => {
      const outcome = await acceptInvitation(db, request.params.token, request.member!.id, clock.now());
      if (outcome.kind === 'not-found') return reply.page(request.i18n.t('organisations.invitation-gone-title'), <NotAvailablePage titleKey="organisations.invitation-gone-title" messageKey="organisations.invitation-gone" />, { status: 404 });
      return reply.redirect(`/organisations/${outcome.organisationId}?done=${outcome.kind}`, 303);
    });
  };
}
