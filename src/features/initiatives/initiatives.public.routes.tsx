// What anyone can read: the list with its filters, the map, an initiative's page and its pictures. Pages go through
// the public page cache (the same for every reader); approving, withdrawing or hiding clears it.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { isAuthor } from './authorship.ts';
import { findImageData } from './initiative-images.repository.ts';
import { moderatesInitiatives } from './initiative.policy.ts';
import { isPublic } from './initiative.ts';
import { findInitiative } from './initiatives.repository.ts';
import { listInitiatives, readFilters } from './list-initiatives.ts';
import { loadInitiative } from './load-initiative.ts';
import { countPublishedByCountry } from './published-initiatives.repository.ts';
import { sendImage } from './send-image.ts';
import { InitiativeListPage } from './views/initiative-list-page.tsx';
import { InitiativeMapPage } from './views/initiative-map-page.tsx';
import { InitiativePage } from './views/initiative-page.tsx';

type ListQuery = { Querystring: Record<string, string | undefined> };
type ImageParams = { Params: { id: string; imageId: string } };

export function initiativesPublicRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get<ListQuery>('/initiatives', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const listing = await listInitiatives(db, readFilters(request.query), request.query.page);
        return { title: request.i18n.t('initiatives.list-title'), body: <InitiativeListPage listing={listing} /> };
      });
    });

    app.get('/initiatives/map', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const counts = await countPublishedByCountry(db);
        return { title: request.i18n.t('initiatives.map-title'), body: <InitiativeMapPage counts={counts} /> };
      });
    });

    app.get<{ Params: { id: string } }>('/initiatives/:id', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const initiative = await loadInitiative(db, request.params.id);
        // A hidden initiative keeps its page, saying it was hidden; one never published has no public page.
        if (!initiative || initiative.status !== 'published') return null;
        return { title: initiative.title, body: <InitiativePage initiative={initiative} /> };
      });
    });

    app.get<ImageParams>('/initiatives/:id/images/:imageId', async (request, reply) => {
      const initiative = await findInitiative(db, request.params.id);
      const found = initiative && (await findImageData(db, initiative.id, request.params.imageId));
      if (!initiative || !found) return reply.callNotFound();
      const open = isPublic(initiative);
      // Before publication (and once hidden) only the author and moderators see the pictures.
      if (!open && !moderatesInitiatives(request.staff) && !isAuthor(request, initiative.author)) return reply.callNotFound();
      return sendImage(request, reply, found.image, found.data, open);
    });
  };
}
