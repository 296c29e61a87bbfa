import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';

export function callsPublicRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
