// Administrators' pages: staff members (invite, set roles) and the audit trail.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { listStaffUsers } from './accounts.repository.ts';
import { browseAudit } from './browse-audit.ts';
import { changeRole } from './change-role.ts';
import { inviteColleague } from './invite-colleague.ts';
import { afterHoldersChanged } from './key-at-hand.ts';
import { keyringsOf } from './session-keyring.ts';
import { requireStaff } from './staff-identity.tsx';
import { staffPermissions } from './staff.ts';
import { AuditView } from './views/audit-view.tsx';
import { defaultInvitedRole, MembersView, type MembersNotice } from './views/members-view.tsx';

const notices: readonly MembersNotice[] = ['role-changed', 'role-unchanged', 'own-role'];

export function membersRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const keyrings = keyringsOf(deps);
  const admins = requireStaff(staffPermissions.manageMembers);

  return async (app) => {
    app.get<{ Querystring: { done?: string } }>('/staff/members', { preHandler: admins }, async (request, reply) => {
      const members = await listStaffUsers(db);
      const notice = notices.find((n) => n === request.query.done) ?? null;
      return reply.page(request.i18n.t('accounts.members-title'), (
        <MembersView members={members} values={{ email: '', role: defaultInvitedRole }} errors={{}} invitation={null} notice={notice} />
      ));
    });

    app.post('/staff/members', { preHandler: [admins, app.csrfProtection] }, async (request, reply) => {
      const form = { email: formText(request.body, 'email'), role: formText(request.body, 'role') };
      const outcome = await inviteColleague(db, request.staff!.id, form, clock.now(), config.limits.setupLinkHours);
      const members = await listStaffUsers(db);
      const title = request.i18n.t('accounts.members-title');
      if (outcome.kind === 'invalid') {
        return reply.page(title, <MembersView members={members} values={form} errors={outcome.errors} invitation={null} />, { status: 422 });
      }
      // Shown in this response only (no redirect): the link must not sit in a URL, a log or the database.
      const invitation = { link: `${config.baseUrl}${outcome.path}`, email: outcome.email, expiresAt: outcome.expiresAt };
      return reply.page(title, <MembersView members={members} values={{ email: '', role: defaultInvitedRole }} errors={{}} invitation={invitation} />);
    });

    app.post<{ Params: { id: string } }>('/staff/members/:id/role', { preHandler: [admins, app.csrfProtection] }, async (request, reply) => {
      const outcome = await changeRole(db, keyrings, request.staff!.id, { memberId: request.params.id, role: formText(request.body, 'role') }, clock.now());
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'refused' && outcome.reason === 'invalid-role') return reply.callNotFound();
      if (outcome.kind === 'changed') await afterHoldersChanged(deps, request);
      const done = outcome.kind === 'refused' ? 'own-role' : outcome.kind === 'changed' ? 'role-changed' : 'role-unchanged';
      return reply.redirect(`/staff/members?done=${done}`, 303);
    });

    app.get<{ Querystring: { actor?: string; action?: string; page?: string } }>('/staff/audit', { preHandler: requireStaff(staffPermissions.readAudit) }, async (request, reply) => {
      const page = await browseAudit(db, request.query);
      return reply.page(request.i18n.t('accounts.audit-title'), <AuditView page={page} />);
    });
  };
}
