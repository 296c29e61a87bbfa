// Staff pages for verifying organisations (administrators only): every organisation, at-risk ones included, and
// one organisation's verification history with its private evidence. Nothing here is reachable by members.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireStaff } from '../accounts/index.ts';
import { countMembers } from './organisation-members.repository.ts';
import { findDeletion, findOrganisation, listOrganisations } from './organisations.repository.ts';
import { noticeFrom } from './organisations.routes.tsx';
import { listVerificationNotes } from './verification.repository.ts';
import { setVerification } from './verify-organisation.ts';
import { DeletedOrganisationPage } from './views/deleted-organisation-page.tsx';
import { StaffOrganisationPage } from './views/staff-organisation-page.tsx';
import { StaffOrganisationsPage, staffStatusFilters, type StaffStatusFilter } from './views/staff-organisations-page.tsx';

const notices = { verified: 'organisations.done-verified', unverified: 'organisations.done-unverified' } as const;

type IdParams = { Params: { id: string }; Querystring: { done?: string } };

/** Verifying is a platform administrator's decision: the mark vouches for an organisation to every member. */
const verifiers = ['admin'] as const;

export function organisationsStaffRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;

  async function renderOrganisation(request: FastifyRequest, reply: FastifyReply, id: string, evidence: string, errors: FieldErrors) {
    const organisation = await findOrganisation(db, id);
    if (!organisation) {
      const deletion = await findDeletion(db, id);
      if (!deletion) return reply.callNotFound();
      return reply.page(request.i18n.t('organisations.staff-deleted-title'), <DeletedOrganisationPage deletion={deletion} />, { status: 410 });
    }
    const [memberCount, notes] = await Promise.all([countMembers(db, id), listVerificationNotes(db, id)]);
    const notice = noticeFrom(notices, (request.query as { done?: string }).done);
    return reply.page(organisation.name, (
      <StaffOrganisationPage organisation={organisation} memberCount={memberCount} notes={notes} evidence={evidence} errors={errors} notice={notice} />
    ), { status: Object.keys(errors).length ? 422 : 200 });
  }

  return async (app) => {
    const guarded = { preHandler: requireStaff(verifiers) };
    const guardedPost = { preHandler: [requireStaff(verifiers), app.csrfProtection] };

    app.get<{ Querystring: { status?: string } }>('/staff/network/organisations', guarded, async (request, reply) => {
      const status: StaffStatusFilter = (staffStatusFilters as readonly string[]).includes(request.query.status ?? '') ? request.query.status as StaffStatusFilter : 'unverified';
      const organisations = await listOrganisations(db, status === 'all' ? {} : { verified: status === 'verified' }, 1000);
      return reply.page(request.i18n.t('organisations.staff-title'), <StaffOrganisationsPage organisations={organisations} status={status} />);
    });

    app.get<IdParams>('/staff/network/organisations/:id', guarded, async (request, reply) => renderOrganisation(request, reply, request.params.id, '', {}));

    app.post<IdParams>('/staff/network/organisations/:id/verification', guardedPost, async (request, reply) => {
      const decision = formText(request.body, 'decision');
      if (decision !== 'verify' && decision !== 'unverify') return reply.callNotFound();
      const evidence = formText(request.body, 'evidence');
      const outcome = await setVerification(db, request.staff!.id, request.params.id, decision === 'verify', evidence, clock.now());
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') return renderOrganisation(request, reply, request.params.id, evidence, outcome.errors);
      return reply.redirect(`/staff/network/organisations/${request.params.id}?done=${decision === 'verify' ? 'verified' : 'unverified'}`, 303);
    });
  };
}
