import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';

export function submissionsRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
