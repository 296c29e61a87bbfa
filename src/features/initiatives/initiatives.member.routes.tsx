// What a signed-in member does with their own initiatives: post one, list theirs, change one (it goes back to
// moderation) or withdraw it. Someone else's initiative does not exist for them (404).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { postingRefusal } from '../moderation/index.ts';
import { parseFormBody } from '../submissions/index.ts';
import { authorKeysOf, authorshipWith, isAuthor, signingForChange, signingOf, type Signing } from './authorship.ts';
import { checkImages } from './check-images.ts';
import { editInitiative } from './edit-initiative.ts';
import { emptyInitiativeForm, readInitiativeForm, validateContent, type InitiativeForm } from './initiative-form.ts';
import { initiativeLimits, initiativePath, isEditable, isInitiativeLanguage, type Initiative, type InitiativeAuthorship } from './initiative.ts';
import { listByAuthor } from './initiatives.repository.ts';
import { loadInitiative } from './load-initiative.ts';
import { organisationsToSignFor } from './organisations-to-sign-for.ts';
import { postInitiative } from './post-initiative.ts';
import { InitiativeFormPage } from './views/initiative-form-page.tsx';
import { MyInitiativesPage, myInitiativesNotices, type MyInitiativesNotice } from './views/my-initiatives-page.tsx';
import { withdrawInitiative } from './withdraw-initiative.ts';

type IdParams = { Params: { id: string } };

function formOf(initiative: Initiative): InitiativeForm {
  return {
    title: initiative.title, description: initiative.description, rights: initiative.rights, themes: initiative.themes,
    countries: initiative.countries, startsOn: initiative.startsOn ?? '', endsOn: initiative.endsOn ?? '', link: initiative.link ?? '',
    language: initiative.language, organisationId: initiative.author.kind === 'member' ? initiative.author.organisation?.id ?? '' : '',
    newImageAlts: [], keptImages: initiative.images.map((image) => ({ id: image.id, alt: image.alt, remove: false })),
  };
}

export function initiativesMemberRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;

  async function renderForm(request: FastifyRequest, reply: FastifyReply, form: InitiativeForm, errors: FieldErrors, existing?: Initiative) {
    const signing = (existing ? signingForChange(request, existing.author) : signingOf(request))!;
    const page = {
      form, errors, action: existing ? `${initiativePath(existing.id)}/edit` : '/initiatives/new', storedImages: existing?.images ?? [],
      signing: signing.kind === 'pseudonym' ? signing : { kind: 'member' as const, organisations: await organisationsToSignFor(db, signing.memberId) },
      republishes: existing?.status === 'published',
    };
    const title = request.i18n.t(existing ? 'initiatives.edit-title' : 'initiatives.new-title');
    return reply.page(title, <InitiativeFormPage {...page} />, { status: Object.keys(errors).length ? 422 : 200 });
  }

  /** The signing, with an organisation only if the member may post for it (a forged id is dropped, not trusted). */
  async function authorshipFrom(signing: Signing, organisationId: string): Promise<InitiativeAuthorship> {
    if (signing.kind === 'pseudonym') return authorshipWith(signing, null);
    const allowed = await organisationsToSignFor(db, signing.memberId);
    return authorshipWith(signing, allowed.some((o) => o.id === organisationId) ? organisationId : null);
  }

  /** The member's own initiative, while it can still change. */
  async function ownEditable(request: FastifyRequest, id: string): Promise<Initiative | undefined> {
    const initiative = await loadInitiative(db, id);
    return initiative && isEditable(initiative) && isAuthor(request, initiative.author) ? initiative : undefined;
  }

  return async (app) => {
    const guarded = { preHandler: requireMember() };
    const guardedPost = { preHandler: [requireMember(), app.csrfProtection] };

    app.get<{ Querystring: { done?: string } }>('/initiatives/mine', guarded, async (request, reply) => {
      const done = request.query.done;
      const notice = done && done in myInitiativesNotices ? (done as MyInitiativesNotice) : null;
      const initiatives = await listByAuthor(db, authorKeysOf(request)!);
      return reply.page(request.i18n.t('initiatives.mine-title'), <MyInitiativesPage initiatives={initiatives} notice={notice} />);
    });

    app.get('/initiatives/new', guarded, async (request, reply) => {
      const language = isInitiativeLanguage(request.locale) ? request.locale : 'en';
      return renderForm(request, reply, emptyInitiativeForm(language), {});
    });

    app.post('/initiatives/new', guardedPost, async (request, reply) => {
      const body = await parseFormBody(request.body);
      const form = readInitiativeForm(body, []);
      const { content, errors } = validateContent(form);
      const images = await checkImages(body, initiativeLimits.maxImages);
      const refused = await postingRefusal(deps.db, { memberId: request.member!.id, authorship: signingOf(request)! }, null, deps.clock.now());
      const allErrors = { ...errors, ...images.errors, ...(refused ? { description: refused } : {}) };
      if (!content || Object.keys(allErrors).length) return renderForm(request, reply, form, allErrors);
      await postInitiative(deps, await authorshipFrom(signingOf(request)!, form.organisationId), content, images.accepted);
      return reply.redirect('/initiatives/mine?done=posted', 303);
    });

    app.get<IdParams>('/initiatives/:id/edit', guarded, async (request, reply) => {
      const initiative = await ownEditable(request, request.params.id);
      if (!initiative) return reply.callNotFound();
      return renderForm(request, reply, formOf(initiative), {}, initiative);
    });

    app.post<IdParams>('/initiatives/:id/edit', guardedPost, async (request, reply) => {
      const initiative = await ownEditable(request, request.params.id);
      if (!initiative) return reply.callNotFound();
      const body = await parseFormBody(request.body);
      const form = readInitiativeForm(body, initiative.images.map((image) => image.id));
      const { content, errors } = validateContent(form);
      const kept = form.keptImages.filter((image) => !image.remove).length;
      const images = await checkImages(body, initiativeLimits.maxImages - kept);
      const allErrors = { ...errors, ...images.errors };
      if (!content || Object.keys(allErrors).length) return renderForm(request, reply, form, allErrors, initiative);
      const authorship = await authorshipFrom(signingForChange(request, initiative.author)!, form.organisationId);
      const change = { content, authorship, keptImages: form.keptImages, newImages: images.accepted, editorId: request.member!.id };
      const outcome = await editInitiative(deps, initiative.id, change);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'refused') return renderForm(request, reply, form, { description: outcome.error }, initiative);
      if (outcome.kind === 'too-many-images') return renderForm(request, reply, form, { 'image-1': { key: 'initiatives.error.image-too-many', values: { max: initiativeLimits.maxImages } } }, initiative);
      return reply.redirect(`/initiatives/mine?done=saved#initiative-${initiative.id}`, 303);
    });

    app.post<IdParams>('/initiatives/:id/withdraw', guardedPost, async (request, reply) => {
      const initiative = await ownEditable(request, request.params.id);
      if (!initiative || !(await withdrawInitiative(deps, initiative.id))) return reply.callNotFound();
      return reply.redirect('/initiatives/mine?done=withdrawn', 303);
    });
  };
}
