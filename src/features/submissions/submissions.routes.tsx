// Every route an anonymous submitter can reach, and nothing else: answering a call, drafts, receipts, own files.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { answerRoutes } from './answer.routes.tsx';
import { draftRoutes } from './drafts.routes.tsx';

export function submissionsRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await answerRoutes(app, deps);
    await draftRoutes(app, deps);
  };
}
