import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { rateLimitedRoutes, registerRateLimits } from './rate-limits.ts';

/** A bare app with every declared route answering 200, limited exactly as the platform limits them. */
async function appWithDeclaredRoutes(multiplier: number, skip?: string) {
  const app = Fastify({ logger: false });
  registerRateLimits(app, { rateLimitMultiplier: multiplier });
  await app.register(rateLimit, { global: false });
  for (const route of rateLimitedRoutes) {
    if (`${route.method} ${route.url}` !== skip) app.route({ method: route.method as 'POST', url: route.url, handler: async () => 'ok' });
  }
  app.post('/unlimited', async () => 'ok');
  return app;
}

async function statusesOf(app: Awaited<ReturnType<typeof appWithDeclaredRoutes>>, url: string, count: number, method: 'GET' | 'POST' = 'POST') {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await app.inject({ method, url })).statusCode);
  return statuses;
}

/** A concrete URL for a route pattern: each `:param` filled in. */
const concrete = (url: string) => url.replace(/:[a-z]+/g, 'x');

describe('rate limits declared in one place', () => {
  it('gives every declared route its limit and refuses the request after it', async () => {
    const app = await appWithDeclaredRoutes(1);
    for (const route of rateLimitedRoutes) {
      const statuses = await statusesOf(app, concrete(route.url), route.limit.max + 1, route.method as 'GET' | 'POST');
      assert.equal(statuses.filter((status) => status === 200).length, route.limit.max, route.url);
      assert.equal(statuses.at(-1), 429, route.url);
    }
    assert.ok((await statusesOf(app, '/unlimited', 50)).every((status) => status === 200));
    await app.close();
  });

  it('scales every limit by RATE_LIMIT_MULTIPLIER', async () => {
    const app = await appWithDeclaredRoutes(3);
    const route = rateLimitedRoutes.find((entry) => entry.url === '/follow-up')!;
    const statuses = await statusesOf(app, route.url, route.limit.max * 3 + 1);
    assert.equal(statuses.at(-2), 200);
    assert.equal(statuses.at(-1), 429);
    await app.close();
  });

  it('refuses to start when a declared route does not exist, so a rename cannot drop a limit silently', async () => {
    const app = await appWithDeclaredRoutes(1, 'POST /follow-up');
    await assert.rejects(async () => { await app.ready(); }, /rate limits are declared for routes that do not exist: POST \/follow-up/);
  });
});
