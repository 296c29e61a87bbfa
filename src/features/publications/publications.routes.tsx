// Public "Inputs received" pages. Rendered through the page cache: they change only when staff publish or withdraw.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { findCallBySlug, loadQuestionnaires, type Call } from '../calls/index.ts';
import { findPublication, findPublishedAttachment, listPublications } from './publications.repository.ts';
import { sendFile } from '../../http/send-file.ts';
import { InputsReceivedView } from './views/inputs-received-view.tsx';
import { PublishedInputView } from './views/published-input-view.tsx';

type InputParams = { Params: { slug: string; reference: string } };

export function publicationsRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  /** A call the public may see: a draft does not exist for them. */
  async function publicCall(slug: string): Promise<Call | undefined> {
    const call = await findCallBySlug(db, slug);
    return call && call.status !== 'draft' ? call : undefined;
  }

  return async (app) => {
    app.get<{ Params: { slug: string } }>('/calls/:slug/inputs', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const call = await publicCall(request.params.slug);
        if (!call) return null;
        const publications = await listPublications(db, call.id);
        return { title: request.i18n.t('publications.list-title'), body: <InputsReceivedView call={call} publications={publications} /> };
      });
    });

    app.get<InputParams>('/calls/:slug/inputs/:reference', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const call = await publicCall(request.params.slug);
        const publication = call && (await findPublication(db, call.id, request.params.reference));
        if (!call || !publication) return null;
        const questionnaire = (await loadQuestionnaires(db, call)).questionnaires.find((q) => q.id === publication.content.questionnaireId);
        const title = publication.displayName ?? request.i18n.t('publications.anonymous');
        return { title, body: <PublishedInputView call={call} publication={publication} questionnaire={questionnaire} /> };
      });
    });

    app.get<{ Params: { slug: string; reference: string; id: string } }>('/calls/:slug/inputs/:reference/attachments/:id', async (request, reply) => {
      const call = await publicCall(request.params.slug);
      const file = call && (await findPublishedAttachment(db, call.id, request.params.reference, request.params.id));
      if (!file) return reply.callNotFound();
      // Revalidated on every use, so a withdrawn file stops being served at once.
      return sendFile(reply, file, 'no-cache');
    });
  };
}
