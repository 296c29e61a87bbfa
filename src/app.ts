// Builds the Fastify application: the cross-cutting HTTP concerns once, then each feature's routes.
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps } from './deps.ts';
import { accountsRoutes, loadStaffIdentity } from './features/accounts/index.ts';
import { analysisRoutes, codebookRoutes } from './features/analysis/index.ts';
import { authenticityRoutes } from './features/authenticity/index.ts';
import { callsPublicRoutes, callsStaffRoutes } from './features/calls/index.ts';
import { followUpRoutes } from './features/follow-up/index.ts';
import { initiativesRoutes } from './features/initiatives/index.ts';
import { mailImportRoutes } from './features/mail-import/index.ts';
import { loadMemberIdentity, membersRoutes } from './features/members/index.ts';
import { moderationRoutes } from './features/moderation/index.ts';
import { contentKinds } from './features/moderation/kinds/index.ts';
import { networkLinks, networksRoutes } from './features/networks/index.ts';
import { organisationsRoutes } from './features/organisations/index.ts';
import { openDataRoutes } from './features/open-data/index.ts';
import { publicationsRoutes } from './features/publications/index.ts';
import { reviewRoutes } from './features/review/index.ts';
import { searchRoutes } from './features/search/index.ts';
import { organisationSignatures, statementsRoutes } from './features/statements/index.ts';
import { submissionsRoutes } from './features/submissions/index.ts';
import { dashboardRoutes, exportsRoutes } from './features/dashboard/index.ts';
import { discussionsRoutes } from './features/discussions/index.ts';
import { synthesisRoutes } from './features/synthesis/index.ts';
import { homeRoutes } from './features/home/index.ts';
import { registerAssets } from './http/assets.ts';
import { registerErrorPages } from './http/errors.tsx';
import { registerLocale } from './http/locale.ts';
import { loggerOptions } from './http/logging.ts';
import { PublicPageCache } from './http/page-cache.ts';
import { registerProofOfWork } from './http/proof-of-work.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import { registerRender } from './http/render.tsx';
import { registerSecurityHeaders } from './http/security-headers.ts';

export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RouteEntry[];
  }
}

export async function buildApp(deps: Omit<AppDeps, 'publicPages'> & { logger?: boolean }): Promise<FastifyInstance> {
  const { config } = deps;
  const https = config.baseUrl.startsWith('https://');
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  const full: AppDeps = { ...deps, publicPages: new PublicPageCache() };
  // Every route, as registered: security tests walk this list so a new route cannot escape their checks.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  registerRateLimits(app, config);

  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: true,
    // An oversize file is flagged, not fatal, so the rest of the form is kept and the file refused with a reason.
    throwFileSizeLimit: false,
    limits: {
      fileSize: config.limits.attachmentMaxBytes,
      files: config.limits.attachmentsPerSubmission + 5,
      fields: 500,
      fieldSize: config.limits.answerMaxChars * 4,
    },
  });
  await app.register(csrf, {
    cookieKey: '_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: https },
    // Multipart fields arrive as { value } objects; urlencoded ones as strings.
    getToken: (request) => {
      const field = (request.body as Record<string, unknown> | undefined)?._csrf;
      return typeof field === 'string' ? field : ((field as { value?: string } | undefined)?.value ?? '');
    },
  });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(rateLimit, { global: false });
  await registerSecurityHeaders(app, { https });
  await registerLocale(app, { secureCookies: https });
  await registerRender(app);
  await registerErrorPages(app);
  await registerAssets(app);
  app.addHook('onRequest', loadStaffIdentity(full));
  app.addHook('onRequest', loadMemberIdentity(full));
  registerProofOfWork(app, full); // before the routes: it hooks into the anonymous ones as they are added

  await app.register(homeRoutes(full));
  await app.register(callsPublicRoutes(full));
  await app.register(submissionsRoutes(full));
  await app.register(followUpRoutes(full));
  await app.register(publicationsRoutes(full));
  await app.register(openDataRoutes(full));
  await app.register(searchRoutes(full));
  await app.register(authenticityRoutes(full));
  await app.register(accountsRoutes(full));
  await app.register(membersRoutes(full));
  await app.register(organisationsRoutes(full, networkLinks, organisationSignatures(full)));
  await app.register(networksRoutes(full));
  await app.register(callsStaffRoutes(full));
  await app.register(reviewRoutes(full));
  await app.register(dashboardRoutes(full));
  await app.register(exportsRoutes(full));
  await app.register(synthesisRoutes(full));
  await app.register(mailImportRoutes(full));
  await app.register(analysisRoutes(full));
  await app.register(codebookRoutes(full));
  await app.register(initiativesRoutes(full));
  await app.register(statementsRoutes(full));
  await app.register(discussionsRoutes(full));
  await app.register(moderationRoutes(full, contentKinds));
  return app;
}
