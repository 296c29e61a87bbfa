// GET /search: the public search page. Members see entries meant for signed-in members too, so the page is
// rendered for each reader (never through the shared public page cache).
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { search } from './search-entries.ts';
import { readSearchRequest, resultsPerPage } from './search-request.ts';
import { SearchPage } from './views/search-page.tsx';

export function searchRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/search', async (request, reply) => {
      const asked = readSearchRequest(request.query);
      const outcome = await search(deps.db, deps.engine, {
        query: asked.q, kinds: asked.kind ? [asked.kind] : undefined, theme: asked.theme, country: asked.country, region: asked.region,
        audience: request.member ? 'members' : 'public', limit: resultsPerPage, offset: (asked.page - 1) * resultsPerPage,
      });
      const { t } = request.i18n;
      const title = asked.q ? t('search.title-with-query', { query: asked.q }) : t('search.title');
      return reply.page(title, <SearchPage request={asked} outcome={outcome} member={Boolean(request.member)} />);
    });
  };
}
