// Discussions' pages: the forums index, each theme's public forum, each network's threads, and the member's
// email choices.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { notificationsRoutes } from './notifications.routes.tsx';
import { placeRoutes } from './place.routes.tsx';
import { readForumActivity } from './read-thread.ts';
import { ForumsPage } from './views/forums-page.tsx';

export function discussionsRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/forums', async (request, reply) =>
      reply.page(request.i18n.t('discussions.forums-title'), <ForumsPage activity={await readForumActivity(deps.db, request.member?.id)} />));
    await app.register(placeRoutes(deps, { list: '/forums/:theme', root: '/forums/:theme/threads', network: false }));
    await app.register(placeRoutes(deps, { list: '/networks/:id/threads', root: '/networks/:id/threads', network: true }));
    await app.register(notificationsRoutes(deps));
  };
}
