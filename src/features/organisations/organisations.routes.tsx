// Organisations as members and the public meet them: the directory, profiles (as the visibility rule allows),
// creating an organisation and editing it (its administrators). An organisation the viewer may not see answers
// exactly like one that does not exist.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { createOrganisation } from './create-organisation.ts';
import { findVisibleOrganisation } from './find-visible-organisation.ts';
import { seesMembersOf } from './list-organisation-members.ts';
import { cleanDirectoryQuery, listVisibleOrganisations, type DirectoryQuery } from './list-visible-organisations.ts';
import { viewerOf } from './load-viewer.ts';
import { seesHiddenProfile } from './visibility.ts';
import type { NetworkLinks } from './network-links.ts';
import { emptyOrganisationForm, formOfOrganisation, readOrganisationForm, validateOrganisationForm, type OrganisationForm } from './organisation-form.ts';
import { countMembers } from './organisation-members.repository.ts';
import { updateOrganisationDetails } from './update-organisation.ts';
import { DirectoryPage } from './views/directory-page.tsx';
import { OrganisationFormPage } from './views/organisation-form-page.tsx';
import { NotAvailablePage } from './views/not-available-page.tsx';
import { OrganisationPage } from './views/organisation-page.tsx';

/** Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message. */
export const organisationNotices = {
  created: 'organisations.done-created', saved: 'organisations.done-saved', lapsed: 'organisations.done-lapsed',
  joined: 'organisations.done-joined', 'already-member': 'organisations.done-already-member', left: 'organisations.done-left',
  deleted: 'organisations.done-deleted',
} as const;

export function noticeFrom<T extends Record<string, string>>(notices: T, done: unknown): T[keyof T] | null {
  return typeof done === 'string' && Object.hasOwn(notices, done) ? notices[done as keyof T] : null;
}

type IdParams = { Params: { id: string }; Querystring: { done?: string } };

export function notAvailable(request: FastifyRequest, reply: FastifyReply) {
  return reply.page(request.i18n.t('organisations.not-available-title'), <NotAvailablePage />, { status: 404 });
}

export function organisationsPublicRoutes(deps: AppDeps, links: NetworkLinks): FastifyPluginAsync {
  const { db, clock } = deps;

  function renderForm(request: FastifyRequest, reply: FastifyReply, form: OrganisationForm, errors: FieldErrors, organisationId: string | null, verified = false) {
    const title = request.i18n.t(organisationId ? 'organisations.edit-title' : 'organisations.new-title');
    return reply.page(title, <OrganisationFormPage form={form} errors={errors} organisationId={organisationId} verified={verified} />, { status: Object.keys(errors).length ? 422 : 200 });
  }

  /** The organisation when the signed-in member administers it. */
  async function administered(request: FastifyRequest, id: string) {
    const found = await findVisibleOrganisation(db, links, await viewerOf(db, links, request), id);
    return found?.role === 'admin' ? found.organisation : undefined;
  }

  return async (app) => {
    const member = { preHandler: requireMember() };
    const memberPost = { preHandler: [requireMember(), app.csrfProtection] };

    app.get<{ Querystring: Partial<DirectoryQuery> & { done?: string } }>('/organisations', async (request, reply) => {
      const query = cleanDirectoryQuery(request.query);
      const organisations = await listVisibleOrganisations(db, links, await viewerOf(db, links, request), query);
      return reply.page(request.i18n.t('organisations.directory-title'), <DirectoryPage organisations={organisations} filters={query} signedIn={Boolean(request.member)} notice={noticeFrom(organisationNotices, request.query.done)} />);
    });

    app.get('/organisations/new', member, async (request, reply) => renderForm(request, reply, emptyOrganisationForm, {}, null));

    app.post('/organisations/new', memberPost, async (request, reply) => {
      const form = readOrganisationForm(request.body);
      const checked = validateOrganisationForm(form);
      if (checked.kind === 'invalid') return renderForm(request, reply, form, checked.errors, null);
      const organisation = await createOrganisation(db, request.member!.id, checked.details, clock.now());
      return reply.redirect(`/organisations/${organisation.id}?done=created`, 303);
    });

    app.get<IdParams>('/organisations/:id', async (request, reply) => {
      const viewer = await viewerOf(db, links, request);
      const found = await findVisibleOrganisation(db, links, viewer, request.params.id);
      if (!found) return notAvailable(request, reply);
      return reply.page(found.organisation.name, (
        <OrganisationPage
          organisation={found.organisation} role={found.role} memberCount={await countMembers(db, found.organisation.id)}
          seesMembers={seesMembersOf(viewer, found.organisation.id)} seesHidden={seesHiddenProfile(viewer, found.organisation.id)} notice={noticeFrom(organisationNotices, request.query.done)}
        />
      ));
    });

    app.get<IdParams>('/organisations/:id/edit', member, async (request, reply) => {
      const organisation = await administered(request, request.params.id);
      if (!organisation) return notAvailable(request, reply);
      return renderForm(request, reply, formOfOrganisation(organisation), {}, organisation.id, organisation.verifiedAt !== null);
    });

    app.post<IdParams>('/organisations/:id/edit', memberPost, async (request, reply) => {
      const existing = await administered(request, request.params.id);
      if (!existing) return notAvailable(request, reply);
      const form = readOrganisationForm(request.body);
      const checked = validateOrganisationForm(form);
      if (checked.kind === 'invalid') return renderForm(request, reply, form, checked.errors, existing.id, existing.verifiedAt !== null);
      const outcome = await updateOrganisationDetails(db, request.member!.id, existing.id, checked.details, clock.now());
      if (outcome.kind === 'not-found') return notAvailable(request, reply);
      return reply.redirect(`/organisations/${existing.id}?done=${outcome.verificationLapsed ? 'lapsed' : 'saved'}`, 303);
    });
  };
}
