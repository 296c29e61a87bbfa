// The home page, through the public page cache like every page the public reads.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { listPublicCalls } from '../calls/index.ts';
import { HomePage } from './views/home-page.tsx';

export function homeRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/', (request, reply) =>
      deps.publicPages.send(request, reply, async () => ({
        title: request.i18n.t('home.title'),
        body: <HomePage calls={await listPublicCalls(deps.db)} now={deps.clock.now()} />,
      })));
  };
}
