// Every initiatives route, by actor: the public, signed-in members (their own initiatives), platform staff.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { initiativesMemberRoutes } from './initiatives.member.routes.tsx';
import { initiativesPublicRoutes } from './initiatives.public.routes.tsx';
import { initiativesStaffRoutes } from './initiatives.staff.routes.tsx';

export function initiativesRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(initiativesPublicRoutes(deps));
    await app.register(initiativesMemberRoutes(deps));
    await app.register(initiativesStaffRoutes(deps));
  };
}
