// Proof of work on the anonymous submission routes, declared here and nowhere else: the list below names every
// route whose form carries a challenge, and one hook makes each of them pay (a solution, or a short wait) before
// its handler runs. Routes themselves know nothing of it. Why and how much: docs/THREAT_MODEL.md.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { createProofOfWork } from '../platform/proof-of-work/index.ts';
import { challengeField, challengeIssuer, solutionField } from '../views/proof-of-work-field.tsx';

/** What an anonymous person posts: every form posting here renders <ProofOfWorkField />. */
export const proofOfWorkRoutes: readonly { method: string; url: string }[] = Object.freeze([
  { method: 'POST', url: '/calls/:slug/answer/:type' }, // a first save, which creates a draft
  { method: 'POST', url: '/drafts/:token' },
  { method: 'POST', url: '/drafts/:token/submit' },
  { method: 'POST', url: '/follow-up' }, // receipt-code sign-in: each guess costs work or time as well
  { method: 'POST', url: '/follow-up/messages' },
  { method: 'POST', url: '/follow-up/information' },
  { method: 'POST', url: '/follow-up/consent' },
]);

const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

/** A body field, from urlencoded (a string) or multipart ({ value }) bodies alike. */
function bodyField(body: unknown, name: string): string {
  const raw = (body as Record<string, unknown> | undefined)?.[name];
  const value = typeof raw === 'object' && raw !== null && 'value' in raw ? raw.value : raw;
  return typeof value === 'string' ? value : '';
}

export function registerProofOfWork(app: FastifyInstance, deps: Pick<AppDeps, 'config' | 'clock' | 'db'>): void {
  const { config, clock } = deps;
  const pow = createProofOfWork(deps.db, { siteSecret: config.sessionSecret, ...config.proofOfWork });
  const issue = () => ({ challenge: pow.issue(clock.now()), difficultyBits: config.proofOfWork.difficultyBits });

  // Around every handler (after the body is parsed, which would lose the context), so any page can render the field.
  app.addHook('preHandler', (_request, _reply, done) => challengeIssuer.run(issue, done));

  // Runs after the route's own preHandlers (the CSRF check), so a forged request costs no database write.
  const pay: preHandlerAsyncHookHandler = async (request) => {
    const sent = { challenge: bodyField(request.body, challengeField), solution: bodyField(request.body, solutionField) };
    const { waitMs } = await pow.check(sent, clock.now());
    if (waitMs > 0) await sleep(waitMs);
  };
  const wanted = new Set(proofOfWorkRoutes.map(key));
  const found = new Set<string>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (!wanted.has(key({ method, url: route.url }))) continue;
      found.add(key({ method, url: route.url }));
      route.preHandler = [...[route.preHandler ?? []].flat(), pay];
    }
  });
  // A renamed route would silently lose its protection: refuse to start instead.
  app.addHook('onReady', async () => {
    const missing = [...wanted].filter((route) => !found.has(route));
    if (missing.length) throw new Error(`proof of work is declared for routes that do not exist: ${missing.join(', ')}`);
  });
}
